// Invitations on the Members tab, by keyboard against the real server: the invite dialog
// (validation as you type, the server's refusal shown in the dialog, a manager's roles),
// and Resend / Revoke of pending invitations with their rights.
#include "tst_members_support.h"

#include "ConfirmDialog.h"
#include "InvitationsPanel.h"
#include "InviteDialog.h"
#include "MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

namespace {

const QString kJordan = QStringLiteral("jordan.lee@acme.test"); // a pending demo invitation (User)
const QString kPriya = QStringLiteral("priya.natarajan@acme.test"); // a pending demo invitation (Manager)

// The emails the invitations table shows, in display order.
QStringList shownInvitations(InvitationsPanel *panel)
{
    QStringList emails;
    const QAbstractItemModel *model = panel->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        emails << model->index(row, 0).data(ItemRoles::EmailRole).toString();
    return emails;
}

// How many invitation emails the server has written to `to`.
int mailsTo(UiHarness &h, const QString &to)
{
    int count = 0;
    for (const QByteArray &raw : outboxMessages(h.server()->outboxDir())) {
        if (parseMail(raw).to.contains(to))
            ++count;
    }
    return count;
}

// Moves the focus into the invitations table by its label's mnemonic and selects the
// invitation whose email starts with `prefix` by the table's keyboard search.
void selectInvitationByKeyboard(const QString &prefix)
{
    typeKey(Qt::Key_T, Qt::AltModifier); // "Pending invi&tations"
    typeText(prefix);
}

} // namespace

class TestInvitations : public QObject
{
    Q_OBJECT
private slots:
    void inviteByKeyboard()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QAbstractItemModelTester tester(page->invitationsPanel()->table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shownInvitations(page->invitationsPanel()).size(), 2);

