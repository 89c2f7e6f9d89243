#include "MembersModel.h"

#include "DisplayText.h"

MembersModel::MembersModel(QObject *parent)
    : KeyedListModel<domain::Member>(parent)
{ }

bool MembersModel::hasAdminOtherThan(const QSet<QString> &excludedUserIds) const
{
    for (int row = 0, rows = count(); row < rows; ++row) {
        const domain::Member &member = at(row);
        if (member.role == domain::Role::Admin && !excludedUserIds.contains(member.userId))
            return true;
    }
    return false;
}

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedListModel<domain::Member>::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Joined:
        return tr("Joined", "column: date the member joined the org");
    case Role:
        return tr("Role", "column: the member's role in the org");
    case Actions:
        return tr("Actions");
    default:
        return QVariant();
    }
}

void MembersModel::compare(const domain::Member &before, const domain::Member &after, Difference &difference) const
{
    // The Name column's tooltip shows the email, so an email change touches both columns.
    if (before.name != after.name)
        difference.add(Name, {Qt::DisplayRole, Qt::ToolTipRole, ItemRoles::NameRole, ItemRoles::SortKeyRole});
    if (before.email != after.email) {
        difference.add(Name, {Qt::ToolTipRole});
        difference.add(Email, {Qt::DisplayRole, ItemRoles::EmailRole, ItemRoles::SortKeyRole});
    }
    if (before.joinedAt != after.joinedAt)
        difference.add(Joined, {Qt::DisplayRole, Qt::ToolTipRole, ItemRoles::JoinedAtRole, ItemRoles::SortKeyRole});
    if (before.role != after.role) {
        difference.add(Role,
                       {Qt::DisplayRole, ItemRoles::MemberRoleRole, ItemRoles::RoleNameRole, ItemRoles::SortKeyRole});
    }
}

QVariant MembersModel::itemData(const domain::Member &member, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return member.name;
        case Email:
            return member.email;
        case Joined:
            return DisplayText::date(member.joinedAt);
        case Role:
            return DisplayText::roleName(member.role);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return QString(member.name + QLatin1String(" <") + member.email + QLatin1Char('>'));
        case Joined:
            return DisplayText::longDateTime(member.joinedAt);
        default:
            return QVariant();
        }
    case ItemRoles::SortKeyRole:
        switch (column) {
        case Name:
            return member.name.toCaseFolded();
        case Email:
            return member.email.toCaseFolded();
        case Joined:
            return member.joinedAt;
        case Role:
            return domain::roleRank(member.role);
        default:
            return QVariant();
        }
    case ItemRoles::NameRole:
        return member.name;
    case ItemRoles::EmailRole:
        return member.email;
    case ItemRoles::MemberRoleRole:
        return static_cast<int>(member.role);
    case ItemRoles::RoleNameRole:
        return domain::roleToString(member.role);
    case ItemRoles::JoinedAtRole:
        return member.joinedAt;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> MembersModel::itemRoleNames() const
{
    return {{ItemRoles::NameRole, QByteArrayLiteral("name")},
            {ItemRoles::EmailRole, QByteArrayLiteral("email")},
            {ItemRoles::MemberRoleRole, QByteArrayLiteral("role")},
            {ItemRoles::RoleNameRole, QByteArrayLiteral("roleName")},
            {ItemRoles::JoinedAtRole, QByteArrayLiteral("joinedAt")},
            {ItemRoles::SortKeyRole, QByteArrayLiteral("sortKey")}};
}
