#include "InvitationsPanel.h"

#include "ConfirmDialog.h"
#include "DisplayText.h"
#include "Gate.h"
#include "InvitationsModel.h"
#include "MessageBar.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "Roles.h"
#include "api/InvitationRequests.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

InvitationsPanel::InvitationsPanel(OrgSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_resend(new QAction(tr("Re&send Invitation"), this))
    , m_revoke(new QAction(tr("Re&voke Invitation…"), this))
    , m_resendButton(new QToolButton(this))
    , m_revokeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("invitationsPanel"));
    setAccessibleName(tr("Pending invitations"));

    m_title->setObjectName(QStringLiteral("invitationsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_table);

    m_sorted->setSourceModel(session->models()->invitations());
    m_sorted->setSortRole(ItemRoles::SortKeyRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("invitationsTable"));
    m_table->setAccessibleName(tr("Pending invitations"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InvitationsModel::Expires, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(InvitationsModel::Email, 260);
    m_table->setColumnWidth(InvitationsModel::Role, 110);
    m_table->setColumnWidth(InvitationsModel::InvitedBy, 170);
    m_table->setColumnWidth(InvitationsModel::Expires, 170);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_resend);
    m_table->addAction(m_revoke);
    m_table->installEventFilter(this);

    m_empty->setObjectName(QStringLiteral("invitationsEmpty"));
    m_empty->setText(tr("No pending invitations."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_resend->setObjectName(QStringLiteral("resendInvitation"));
    m_resend->setToolTip(tr("Send the selected invitation again, with a new link and a new expiry"));
    m_revoke->setObjectName(QStringLiteral("revokeInvitation"));
    m_revoke->setToolTip(tr("Revoke the selected invitation: its link stops working (Delete in this list)"));
    connect(m_resend, &QAction::triggered, this, &InvitationsPanel::resendSelected);
    connect(m_revoke, &QAction::triggered, this, &InvitationsPanel::revokeSelected);

    m_resendButton->setObjectName(QStringLiteral("resendInvitationButton"));
    m_revokeButton->setObjectName(QStringLiteral("revokeInvitationButton"));
    m_resendButton->setDefaultAction(m_resend);
    m_revokeButton->setDefaultAction(m_revoke);
    m_resendButton->setAccessibleName(tr("Resend invitation"));
    m_revokeButton->setAccessibleName(tr("Revoke invitation"));
    for (QToolButton *button : {m_resendButton, m_revokeButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
    }

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_resendButton);
    header->addWidget(m_revokeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvitationsPanel::selectionChanged);
    InvitationsModel *model = session->models()->invitations();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &InvitationsPanel::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &InvitationsPanel::updateCount);
    connect(model, &QAbstractItemModel::dataChanged, this, &InvitationsPanel::selectionChanged);
    updateCount();
}

QList<QWidget *> InvitationsPanel::tabChain() const
{
    return {m_table, m_resendButton, m_revokeButton};
}

void InvitationsPanel::updateCount()
{
    const int count = m_session->models()->invitations()->rowCount();
    m_title->setText(count == 0 ? tr("Pending invi&tations")
                                : tr("Pending invi&tations (%1)").arg(QLocale().toString(count)));
    m_stack->setCurrentWidget(count == 0 ? static_cast<QWidget *>(m_empty) : m_table);
    emit selectionChanged();
}

QString InvitationsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ItemRoles::IdRole).toString();
}

bool InvitationsPanel::selectInvitation(const QString &email)
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (index.data(ItemRoles::EmailRole).toString().compare(email, Qt::CaseInsensitive) == 0) {
            m_table->setCurrentIndex(index);
            m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

QString InvitationsPanel::reasonFor(bool pageActive, int action) const
{
    const auto what = static_cast<domain::Action>(action);
    QString reason = Gate::reason(m_session, what);
    if (!reason.isEmpty())
        return reason;
    if (!pageActive)
        return tr("Open the Members tab first.");
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return tr("Select an invitation first.");
    const auto role = static_cast<domain::Role>(rows.first().data(ItemRoles::MemberRoleRole).toInt());
    if (!m_session->canManageInvitationFor(role))
        return tr("Only an admin can manage an invitation for the %1 role.").arg(DisplayText::roleName(role));
    return {};
}

void InvitationsPanel::updateActions(bool pageActive)
{
    setVisible(m_session->can(domain::Action::ViewInvitations));
    Gate::apply(m_resend, reasonFor(pageActive, int(domain::Action::ResendInvitation)));
    Gate::apply(m_revoke, reasonFor(pageActive, int(domain::Action::RevokeInvitation)));
}

void InvitationsPanel::resendSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_resend->isEnabled())
        return;
    const QString id = rows.first().data(ItemRoles::IdRole).toString();
    const QString email = rows.first().data(ItemRoles::EmailRole).toString();
    auto *request = m_session->resendInvitation(id);
    m_messages->watch(request, tr("Could not resend the invitation to %1").arg(email));
    connect(request, &ApiRequest::succeeded, this, [this, request, email] {
        m_messages->showMessage(MessageBar::Kind::Positive,
                                tr("The invitation to %1 was sent again. The new link works until %2.")
                                    .arg(email, DisplayText::dateTime(request->invitation().expiresAt)));
    });
}

void InvitationsPanel::revokeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_revoke->isEnabled())
        return;
    const QString id = rows.first().data(ItemRoles::IdRole).toString();
    const QString email = rows.first().data(ItemRoles::EmailRole).toString();
    ConfirmDialog::ask(window(), tr("Revoke Invitation"), tr("Revoke the invitation to %1?").arg(email),
                       tr("The link in the invitation email stops working at once. You can invite them again "
                          "later."),
                       tr("Re&voke", "revoke an invitation"), [this, id, email] {
                           auto *request = m_session->revokeInvitation(id);
                           m_messages->watch(request, tr("Could not revoke the invitation to %1").arg(email));
                           connect(request, &ApiRequest::succeeded, this, [this, email] {
                               m_messages->showMessage(MessageBar::Kind::Positive,
                                                       tr("The invitation to %1 was revoked.").arg(email));
                           });
                       });
}

// Delete in the invitations list revokes the selected invitation, and Ctrl+C copies its email:
// the list takes these keys before the window's shortcuts (Remove member, Copy member email)
// see them.
bool InvitationsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                m_revoke->trigger();
            return true;
        }
        if (key->matches(QKeySequence::Copy)) {
            event->accept();
            const QModelIndexList rows = m_table->selectionModel()->selectedRows();
            if (event->type() == QEvent::KeyPress && !rows.isEmpty())
                QGuiApplication::clipboard()->setText(rows.first().data(ItemRoles::EmailRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
