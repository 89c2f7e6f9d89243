#include "InvitationsModel.h"

#include "DisplayText.h"

InvitationsModel::InvitationsModel(QObject *parent)
    : KeyedListModel<domain::Invitation>(parent)
    , m_clock(&QDateTime::currentDateTimeUtc)
    , m_lastRefresh(m_clock())
{ }

int InvitationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvitationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedListModel<domain::Invitation>::headerData(section, orientation, role);
    switch (section) {
    case Email:
        return tr("Email");
    case Role:
        return tr("Role", "column: the role the invitee will get");
    case InvitedBy:
        return tr("Invited by");
    case Expires:
        return tr("Expires");
    case Status:
        return tr("Status", "column: pending or expired");
    default:
        return QVariant();
    }
}

void InvitationsModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : std::function<QDateTime()>(&QDateTime::currentDateTimeUtc);
    refreshExpiry();
}

QList<int> InvitationsModel::expiryRoles()
{
    return {Qt::DisplayRole, ItemRoles::IsExpiredRole, ItemRoles::StatusRole, ItemRoles::SortKeyRole};
}

void InvitationsModel::refreshExpiry()
{
    // A row changed state between the two instants iff its expiry lies between them.
    const QDateTime now = m_clock();
    const QDateTime from = std::min(now, m_lastRefresh);
    const QDateTime to = std::max(now, m_lastRefresh);
    m_lastRefresh = now;
    for (int row = 0; row < count(); ++row) {
        const QDateTime &expiresAt = at(row).expiresAt;
        if (from < expiresAt && expiresAt <= to)
            Q_EMIT dataChanged(index(row, 0), index(row, Status), expiryRoles());
    }
}

QDateTime InvitationsModel::nextExpiry() const
{
    const QDateTime now = m_clock();
    QDateTime next;
    for (int row = 0; row < count(); ++row) {
        const QDateTime &expiresAt = at(row).expiresAt;
        if (expiresAt > now && (next.isNull() || expiresAt < next))
            next = expiresAt;
    }
    return next;
}

void InvitationsModel::compare(const domain::Invitation &before, const domain::Invitation &after,
                               Difference &difference) const
{
    if (before.email != after.email)
        difference.add(Email, {Qt::DisplayRole, ItemRoles::EmailRole, ItemRoles::SortKeyRole});
    if (before.role != after.role) {
        difference.add(Role,
                       {Qt::DisplayRole, ItemRoles::MemberRoleRole, ItemRoles::RoleNameRole, ItemRoles::SortKeyRole});
    }
    if (before.invitedBy.userId != after.invitedBy.userId)
        difference.add(InvitedBy, {ItemRoles::InvitedByIdRole});
    if (before.invitedBy.name != after.invitedBy.name)
        difference.add(InvitedBy, {Qt::DisplayRole, ItemRoles::InvitedByRole, ItemRoles::SortKeyRole});
    if (before.createdAt != after.createdAt)
        difference.add(Expires, {Qt::ToolTipRole, ItemRoles::CreatedAtRole});
    if (before.expiresAt != after.expiresAt) {
        difference.add(Expires, {Qt::DisplayRole, Qt::ToolTipRole, ItemRoles::ExpiresAtRole, ItemRoles::SortKeyRole});
        const QDateTime now = m_clock();
        if (before.isExpiredAt(now) != after.isExpiredAt(now)) {
            difference.add(Status,
                           {Qt::DisplayRole, ItemRoles::IsExpiredRole, ItemRoles::StatusRole, ItemRoles::SortKeyRole});
        }
    }
}

QVariant InvitationsModel::itemData(const domain::Invitation &invitation, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Email:
            return invitation.email;
        case Role:
            return DisplayText::roleName(invitation.role);
        case InvitedBy:
            return invitation.invitedBy.name;
        case Expires:
            return DisplayText::dateTime(invitation.expiresAt);
        case Status:
            return invitation.isExpiredAt(m_clock()) ? tr("Expired", "invitation status")
                                                     : tr("Pending", "invitation status");
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (column == Expires) {
            return tr("Sent %1, expires %2")
                .arg(DisplayText::longDateTime(invitation.createdAt), DisplayText::longDateTime(invitation.expiresAt));
        }
        return QVariant();
    case ItemRoles::SortKeyRole:
        switch (column) {
        case Email:
            return invitation.email.toCaseFolded();
        case Role:
            return domain::roleRank(invitation.role);
        case InvitedBy:
            return invitation.invitedBy.name.toCaseFolded();
        case Expires:
            return invitation.expiresAt;
        case Status:
            return invitation.isExpiredAt(m_clock()) ? 1 : 0;
        default:
            return QVariant();
        }
    case ItemRoles::EmailRole:
        return invitation.email;
    case ItemRoles::MemberRoleRole:
        return static_cast<int>(invitation.role);
    case ItemRoles::RoleNameRole:
        return domain::roleToString(invitation.role);
    case ItemRoles::InvitedByRole:
        return invitation.invitedBy.name;
    case ItemRoles::InvitedByIdRole:
        return invitation.invitedBy.userId;
    case ItemRoles::CreatedAtRole:
        return invitation.createdAt;
    case ItemRoles::ExpiresAtRole:
        return invitation.expiresAt;
    case ItemRoles::IsExpiredRole:
        return invitation.isExpiredAt(m_clock());
    case ItemRoles::StatusRole:
        return invitation.statusAt(m_clock());
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> InvitationsModel::itemRoleNames() const
{
    return {{ItemRoles::EmailRole, QByteArrayLiteral("email")},
            {ItemRoles::MemberRoleRole, QByteArrayLiteral("role")},
            {ItemRoles::RoleNameRole, QByteArrayLiteral("roleName")},
            {ItemRoles::InvitedByRole, QByteArrayLiteral("invitedBy")},
            {ItemRoles::InvitedByIdRole, QByteArrayLiteral("invitedById")},
            {ItemRoles::CreatedAtRole, QByteArrayLiteral("createdAt")},
            {ItemRoles::ExpiresAtRole, QByteArrayLiteral("expiresAt")},
            {ItemRoles::IsExpiredRole, QByteArrayLiteral("isExpired")},
            {ItemRoles::StatusRole, QByteArrayLiteral("status")},
            {ItemRoles::SortKeyRole, QByteArrayLiteral("sortKey")}};
}
