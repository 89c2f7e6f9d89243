// What the Members tab lets whom do, and when: a plain user's disabled writes (with the reason),
// keys shared with other tabs only on the active page, offline with a cache (the list stays,
// writes are disabled) and offline without one (a stated "not available offline" page).
#include "tst_members_support.h"

#include "ConfirmDialog.h"
#include "InvitationsPanel.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QtTest>

class TestMembersAccess : public QObject
{
    Q_OBJECT
private slots:
    void plainUserMayNotWrite()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kUma));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QTRY_VERIFY(page->table()->model()->rowCount() > 0);
        searchAndEnterResults(QStringLiteral("otto"));
        QCOMPARE(page->selectedUserIds().size(), 1);

        for (const char *name : {"inviteMember", "changeRole", "removeMember"}) {
            QAction *action = pageAction(page, name);
            QVERIFY2(action, name);
            QVERIFY2(!action->isEnabled(), name);
            const QString reason = Gate::reasonOf(action);
            QVERIFY2(reason.contains(QStringLiteral("(User)")), qPrintable(reason));
            QVERIFY2(action->toolTip().contains(reason), qPrintable(action->toolTip()));
        }
        auto *inviteButton = page->findChild<QToolButton *>(QStringLiteral("inviteButton"));
        QVERIFY(!inviteButton->isEnabled());
        QVERIFY(inviteButton->toolTip().contains(QStringLiteral("(User)")));
        // Reading still works.
        QVERIFY(pageAction(page, "copyEmail")->isEnabled());
        QVERIFY(pageAction(page, "findMember")->isEnabled());
        // No role editor, no removal, no invitations.
        const QModelIndex role = page->table()->model()->index(0, MembersModel::Role);
        QVERIFY(!(role.flags() & Qt::ItemIsEditable));
        typeKey(Qt::Key_F2);
        typeKey(Qt::Key_Delete);
        QVERIFY(!waitForDialog<ConfirmDialog>(nullptr, 300));
        QCOMPARE(focused(), page->table());
        QVERIFY(!page->invitationsPanel()->isVisible());
    }

    void sharedKeysOnlyOnTheActivePage()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        searchAndEnterResults(QStringLiteral("uma"));
        const char *shared[] = {"findMember", "inviteMember", "changeRole", "removeMember", "copyEmail"};
        for (const char *name : shared)
            QVERIFY2(pageAction(page, name)->isEnabled(), name);

        h.window()->setCurrentTab(MainWindow::GeneralTab);
        QTRY_VERIFY(!page->isActive());
        for (const char *name : shared) {
            QVERIFY2(!pageAction(page, name)->isEnabled(), name);
            QVERIFY2(!Gate::reasonOf(pageAction(page, name)).isEmpty(), name);
        }
        QVERIFY(!pageAction(page, "nextPage")->isEnabled());
        typeKey(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(focused() != page->searchField());

        h.window()->setCurrentTab(MainWindow::MembersTab);
        QTRY_VERIFY(page->isActive());
        QVERIFY(pageAction(page, "removeMember")->isEnabled());
    }

    void offlineKeepsTheListAndDisablesWrites()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        searchAndEnterResults(QStringLiteral("uma"));
        QVERIFY(pageAction(page, "removeMember")->isEnabled());
        QVERIFY(page->tableModel()->isRoleEditable());

        h.server()->kill();
        h.session()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!h.session()->isOnline(), 15000);
        for (const char *name : {"inviteMember", "changeRole", "removeMember"}) {
            QAction *action = pageAction(page, name);
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY2(Gate::reasonOf(action).contains(QStringLiteral("offline"), Qt::CaseInsensitive),
                     qPrintable(Gate::reasonOf(action)));
        }
        QVERIFY(!page->tableModel()->isRoleEditable());
        QVERIFY(!page->invitationsPanel()->revokeAction()->isEnabled());
        // The cached list is still there, to read and copy, drawn as stale.
        QVERIFY(page->unavailableText().isEmpty());
        QVERIFY(page->table()->isVisible());
        QCOMPARE(shownMembers(page), QStringList {QStringLiteral("Uma Thurman <uma@acme.test>")});
        QVERIFY(pageAction(page, "copyEmail")->isEnabled());
        const QModelIndex cell = page->table()->model()->index(0, MembersModel::Joined);
        QTRY_VERIFY(cell.data(ItemRoles::IsStaleRole).toBool());
        QVERIFY(cell.data(Qt::ForegroundRole).isValid());
    }

    void notAvailableOffline()
    {
        // Acme is downloaded at sign-in; Globex never was. With the server gone, opening
        // Globex has nothing to show: the page says so instead of an empty table.
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QVERIFY(page->unavailableText().isEmpty());
        QVERIFY(page->table()->isVisible());
        QString globex;
        for (const OrgMembership &org : h.session()->orgs()) {
            if (org.name == QLatin1String("Globex"))
                globex = org.id;
        }
        QVERIFY(!globex.isEmpty());
        h.server()->kill();
        QVERIFY(h.session()->switchOrg(globex));
        QVERIFY(!h.session()->isDataAvailable());
        QTRY_VERIFY2(page->unavailableText().contains(QStringLiteral("not available offline")),
                     qPrintable(page->unavailableText()));
        QVERIFY(page->unavailableText().contains(QStringLiteral("when the server is reachable")));
        QVERIFY(!page->table()->isVisible());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("stateExplanation"))->isVisible());
        QVERIFY(!pageAction(page, "inviteMember")->isEnabled());
        QVERIFY(!pageAction(page, "findMember")->isEnabled());
        page->focusStart();
        QCOMPARE(focused()->objectName(), QStringLiteral("stateExplanation"));
        saveShot(page, QStringLiteral("members-not-available-offline"));
    }
};

QTEST_MAIN(TestMembersAccess)
#include "tst_members_access.moc"
