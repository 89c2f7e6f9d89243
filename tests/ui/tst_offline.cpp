// Offline, as DESIGN.md has it: with a warm cache and the server down the tabs show the
// cached data, the notice says so, every write is disabled with the reason; when the
// server returns the app catches up by itself. And File › Work Offline.
#include "UiTestSupport.h"

#include "Gate.h"
#include "ModelsTestSupport.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

namespace {

// The window's write actions (by objectName) that a signed-in admin may use when online,
// with the tab they belong to (keys shared by pages work only on the current one).
const QHash<QString, MainWindow::Tab> kWrites = {
    {QStringLiteral("renameOrg"), MainWindow::GeneralTab},
    {QStringLiteral("uploadLogo"), MainWindow::GeneralTab},
    {QStringLiteral("deleteOrg"), MainWindow::GeneralTab},
    {QStringLiteral("leaveOrg"), MainWindow::GeneralTab},
    {QStringLiteral("inviteMember"), MainWindow::MembersTab},
    {QStringLiteral("generateKey"), MainWindow::ApiKeysTab},
    {QStringLiteral("changeSeats"), MainWindow::BillingTab},
    {QStringLiteral("addPaymentMethod"), MainWindow::BillingTab},
};

QList<QAction *> writeActions(MainWindow *w)
{
    QList<QAction *> found;
    for (QAction *action : w->allActions()) {
        if (kWrites.contains(action->objectName()))
            found << action;
    }
    return found;
}

// Each write action enabled, looked at with its own tab current.
bool allEnabled(MainWindow *w, QString *which)
{
    for (QAction *action : writeActions(w)) {
        w->setCurrentTab(kWrites.value(action->objectName()));
        if (!action->isEnabled()) {
            *which = action->objectName() + QStringLiteral(": ") + action->toolTip();
            return false;
        }
    }
    return true;
}

QString noticeText(MainWindow *w)
{
    auto *notice = w->findChild<QWidget *>(QStringLiteral("offlineNotice"));
    if (!notice->isVisible())
        return {};
    return w->findChild<QLabel *>(QStringLiteral("offlineText"))->text();
}

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT
private slots:
    void warmCacheServerDownThenBack()
    {
        QTemporaryDir dbDir;
        const QString db = QStringLiteral("sqlite:") + dbDir.filePath(QStringLiteral("orgdesk.db"));
        const quint16 port = freePort();
        UiHarness h;
        QVERIFY(h.startServer(pinnedServer(db, port, true, 60)));
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        const int members = h.session()->models()->members()->rowCount();
        QVERIFY(members > 60);
        h.window()->setCurrentTab(MainWindow::MembersTab);
        h.restartApp();

        h.server()->kill();
        // Only the user's "Try Again" (or a minute) makes the app look again.
        h.options().minBackoffMs = 60000;
        h.options().maxBackoffMs = 60000;
        QVERIFY(h.resume(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        // The cached rows are there before any answer.
        QCOMPARE(h.session()->models()->members()->rowCount(), members);
        QCOMPARE(w->currentTab(), MainWindow::MembersTab);
        QTRY_VERIFY2(noticeText(w).startsWith(QStringLiteral("Offline — showing data from ")),
                     qPrintable(noticeText(w)));
        QCOMPARE(w->findChild<QLabel *>(QStringLiteral("onlineState"))->text(), QStringLiteral("Offline"));
        const QList<QAction *> writes = writeActions(w);
        QCOMPARE(writes.size(), kWrites.size());
        for (QAction *action : writes) {
            w->setCurrentTab(kWrites.value(action->objectName()));
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(QStringLiteral("offline")), qPrintable(action->toolTip()));
        }
        w->setCurrentTab(MainWindow::MembersTab);

        // A change is made while the app cannot see it: by another server instance on the
        // same database, which then stops.
        {
            ServerProcess elsewhere;
            QVERIFY(elsewhere.start(pinnedServer(db, freePort(), false)));
            HttpClient http(elsewhere.baseUrl());
            http.setToken(login(elsewhere.baseUrl(), QStringLiteral("ada@acme.test")));
            QCOMPARE(http.patch(QStringLiteral("/orgs/%1").arg(h.orgId()),
                                {{QStringLiteral("name"), QStringLiteral("Acme Back")}})
                         .status,
                     200);
        }
        // The server returns. The app would notice at its next try (in a minute here); "Try
        // Again" on the notice, by its mnemonic, looks now.
        ServerProcess again;
        QVERIFY(again.start(pinnedServer(db, port, false)));
        QVERIFY(noticeText(w).startsWith(QStringLiteral("Offline")));
        typeKey(Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(w->windowTitle(), QStringLiteral("Acme Back — OrgDesk"), 15000);
        QTRY_COMPARE(noticeText(w), QString());
        QCOMPARE(w->findChild<QLabel *>(QStringLiteral("onlineState"))->text(), QStringLiteral("Online"));
        QString which;
        QTRY_VERIFY2(allEnabled(w, &which), qPrintable(which));
    }

    void catchesUpByItselfWhenTheServerReturns()
    {
        QTemporaryDir dbDir;
        const QString db = QStringLiteral("sqlite:") + dbDir.filePath(QStringLiteral("orgdesk.db"));
        const quint16 port = freePort();
        UiHarness h; // backoff 200–500 ms: the app looks again by itself
        QVERIFY(h.startServer(pinnedServer(db, port, true, 30)));
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        h.restartApp();
        h.server()->kill();
        QVERIFY(h.resume(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        QTRY_VERIFY(noticeText(w).startsWith(QStringLiteral("Offline")));
        {
            ServerProcess elsewhere;
            QVERIFY(elsewhere.start(pinnedServer(db, freePort(), false)));
            HttpClient http(elsewhere.baseUrl());
            http.setToken(login(elsewhere.baseUrl(), QStringLiteral("ada@acme.test")));
            QCOMPARE(http.patch(QStringLiteral("/orgs/%1").arg(h.orgId()),
                                {{QStringLiteral("name"), QStringLiteral("Acme Meanwhile")}})
                         .status,
                     200);
        }
        ServerProcess again;
        QVERIFY(again.start(pinnedServer(db, port, false)));
        // No key pressed: the window comes back online and shows the change.
        QTRY_COMPARE_WITH_TIMEOUT(w->windowTitle(), QStringLiteral("Acme Meanwhile — OrgDesk"), 15000);
        QTRY_COMPARE(noticeText(w), QString());
        QCOMPARE(w->findChild<QLabel *>(QStringLiteral("onlineState"))->text(), QStringLiteral("Online"));
    }

    void workOfflineSendsNothingUntilTurnedOff()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        QAction *workOffline = w->findChild<QAction *>(QStringLiteral("workOffline"));
        QAction *syncNow = w->findChild<QAction *>(QStringLiteral("syncNow"));
        QVERIFY(workOffline && syncNow);
        workOffline->trigger();
        QVERIFY(h.session()->workOffline());
        QVERIFY(noticeText(w).startsWith(QStringLiteral("Working offline")));
        QVERIFY(!syncNow->isEnabled());
        for (QAction *action : writeActions(w)) {
            w->setCurrentTab(kWrites.value(action->objectName()));
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY2(Gate::reasonOf(action).contains(QStringLiteral("working offline")), qPrintable(action->toolTip()));
        }
        // A change on the server is not fetched: nothing is sent.
        auto ada = h.http(QStringLiteral("ada@acme.test"));
        QCOMPARE(ada->patch(QStringLiteral("/orgs/%1").arg(h.orgId()),
                            {{QStringLiteral("name"), QStringLiteral("Acme Later")}})
                     .status,
                 200);
        typeKey(Qt::Key_F5);
        QTest::qWait(300); // nothing may happen: give a wrong sync the chance to show
        QCOMPARE(w->windowTitle(), QStringLiteral("Acme Monitoring — OrgDesk"));
        // "Go Online" on the notice.
        auto *remedy = w->findChild<QPushButton *>(QStringLiteral("offlineRemedy"));
        QCOMPARE(remedy->text(), QStringLiteral("&Go Online"));
        typeKey(Qt::Key_G, Qt::AltModifier);
        QTRY_COMPARE(w->windowTitle(), QStringLiteral("Acme Later — OrgDesk"));
        QVERIFY(!h.session()->workOffline());
        QVERIFY(!workOffline->isChecked());
        QTRY_COMPARE(noticeText(w), QString());
    }

    void signedOutWithACacheShowsItAndOffersSignIn()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        h.restartApp();
        // The next start finds the cache but no stored token (another computer's keychain
        // was wiped, the token was never remembered…).
        QSignalSpy deleted(h.credentials(), &CredentialStore::deleted);
        h.credentials()->deleteToken(h.baseUrl(), QStringLiteral("ada@acme.test"));
        QVERIFY(!deleted.isEmpty() || deleted.wait());
        QVERIFY(!h.resume(QStringLiteral("ada@acme.test")));
        QCOMPARE(h.session()->state(), OrgSession::State::NeedsPassword);
        MainWindow *w = h.window();
        QVERIFY(h.session()->models()->members()->rowCount() > 0);
        QVERIFY2(noticeText(w).startsWith(QStringLiteral("Not signed in")), qPrintable(noticeText(w)));
        auto *remedy = w->findChild<QPushButton *>(QStringLiteral("offlineRemedy"));
        QCOMPARE(remedy->text(), QStringLiteral("Sign &In…"));
        for (QAction *action : writeActions(w))
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    }
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
