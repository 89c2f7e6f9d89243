#include "MembersPage.h"

#include "StatePanel.h"

#include "BulkResultDialog.h"
#include "BulkRoleDialog.h"
#include "ConfirmDialog.h"
#include "DisplayText.h"
#include "Gate.h"
#include "InvitationsPanel.h"
#include "InviteDialog.h"
#include "MemberBatch.h"
#include "MemberFilterModel.h"
#include "MembersListPanel.h"
#include "MembersModel.h"
#include "MembersTableModel.h"
#include "MembersTableView.h"
#include "MessageBar.h"
#include "OrgModels.h"
#include "OrgProfileObject.h"
#include "OrgSession.h"
#include "PagerBar.h"
#include "Roles.h"
#include "api/MemberRequests.h"
#include "sync/SyncOutcome.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

MembersPage::MembersPage(OrgSession *session, MessageBar *messages, QWidget *parent)
    : TabPage(session, messages, parent)
    , m_invitations(new InvitationsPanel(session, messages, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_stack(new QStackedWidget(this))
    , m_unavailablePage(new StatePanel(this))
    , m_rowMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("membersPage"));
    createActions();
    createLayout();
    connectSession();
    updateActions();
}

MembersPage::~MembersPage() = default;

void MembersPage::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setToolTip(tip);
        action->setShortcutVisibleInContextMenu(true);
        addAction(action); // the keys work even before MainWindow lists the action
        return action;
    };
    m_findAction = make(QStringLiteral("findMember"), tr("&Find Member"), QKeySequence(Qt::CTRL | Qt::Key_F),
                        tr("Search members by name or email"));
    m_inviteAction = make(QStringLiteral("inviteMember"), tr("&Invite Member…"), QKeySequence(Qt::CTRL | Qt::Key_N),
                          tr("Invite someone to the organization by email"));
    m_changeRoleAction = make(QStringLiteral("changeRole"), tr("Change &Role…"), QKeySequence(Qt::Key_F2),
                              tr("Change the role of the selected members"));
    m_removeAction = make(QStringLiteral("removeMember"), tr("Re&move…", "remove a member from the org"),
                          QKeySequence(Qt::Key_Delete), tr("Remove the selected members from the organization"));
    m_copyAction = make(QStringLiteral("copyEmail"), tr("&Copy Email"), QKeySequence(Qt::CTRL | Qt::Key_C),
                        tr("Copy the selected members' email addresses, one per line"));
    m_previousAction = make(QStringLiteral("previousPage"), tr("&Previous Page"),
                            QKeySequence(Qt::CTRL | Qt::Key_PageUp), tr("Show the previous page of members"));
    m_nextAction = make(QStringLiteral("nextPage"), tr("&Next Page"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                        tr("Show the next page of members"));
    m_previousAction->setIconText(tr("‹ Previous"));
    m_nextAction->setIconText(tr("Next ›"));
    m_inviteAction->setIconText(tr("Invite…"));

    connect(m_findAction, &QAction::triggered, this, [this] { m_list->focusSearch(); });
    connect(m_inviteAction, &QAction::triggered, this, &MembersPage::showInviteDialog);
    connect(m_changeRoleAction, &QAction::triggered, this, &MembersPage::changeRole);
    connect(m_removeAction, &QAction::triggered, this, &MembersPage::removeSelected);
    connect(m_copyAction, &QAction::triggered, this, &MembersPage::copyEmails);
    connect(m_previousAction, &QAction::triggered, this, [this] { filterModel()->previousPage(); });
    connect(m_nextAction, &QAction::triggered, this, [this] { filterModel()->nextPage(); });

    m_rowMenu->setObjectName(QStringLiteral("memberMenu"));
    m_rowMenu->setAccessibleName(tr("Member actions"));
    m_rowMenu->addAction(m_changeRoleAction);
    m_rowMenu->addAction(m_removeAction);
    m_rowMenu->addSeparator();
    m_rowMenu->addAction(m_copyAction);
}

QList<QAction *> MembersPage::menuActions() const
{
    return {m_inviteAction,
            m_changeRoleAction,
            m_removeAction,
            m_copyAction,
            nullptr,
            m_invitations->resendAction(),
            m_invitations->revokeAction(),
            nullptr,
            m_findAction,
            m_previousAction,
            m_nextAction};
}

