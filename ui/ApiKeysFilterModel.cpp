#include "ApiKeysFilterModel.h"

#include "ApiKeysTableModel.h"
#include "Roles.h"

ApiKeysFilterModel::ApiKeysFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortKeyRole);
    setDynamicSortFilter(true);
}

bool ApiKeysFilterModel::isSortable(int column)
{
    return column >= 0 && column < ApiKeysTableModel::Copy;
}

void ApiKeysFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool ApiKeysFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role : {ItemRoles::NameRole, ItemRoles::DescriptionRole, ItemRoles::PrefixRole}) {
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
