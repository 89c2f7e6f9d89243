// The message bar: errors stay until closed, good news goes by itself, offers become
// buttons that close the bar when used, Escape closes it, and each kind has its own colour
// whatever was shown before.
#include "MessageBar.h"
#include "api/ApiError.h"

#include <QAction>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtTest>

class TestMessageBar : public QObject
{
    Q_OBJECT
private slots:
    void errorsStayGoodNewsGoes()
    {
        QWidget window;
        auto *bar = new MessageBar(&window);
        (new QVBoxLayout(&window))->addWidget(bar);
        window.show();
        bar->setPositiveTimeout(150);
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.detail = QStringLiteral("The organization must keep at least one admin.");
        bar->showError(QStringLiteral("Could not change the role"), error);
        QCOMPARE(bar->text(),
                 QStringLiteral("Could not change the role: The organization must keep at least one admin."));
        QTest::qWait(400);
        QVERIFY(bar->isVisible());
        bar->showMessage(MessageBar::Kind::Positive, QStringLiteral("Done."));
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(!bar->isVisible());
        QCOMPARE(bar->text(), QString());
    }

    void offersBecomeButtons()
    {
        QWidget window;
        auto *bar = new MessageBar(&window);
        (new QVBoxLayout(&window))->addWidget(bar);
        window.show();
        QAction promote(QStringLiteral("&Promote a member…"));
        promote.setObjectName(QStringLiteral("promote"));
        QSignalSpy triggered(&promote, &QAction::triggered);
        bar->setPositiveTimeout(50);
        bar->showMessage(MessageBar::Kind::Positive, QStringLiteral("With an offer"), {&promote});
        QTest::qWait(200);
        QVERIFY2(bar->isVisible(), "a message with an offer stays");
        auto *button = bar->findChild<QPushButton *>(QStringLiteral("promoteButton"));
        QVERIFY(button);
        QCOMPARE(button->accessibleName(), QStringLiteral("Promote a member…"));
        button->click();
        QCOMPARE(triggered.count(), 1);
        QVERIFY(!bar->isVisible());
        QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("promoteButton")));
    }

    void escapeCloses()
    {
        QWidget window;
        auto *bar = new MessageBar(&window);
        (new QVBoxLayout(&window))->addWidget(bar);
        window.show();
        bar->showMessage(MessageBar::Kind::Warning, QStringLiteral("Careful."));
        QTest::keyClick(bar, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void eachKindHasItsColourWhateverCameBefore()
    {
        QWidget window;
        auto *bar = new MessageBar(&window);
        (new QVBoxLayout(&window))->addWidget(bar);
        window.show();
        bar->showMessage(MessageBar::Kind::Warning, QStringLiteral("first"));
        const QColor warning = bar->palette().color(QPalette::Window);
        bar->showMessage(MessageBar::Kind::Positive, QStringLiteral("second"));
        const QColor positive = bar->palette().color(QPalette::Window);
        QVERIFY(positive != warning);
        bar->showMessage(MessageBar::Kind::Warning, QStringLiteral("third"));
        QCOMPARE(bar->palette().color(QPalette::Window), warning);
    }
};

QTEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
