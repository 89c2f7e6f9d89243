// The main window around the pages, against the real server: its title, tabs by keyboard,
// F5, the status bar, cancelling a sync, the org switcher, losing access, the keyboard
// shortcut list and the settings it keeps.
#include "UiTestSupport.h"

#include "KeyboardShortcutsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

namespace {

QString labelText(QWidget *window, const char *name)
{
    auto *label = window->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestWindow : public QObject
{
    Q_OBJECT
private slots:
    void titleAndStatusNameTheOrgAndTheSync()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        QCOMPARE(w->windowTitle(), QStringLiteral("Acme Monitoring — OrgDesk"));
        QTRY_COMPARE(labelText(w, "onlineState"), QStringLiteral("Online"));
        QVERIFY2(labelText(w, "lastSynced").startsWith(QStringLiteral("Synced ")),
                 qPrintable(labelText(w, "lastSynced")));
        QVERIFY(!w->findChild<QWidget *>(QStringLiteral("offlineNotice"))->isVisible());
    }

    void tabsByKeyboard()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        typeKey(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w->currentTab(), MainWindow::MembersTab);
        typeKey(Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w->currentTab(), MainWindow::BillingTab);
        typeKey(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w->currentTab(), MainWindow::ApiKeysTab);
        typeKey(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w->currentTab(), MainWindow::GeneralTab);
        // The focus follows into the page, so the next keys work there.
        QVERIFY(focused() && w->page(MainWindow::GeneralTab)->isAncestorOf(focused()));
    }

    void f5FetchesWhatChangedOnTheServer()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        auto http = h.http(QStringLiteral("max@acme.test"));
        auto ada = h.http(QStringLiteral("ada@acme.test"));
        QCOMPARE(ada->patch(QStringLiteral("/orgs/%1").arg(h.orgId()),
                            {{QStringLiteral("name"), QStringLiteral("Acme Rebranded")}})
                     .status,
                 200);
        // The interval is a minute: only F5 can bring it within the test's wait.
        typeKey(Qt::Key_F5);
        QTRY_COMPARE(w->windowTitle(), QStringLiteral("Acme Rebranded — OrgDesk"));
        auto *switcher = w->findChild<QComboBox *>(QStringLiteral("orgSwitcher"));
        QTRY_COMPARE(switcher->currentText(), QStringLiteral("Acme Rebranded"));
    }

    void aLongSyncShowsProgressAndCanBeCancelled()
    {
        UiHarness h;
        QVERIFY(h.startServer(20000));
        h.options().pageLimit = 500; // forty pages: time to see the bar
        OrgSession *s = h.session();
        QSignalSpy finished(s, &OrgSession::syncFinished);
        MainWindow *w = h.window();
        SessionOperation *op
            = s->signIn(h.baseUrl(), QStringLiteral("ada@acme.test"), QStringLiteral("demo-password"), false);
        QSignalSpy done(op, &SessionOperation::finished);
        QVERIFY(done.wait(30000));
        auto *bar = w->findChild<QProgressBar *>(QStringLiteral("syncProgress"));
        auto *cancel = w->findChild<QToolButton *>(QStringLiteral("cancelSyncButton"));
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTRY_VERIFY(bar->value() > 0);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!finished.isEmpty());
        QCOMPARE(finished.first().at(0).value<SyncOutcome>().kind, SyncOutcome::Kind::Cancelled);
        QTRY_VERIFY(!bar->isVisible());
        QVERIFY(s->models()->members()->rowCount() < 20000);
        // F5 goes on from where it stopped.
        QVERIFY(h.syncNow());
        QCOMPARE(s->models()->members()->rowCount(), 20000 + 5);
    }

    void switchesOrgsByKeyboardAndRemembersTheChoice()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        auto *switcher = w->findChild<QComboBox *>(QStringLiteral("orgSwitcher"));
        QCOMPARE(switcher->count(), 2);
        QVERIFY(switcher->isEnabled());
        typeKey(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        const int globex = switcher->findText(QStringLiteral("Globex"));
        QVERIFY(globex >= 0);
        typeKey(globex > switcher->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
        typeKey(Qt::Key_Return);
        QTRY_COMPARE(w->windowTitle(), QStringLiteral("Globex — OrgDesk"));
        QCOMPARE(*h.session()->role(), domain::Role::User);
        QSignalSpy synced(h.session(), &OrgSession::syncFinished);
        QVERIFY(UiHarness::waitForSync(synced));
        w->close();
        QCOMPARE(h.settings()->value(QStringLiteral("account/org")).toString(), h.session()->orgId());
    }

    void losingTheOrgIsSaidAndTheOrgLeavesTheSwitcher()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("max@acme.test")));
        MainWindow *w = h.window();
        const QString acme = h.orgId();
        auto ada = h.http(QStringLiteral("ada@acme.test"));
        const QString maxId
            = serverMember(*ada, acme, QStringLiteral("max@acme.test")).value(QStringLiteral("userId")).toString();
        QVERIFY(!maxId.isEmpty());
        QCOMPARE(ada->del(QStringLiteral("/orgs/%1/members/%2").arg(acme, maxId)).status, 204);
        typeKey(Qt::Key_F5);
        QTRY_VERIFY(w->messageBar()->isVisible());
        QVERIFY2(!w->messageBar()->text().isEmpty(), "the bar says what happened");
        QTRY_VERIFY(h.session()->orgs().isEmpty());
        QCOMPARE(w->findChild<QComboBox *>(QStringLiteral("orgSwitcher"))->count(), 0);
        QCOMPARE(w->windowTitle(), QStringLiteral("OrgDesk"));
    }

    void shortcutListHoldsEveryShortcut()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        typeKey(Qt::Key_F1);
        auto *dialog = waitForDialog<KeyboardShortcutsDialog>();
        QVERIFY(dialog);
        const auto entries = dialog->entries();
        int withShortcut = 0;
        for (QAction *action : w->allActions()) {
            if (action->shortcut().isEmpty())
                continue;
            ++withShortcut;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            const bool listed = std::any_of(entries.cbegin(), entries.cend(), [&keys](const auto &entry) {
                return entry.second.split(QStringLiteral(" or ")).contains(keys);
            });
            QVERIFY2(listed, qPrintable(action->objectName() + QStringLiteral(" (") + keys + QStringLiteral(")")));
        }
        QVERIFY(withShortcut >= 10);
        // The keys of the DESIGN.md map that are not actions are listed too.
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                            [](const auto &e) { return e.second == QStringLiteral("Down"); }));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void noTwoActionsShareAKeyOnOnePage()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
            w->setCurrentTab(static_cast<MainWindow::Tab>(tab));
            QHash<QString, QString> seen;
            for (QAction *action : w->allActions()) {
                if (action->shortcut().isEmpty() || !action->isEnabled())
                    continue;
                const QString keys = action->shortcut().toString();
                QVERIFY2(!seen.contains(keys),
                         qPrintable(keys + QStringLiteral(": ") + seen.value(keys) + QStringLiteral(" and ")
                                    + action->objectName()));
                seen.insert(keys, action->objectName());
            }
        }
    }

    void keepsTabAndGeometryAcrossRestarts()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        w->resize(1000, 650);
        typeKey(Qt::Key_2, Qt::ControlModifier);
        w->close();
        h.closeWindow();
        MainWindow *again = h.window();
        QCOMPARE(again->currentTab(), MainWindow::MembersTab);
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
