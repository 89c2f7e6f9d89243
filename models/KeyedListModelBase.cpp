#include "KeyedListModelBase.h"

#include "Roles.h"

QHash<int, QByteArray> KeyedListModelBase::statusRoleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemRoles::IdRole, QByteArrayLiteral("id"));
    names.insert(ItemRoles::IsPendingRole, QByteArrayLiteral("isPending"));
    names.insert(ItemRoles::IsStaleRole, QByteArrayLiteral("isStale"));
    return names;
}