void MembersPage::createLayout()
{
    m_list = new MembersListPanel(session(), m_inviteAction, m_previousAction, m_nextAction, this);
    connect(m_list, &MembersListPanel::roleChosen, this, &MembersPage::onRoleChosen);
    connect(m_list, &MembersListPanel::menuRequested, this, &MembersPage::showRowMenu);

    m_splitter->setObjectName(QStringLiteral("membersSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_invitations);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    // Instead of an empty table that would look like "no members": what is the matter.
    m_unavailablePage->setObjectName(QStringLiteral("membersUnavailablePage"));
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_unavailablePage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    // search → invite → table → pager → invitations (table, Resend, Revoke)
    QWidget *previous = m_list->lastInTabOrder();
    for (QWidget *next : m_invitations->tabChain()) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void MembersPage::connectSession()
{
    OrgSession *s = session();
    connect(s, &OrgSession::roleChanged, this, &MembersPage::updateActions);
    connect(s, &OrgSession::onlineChanged, this, &MembersPage::updateActions);
    connect(s, &OrgSession::workOfflineChanged, this, &MembersPage::updateActions); // the reason changes
    connect(s, &OrgSession::stateChanged, this, &MembersPage::updateActions);
    connect(s, &OrgSession::dataAvailableChanged, this, &MembersPage::updateActions);
    connect(s, &OrgSession::orgChanged, this, [this] {
        m_list->clearSearch();
        updateActions();
    });
    connect(m_list, &MembersListPanel::selectionChanged, this, &MembersPage::updateActions);
    connect(m_list, &MembersListPanel::pageChanged, this, &MembersPage::updateActions);
    connect(m_invitations, &InvitationsPanel::selectionChanged, this, &MembersPage::updateActions);
}

MembersTableView *MembersPage::table() const
{
    return m_list->table();
}

MemberFilterModel *MembersPage::filterModel() const
{
    return m_list->filterModel();
}

MembersTableModel *MembersPage::tableModel() const
{
    return m_list->tableModel();
}

QLineEdit *MembersPage::searchField() const
{
    return m_list->searchField();
}

PagerBar *MembersPage::pager() const
{
    return m_list->pager();
}

QString MembersPage::countText() const
{
    return m_list->countText();
}

MembersPage::Unavailable MembersPage::unavailable() const
{
    return unavailableFor(domain::Action::ViewMembers,
                          {tr("Sign in to see the organization's members."),
                           tr("Your role in this organization (%1) does not include the member list. An admin can "
                              "change your role."),
                           tr("Downloading the members…"),
                           tr("Members are not available offline: OrgDesk has not downloaded this organization "
                              "yet. They will appear when the server is reachable.")});
}

QString MembersPage::unavailableText() const
{
    return m_stack->currentWidget() == m_unavailablePage ? m_unavailablePage->explanation() : QString();
}

QString MembersPage::gateReason(domain::Action action, bool needsSelection) const
{
    QString reason = Gate::reason(session(), action);
    if (reason.isEmpty() && !unavailable().text.isEmpty())
        reason = tr("The members are not shown.");
    if (reason.isEmpty() && !isActive())
        reason = tr("Open the Members tab first.");
    if (reason.isEmpty() && needsSelection && !m_list->hasSelection())
        reason = tr("Select one or more members first.");
    if (reason.isEmpty() && needsSelection && isBatchRunning())
        reason = tr("Wait until the changes in progress are done.");
    return reason;
}

void MembersPage::updateActions()
{
    const Unavailable why = unavailable();
    m_unavailablePage->setText(why.title, why.text);
    QWidget *shown = why.text.isEmpty() ? static_cast<QWidget *>(m_splitter) : m_unavailablePage;
    if (m_stack->currentWidget() != shown) {
        const bool hadFocus = m_stack->isAncestorOf(QApplication::focusWidget());
        m_stack->setCurrentWidget(shown);
        if (hadFocus)
            focusStart();
    }

    m_list->tableModel()->setRoleEditable(Gate::reason(session(), domain::Action::ChangeMemberRole).isEmpty());
    Gate::apply(m_changeRoleAction, gateReason(domain::Action::ChangeMemberRole, true));
    Gate::apply(m_removeAction, gateReason(domain::Action::RemoveMember, true));
    Gate::apply(m_inviteAction, gateReason(domain::Action::InviteMember, false));

    // Reading needs no server: only the page and a selection.
    const QString notHere = isActive() && why.text.isEmpty() ? QString() : tr("Open the Members tab first.");
    const MemberFilterModel *filter = filterModel();
    Gate::apply(m_findAction, notHere);
    Gate::apply(m_copyAction,
                !notHere.isEmpty()           ? notHere
                    : m_list->hasSelection() ? QString()
                                             : tr("Select one or more members first."));
    Gate::apply(m_previousAction,
                !notHere.isEmpty()              ? notHere
                    : filter->currentPage() > 0 ? QString()
                                                : tr("This is the first page."));
    Gate::apply(m_nextAction,
                !notHere.isEmpty()                                    ? notHere
                    : filter->currentPage() + 1 < filter->pageCount() ? QString()
                                                                      : tr("This is the last page."));
    m_invitations->updateActions(isActive());
}

void MembersPage::focusStart()
{
    if (m_stack->currentWidget() == m_unavailablePage)
        m_unavailablePage->focusTarget()->setFocus(Qt::OtherFocusReason);
    else
        m_list->searchField()->setFocus(Qt::OtherFocusReason);
}

bool MembersPage::selectMember(const QString &userId)
{
    return m_list->selectMember(userId);
}

QStringList MembersPage::selectedUserIds() const
{
    return m_list->selectedUserIds();
}

QString MembersPage::orgName() const
{
    const QString name = session()->models()->org()->name();
    return name.isEmpty() ? tr("the organization") : name;
}

void MembersPage::showRowMenu(const QModelIndex &index, const QPoint &globalPos)
{
    popupRowMenu(table(), m_rowMenu, index, globalPos);
}

// --- Role ----------------------------------------------------------------------------------

void MembersPage::changeRole()
{
    if (!m_changeRoleAction->isEnabled())
        return;
    const QVector<domain::Member> members = m_list->selectedMembers();
    if (members.size() > 1) {
        askBulkRole(members);
        return;
    }
    MembersTableView *view = table();
    QModelIndex current = view->currentIndex();
    if (!current.isValid() || !view->selectionModel()->isRowSelected(current.row(), QModelIndex())) {
        const QModelIndexList rows = view->selectedRowsAt(MembersModel::Role);
        if (rows.isEmpty())
            return;
        current = rows.first();
    }
    const QModelIndex roleCell = current.siblingAtColumn(MembersModel::Role);
    view->setFocus(Qt::ShortcutFocusReason);
    view->selectionModel()->setCurrentIndex(roleCell, QItemSelectionModel::NoUpdate);
    view->edit(roleCell);
}

void MembersPage::onRoleChosen(const QString &userId, domain::Role role)
{
    const domain::Member *member = session()->models()->members()->find(userId);
    if (!member || !Gate::reason(session(), domain::Action::ChangeMemberRole).isEmpty())
        return;
    const QString name = member->name;
    tableModel()->setPendingRole(userId, role);
    auto *request = session()->changeMemberRole(userId, role);
    connect(request, &ApiRequest::failed, this, [this, userId, name](const ApiError &error) {
        tableModel()->clearPendingRole(userId);
        messages()->showError(tr("Could not change the role of %1").arg(name), error);
    });
    connect(request, &ApiRequest::succeeded, this, [this, userId, name, role] {
        messages()->showMessage(MessageBar::Kind::Positive,
                                tr("%1 is now %2.", "member name, role").arg(name, DisplayText::roleName(role)));
        // The sync the write started brings the row; should it not change it, stop showing
        // the pending role then anyway.
        connect(
            session(), &OrgSession::syncFinished, tableModel(),
            [this, userId] { tableModel()->clearPendingRole(userId); }, Qt::SingleShotConnection);
    });
}

void MembersPage::askBulkRole(const QVector<domain::Member> &members)
{
    auto *dialog = new BulkRoleDialog(int(members.size()), domain::Role::User, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, members] {
        const domain::Role role = dialog->role();
        const QString refused = MemberBatch::check(session(), MemberBatch::Kind::ChangeRole, members, role);
        if (!refused.isEmpty()) {
            messages()->showMessage(MessageBar::Kind::Error, tr("The roles were not changed: %1").arg(refused));
            return;
        }
        runBatch(int(MemberBatch::Kind::ChangeRole), members, role);
    });
    dialog->open();
}

// --- Remove --------------------------------------------------------------------------------

void MembersPage::removeSelected()
{
    if (!m_removeAction->isEnabled())
        return;
    const QVector<domain::Member> members = m_list->selectedMembers();
    if (members.isEmpty())
        return;
    const QString refused = MemberBatch::check(session(), MemberBatch::Kind::Remove, members, domain::Role::User);
    if (!refused.isEmpty()) {
        messages()->showMessage(MessageBar::Kind::Error, tr("Nobody was removed: %1").arg(refused));
        return;
    }
    const QString org = orgName();
    if (members.size() == 1) {
        const domain::Member member = members.first();
        ConfirmDialog::ask(window(), tr("Remove Member"), tr("Remove %1 from %2?").arg(member.name, org),
                           tr("%1 loses access to the organization at once. Their OrgDesk account stays, and you "
                              "can invite them again later.")
                               .arg(member.email),
                           tr("&Remove", "remove a member"), [this, member] {
                               auto *request = session()->removeMember(member.userId);
                               messages()->watch(request, tr("Could not remove %1").arg(member.name));
                               connect(request, &ApiRequest::succeeded, this, [this, member] {
                                   messages()->showMessage(
                                       MessageBar::Kind::Positive,
                                       tr("%1 was removed from the organization.").arg(member.name));
                               });
                           });
        return;
    }
    ConfirmDialog::ask(window(), tr("Remove Members"),
                       tr("Remove these %1 members from %2?").arg(members.size()).arg(org),
                       tr("They lose access to the organization at once. Their OrgDesk accounts stay. You will see "
                          "the result for each member."),
                       tr("&Remove", "remove a member"),
                       [this, members] { runBatch(int(MemberBatch::Kind::Remove), members, domain::Role::User); });
}

// --- Bulk ----------------------------------------------------------------------------------

bool MembersPage::isBatchRunning() const
{
    return m_batch && !m_batch->isFinished();
}

void MembersPage::runBatch(int kind, const QVector<domain::Member> &members, domain::Role role)
{
    if (isBatchRunning())
        return;
    auto *batch = new MemberBatch(session(), static_cast<MemberBatch::Kind>(kind), members, role, this);
    m_batch = batch;
    auto *dialog = new BulkResultDialog(batch, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<BulkResultDialog> dialogAlive(dialog);
    // The batch lives as long as its result is on screen, and at least until it is done.
    connect(dialog, &QObject::destroyed, batch, [batch] {
        if (batch->isFinished())
            batch->deleteLater();
    });
    connect(batch, &MemberBatch::finished, this, [this, batch, dialogAlive] {
        if (!dialogAlive)
            batch->deleteLater();
        updateActions();
    });
    dialog->show();
    updateActions();
    batch->start();
}

// --- Copy and invite -----------------------------------------------------------------------

void MembersPage::copyEmails()
{
    QStringList emails;
    for (const domain::Member &member : m_list->selectedMembers())
        emails << member.email;
    if (!emails.isEmpty())
        QGuiApplication::clipboard()->setText(emails.join(QLatin1Char('\n')));
}

InviteDialog *MembersPage::showInviteDialog()
{
    if (!m_inviteAction->isEnabled())
        return nullptr;
    if (m_inviteDialog) {
        m_inviteDialog->raise();
        m_inviteDialog->activateWindow();
        return m_inviteDialog;
    }
    auto *dialog = new InviteDialog(session(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_inviteDialog = dialog;
    connect(dialog, &InviteDialog::invitationSent, this, [this](const QString &email, domain::Role role) {
        messages()->showMessage(MessageBar::Kind::Positive,
                                tr("Invitation sent to %1 as %2. It appears under Pending invitations.")
                                    .arg(email, DisplayText::roleName(role)));
    });
    dialog->open();
    return dialog;
}

// --- State ---------------------------------------------------------------------------------

void MembersPage::saveState(QSettings &settings) const
{
    m_list->saveState(settings);
    settings.setValue(QStringLiteral("invitationsHeader"), m_invitations->table()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void MembersPage::restoreState(QSettings &settings)
{
    m_list->restoreState(settings);
    m_invitations->table()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("invitationsHeader")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
}