        typeKey(Qt::Key_N, Qt::ControlModifier);
        InviteDialog *dialog = waitForDialog<InviteDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("inviteDialog"));
        QCOMPARE(focused(), dialog->emailEdit());
        QCOMPARE(dialog->roleCombo()->currentText(), QStringLiteral("User"));
        QVERIFY(!dialog->sendButton()->isEnabled());
        typeText(QStringLiteral("Grace.Hopper@Example.com"));
        QVERIFY(dialog->sendButton()->isEnabled());
        QCOMPARE(dialog->emailProblem(), QString());
        typeKey(Qt::Key_Tab);
        QCOMPARE(focused(), dialog->roleCombo());
        typeText(QStringLiteral("o"));
        QCOMPARE(dialog->roleCombo()->currentText(), QStringLiteral("Observer"));
        QPointer<InviteDialog> alive(dialog);
        typeKey(Qt::Key_Return);

        QTRY_VERIFY(!alive);
        MessageBar *bar = h.window()->messageBar();
        QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
        QVERIFY2(bar->text().contains(QStringLiteral("Invitation sent to Grace.Hopper@Example.com")),
                 qPrintable(bar->text()));
        const QJsonObject invitation = server.invitation(QStringLiteral("grace.hopper@example.com"));
        QCOMPARE(invitation.value(QStringLiteral("role")).toString(), QStringLiteral("observer"));
        QCOMPARE(invitation.value(QStringLiteral("invitedBy")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Ada Lovelace"));
        QTRY_VERIFY(shownInvitations(page->invitationsPanel()).contains(QStringLiteral("grace.hopper@example.com")));
        QCOMPARE(mailsTo(h, QStringLiteral("grace.hopper@example.com")), 1);

        // The Invite… button opens it too; Escape closes it unchanged.
        QVERIFY(reactivate(h.window()));
        auto *button = page->findChild<QToolButton *>(QStringLiteral("inviteButton"));
        QVERIFY(button->isEnabled());
        button->setFocus();
        typeKey(Qt::Key_Space);
        dialog = waitForDialog<InviteDialog>();
        QVERIFY(dialog);
        alive = dialog;
        typeText(QStringLiteral("nobody@example.com"));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!alive);
        QVERIFY(server.invitation(QStringLiteral("nobody@example.com")).isEmpty());
    }

    void emailIsJudgedAsYouType()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        typeKey(Qt::Key_N, Qt::ControlModifier);
        InviteDialog *dialog = waitForDialog<InviteDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->emailProblem(), QString()); // nothing typed is not an error yet

        typeText(QStringLiteral("grace"));
        QVERIFY2(dialog->emailProblem().contains(QStringLiteral("needs an @")), qPrintable(dialog->emailProblem()));
        QVERIFY(!dialog->sendButton()->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("inviteEmailProblem"))->isVisible());
        QCOMPARE(dialog->emailEdit()->accessibleDescription(), dialog->emailProblem()); // read out too
        typeText(QStringLiteral("@"));
        QVERIFY2(dialog->emailProblem().contains(QStringLiteral("domain after the @")),
                 qPrintable(dialog->emailProblem()));
        typeText(QStringLiteral("example"));
        QVERIFY2(dialog->emailProblem().contains(QStringLiteral("needs a dot")), qPrintable(dialog->emailProblem()));
        QVERIFY(!dialog->sendButton()->isEnabled());
        saveShot(dialog, QStringLiteral("invite-dialog-invalid-email"));
        typeKey(Qt::Key_Return); // not sent: Send is disabled
        QVERIFY(dialog->isVisible());
        typeText(QStringLiteral(".com"));
        QCOMPARE(dialog->emailProblem(), QString());
        QVERIFY(dialog->sendButton()->isEnabled());
        typeText(QStringLiteral(" x"));
        QVERIFY2(dialog->emailProblem().contains(QStringLiteral("no spaces")), qPrintable(dialog->emailProblem()));
        QVERIFY(!dialog->sendButton()->isEnabled());
        QPointer<InviteDialog> alive(dialog);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!alive);
        ServerCheck server(h);
        QCOMPARE(server.invitations().size(), 2);
    }

    void serverRefusalIsShownInTheDialog()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        typeKey(Qt::Key_N, Qt::ControlModifier);
        InviteDialog *dialog = waitForDialog<InviteDialog>();
        QVERIFY(dialog);

        typeText(QStringLiteral("uma@acme.test"));
        typeKey(Qt::Key_Return);
        QTRY_VERIFY2(dialog->errorText().contains(QStringLiteral("uma@acme.test is already a member")),
                     qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->emailEdit()->text(), QStringLiteral("uma@acme.test")); // input kept
        QCOMPARE(focused(), dialog->emailEdit());
        QVERIFY(dialog->sendButton()->isEnabled());
        saveShot(dialog, QStringLiteral("invite-dialog-server-error"));

        typeKey(Qt::Key_A, Qt::ControlModifier);
        typeText(kJordan);
        QCOMPARE(dialog->errorText(), QString()); // the answer was about the previous address
        typeKey(Qt::Key_Return);
        QTRY_VERIFY2(dialog->errorText().contains(QStringLiteral("already has a pending invitation")),
                     qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->emailEdit()->text(), kJordan);

        // Nothing was created on the server, and the message bar was not used.
        QCOMPARE(server.invitations().size(), 2);
        QVERIFY(server.invitation(QStringLiteral("uma@acme.test")).isEmpty());
        QVERIFY(!h.window()->messageBar()->isVisible());
        QPointer<InviteDialog> alive(dialog);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!alive);
    }

    void managerCannotInviteAnAdmin()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kMax));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        // A manager invites, but may not change roles or remove members.
        QVERIFY(page->findChild<QAction *>(QStringLiteral("inviteMember"))->isEnabled());
        QVERIFY(!page->findChild<QAction *>(QStringLiteral("changeRole"))->isEnabled());
        QVERIFY(Gate::reasonOf(page->findChild<QAction *>(QStringLiteral("removeMember")))
                    .contains(QStringLiteral("(Manager)")));

        typeKey(Qt::Key_N, Qt::ControlModifier);
        InviteDialog *dialog = waitForDialog<InviteDialog>();
        QVERIFY(dialog);
        auto *roles = qobject_cast<QStandardItemModel *>(dialog->roleCombo()->model());
        QVERIFY(roles);
        QVERIFY(!roles->item(0)->isEnabled()); // Admin
        QVERIFY(roles->item(1)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("inviteRoleHint"))->isVisible());
        typeText(QStringLiteral("helper@example.com"));
        typeKey(Qt::Key_Tab);
        QCOMPARE(focused(), dialog->roleCombo());
        typeText(QStringLiteral("a"));
        QVERIFY(dialog->roleCombo()->currentText() != QLatin1String("Admin"));
        typeKey(Qt::Key_Up);
        typeKey(Qt::Key_Up);
        typeKey(Qt::Key_Up);
        QCOMPARE(dialog->roleCombo()->currentText(), QStringLiteral("Manager")); // Admin is skipped
        saveShot(dialog, QStringLiteral("invite-dialog-manager"));
        QPointer<InviteDialog> alive(dialog);
        typeKey(Qt::Key_Return);
        QTRY_VERIFY(!alive);
        const QJsonObject invitation = server.invitation(QStringLiteral("helper@example.com"));
        QCOMPARE(invitation.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
        QCOMPARE(invitation.value(QStringLiteral("invitedBy")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Max Planck"));
    }

    void resendByKeyboard()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        InvitationsPanel *panel = page->invitationsPanel();
        QAction *resend = panel->resendAction();
        QVERIFY(!resend->isEnabled());
        QCOMPARE(Gate::reasonOf(resend), QStringLiteral("Select an invitation first."));
        const QString before = server.invitation(kJordan).value(QStringLiteral("expiresAt")).toString();
        QCOMPARE(mailsTo(h, kJordan), 0);

        selectInvitationByKeyboard(QStringLiteral("j"));
        QCOMPARE(focused(), panel->table());
        QCOMPARE(panel->selectedId(), server.invitation(kJordan).value(QStringLiteral("id")).toString());
        QVERIFY(resend->isEnabled());
        typeKey(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("resendInvitationButton"));
        typeKey(Qt::Key_Space);

        QTRY_COMPARE(mailsTo(h, kJordan), 1);
        // Ctrl+C in the invitations list copies the invitation's email, not the members'.
        typeKey(Qt::Key_Backtab);
        QCOMPARE(focused(), panel->table());
        typeKey(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), kJordan);
        const QString after = server.invitation(kJordan).value(QStringLiteral("expiresAt")).toString();
        QVERIFY2(after > before, qPrintable(before + QStringLiteral(" → ") + after));
        MessageBar *bar = h.window()->messageBar();
        QTRY_COMPARE(bar->kind(), MessageBar::Kind::Positive);
        QVERIFY2(bar->text().contains(QStringLiteral("was sent again")), qPrintable(bar->text()));
    }

    void revokeWithConfirmation()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        InvitationsPanel *panel = page->invitationsPanel();
        selectInvitationByKeyboard(QStringLiteral("p"));
        QCOMPARE(panel->selectedId(), server.invitation(kPriya).value(QStringLiteral("id")).toString());

        // Delete in the invitations list revokes (not "remove member"); Enter is Cancel.
        typeKey(Qt::Key_Delete);
        QPointer<ConfirmDialog> confirm = waitForDialog<ConfirmDialog>();
        QVERIFY(confirm);
        QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("confirmQuestion"))->text().contains(kPriya));
        typeKey(Qt::Key_Return);
        QTRY_VERIFY(!confirm);
        QVERIFY(!server.invitation(kPriya).isEmpty());

        QVERIFY(reactivate(h.window()));
        QTRY_COMPARE(focused(), panel->table());
        typeKey(Qt::Key_Delete);
        confirm = waitForDialog<ConfirmDialog>();
        QVERIFY(confirm);
        typeKey(Qt::Key_V, Qt::AltModifier); // Re&voke
        QTRY_VERIFY(!confirm);
        QTRY_VERIFY(server.invitation(kPriya).isEmpty());
        QTRY_COMPARE(shownInvitations(panel), QStringList {kJordan});
        QVERIFY(server.isMember(QStringLiteral("uma@acme.test"))); // no member was touched
    }

    void managerMayNotTouchAnAdminInvitation()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kMax));
        ServerCheck admin(h);
        QCOMPARE(admin.http()
                     .post(QStringLiteral("/orgs/") + h.orgId() + QStringLiteral("/invitations"),
                           QJsonObject {{QStringLiteral("email"), QStringLiteral("boss@example.com")},
                                        {QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
                 201);
        QVERIFY(h.syncNow());
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        InvitationsPanel *panel = page->invitationsPanel();
        QVERIFY(panel->isVisible());
        QTRY_COMPARE(shownInvitations(panel).size(), 3);

        selectInvitationByKeyboard(QStringLiteral("b"));
        QCOMPARE(panel->selectedId(),
                 admin.invitation(QStringLiteral("boss@example.com")).value(QStringLiteral("id")).toString());
        for (QAction *action : {panel->resendAction(), panel->revokeAction()}) {
            QVERIFY(!action->isEnabled());
            QCOMPARE(Gate::reasonOf(action),
                     QStringLiteral("Only an admin can manage an invitation for the Admin role."));
        }
        typeKey(Qt::Key_Delete);
        QVERIFY(!waitForDialog<ConfirmDialog>(nullptr, 300));
        QVERIFY(!admin.invitation(QStringLiteral("boss@example.com")).isEmpty());

        // The others (for User and Manager) are the manager's to manage.
        typeKey(Qt::Key_Up); // it expires last, so it is the last row
        QVERIFY(!panel->selectedId().isEmpty());
        QVERIFY(panel->selectedId()
                != admin.invitation(QStringLiteral("boss@example.com")).value(QStringLiteral("id")).toString());
        QVERIFY(panel->resendAction()->isEnabled());
        QVERIFY(panel->revokeAction()->isEnabled());
    }

    void hiddenFromRolesThatMayNotSeeInvitations()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("otto@acme.test")));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QVERIFY(page->table()->isVisible());
        QVERIFY(!page->invitationsPanel()->isVisible());
        QVERIFY(!page->invitationsPanel()->resendAction()->isEnabled());
        QVERIFY(Gate::reasonOf(page->invitationsPanel()->revokeAction()).contains(QStringLiteral("(Observer)")));
    }
};

QTEST_MAIN(TestInvitations)
#include "tst_invitations.moc"
