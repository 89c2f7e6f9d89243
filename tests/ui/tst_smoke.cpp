// The window opens over a signed-in session and shows the org's four tabs.
#include "UiTestSupport.h"

#include <QTabWidget>
#include <QtTest>

class TestSmoke : public QObject
{
    Q_OBJECT
private slots:
    void opensSignedIn()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        QVERIFY(h.session()->models()->members()->rowCount() > 0);
    }
};

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
