#pragma once

#include "TabPage.h"
#include "domain/Member.h"
#include "domain/Permissions.h"
#include "domain/Role.h"

#include <QPointer>

class InvitationsPanel;
class InviteDialog;
class MemberBatch;
class MemberFilterModel;
class MembersListPanel;
class MembersTableModel;
class MembersTableView;
class PagerBar;
class QLabel;
class StatePanel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;

// The Members tab: the org's members (search, sort, pages of 50/100/200), their roles (an
// inline role editor for admins), removal, bulk role change and bulk removal with a result per
// row, invitations (invite, and the pending ones with Resend and Revoke), and a stated "not
// available offline" page instead of an empty table when nothing has been downloaded yet.
// Every write goes through OrgSession; the models are never patched (the session syncs after
// each write), and every write action says why it is disabled.
class MembersPage : public TabPage
{
    Q_OBJECT
public:
    MembersPage(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);
    ~MembersPage() override;

    QString menuTitle() const override { return tr("&Members"); }
    QList<QAction *> menuActions() const override;
    void focusStart() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    // Shows the member (clearing a search that hides them, turning to their page), selects
    // their row and focuses the table: for a "go to member" elsewhere. False if there is no
    // such member.
    bool selectMember(const QString &userId);
    // The userIds of the selected members, in display order.
    QStringList selectedUserIds() const;

    // Opens the invite dialog (what Ctrl+N does) and returns it; nullptr when inviting is
    // not possible now (see the inviteMember action's tooltip).
    InviteDialog *showInviteDialog();

    MembersListPanel *membersList() const { return m_list; }
    MembersTableView *table() const;
    MemberFilterModel *filterModel() const;
    MembersTableModel *tableModel() const;
    QLineEdit *searchField() const;
    PagerBar *pager() const;
    InvitationsPanel *invitationsPanel() const { return m_invitations; }
    QMenu *rowMenu() const { return m_rowMenu; }
    // The "N members" / "N of M match" text beside the search.
    QString countText() const;
    // What the page shows instead of the table (not available offline, …), or empty.
    QString unavailableText() const;

protected:
    void updateActions() override;

private:
    void createActions();
    void createLayout();
    void connectSession();
    Unavailable unavailable() const;
    QString gateReason(domain::Action action, bool needsSelection) const;
    QString orgName() const;
    void showRowMenu(const QModelIndex &index, const QPoint &globalPos);

    void changeRole();
    void onRoleChosen(const QString &userId, domain::Role role);
    void askBulkRole(const QVector<domain::Member> &members);
    void removeSelected();
    void copyEmails();
    void runBatch(int kind, const QVector<domain::Member> &members, domain::Role role);
    bool isBatchRunning() const;

    MembersListPanel *m_list = nullptr;
    InvitationsPanel *m_invitations;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    StatePanel *m_unavailablePage;
    QMenu *m_rowMenu;

    QAction *m_findAction = nullptr;
    QAction *m_inviteAction = nullptr;
    QAction *m_changeRoleAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;

    QPointer<MemberBatch> m_batch;
    QPointer<InviteDialog> m_inviteDialog;
};
