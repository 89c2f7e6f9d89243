#include "MembersTableModel.h"

#include "DisplayText.h"
#include "MemberFilterModel.h"
#include "MembersModel.h"
#include "Roles.h"

#include <QGuiApplication>
#include <QPalette>

MembersTableModel::MembersTableModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
    connect(this, &QAbstractItemModel::dataChanged, this, &MembersTableModel::dropConfirmedRoles);
    connect(this, &QAbstractItemModel::modelReset, this, &MembersTableModel::dropConfirmedRoles);
}

void MembersTableModel::setFilterModel(MemberFilterModel *filter)
{
    m_filter = filter;
    setSourceModel(filter);
}

void MembersTableModel::setRoleEditable(bool editable)
{
    if (m_roleEditable == editable)
        return;
    m_roleEditable = editable;
    if (rowCount() > 0)
        emit dataChanged(index(0, MembersModel::Role), index(rowCount() - 1, MembersModel::Role));
}

void MembersTableModel::setPendingRole(const QString &userId, domain::Role role)
{
    m_pendingRoles.insert(userId, role);
    emitRowChanged(userId);
}

void MembersTableModel::clearPendingRole(const QString &userId)
{
    if (m_pendingRoles.remove(userId))
        emitRowChanged(userId);
}

void MembersTableModel::emitRowChanged(const QString &userId)
{
    if (!m_filter || !m_filter->membersModel())
        return;
    const int sourceRow = m_filter->membersModel()->rowOf(userId);
    if (sourceRow < 0)
        return;
    const QModelIndex filtered = m_filter->mapFromSource(m_filter->membersModel()->index(sourceRow, 0));
    const QModelIndex first = mapFromSource(filtered);
    if (!first.isValid())
        return;
    emit dataChanged(first, first.siblingAtColumn(MembersModel::Role),
                     {Qt::DisplayRole, ItemRoles::IsPendingRole, ItemRoles::MemberRoleRole});
}

// A pending role is shown until the members model holds it: then the server has it, and
// what the model says from now on (another admin's later change, say) is the truth. Few
// changes are ever pending, so every one is checked whenever rows change.
void MembersTableModel::dropConfirmedRoles()
{
    if (m_pendingRoles.isEmpty() || !m_filter || !m_filter->membersModel())
        return;
    for (auto it = m_pendingRoles.begin(); it != m_pendingRoles.end();) {
        const domain::Member *member = m_filter->membersModel()->find(it.key());
        if (!member || member->role == it.value())
            it = m_pendingRoles.erase(it);
        else
            ++it;
    }
}

Qt::ItemFlags MembersTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QIdentityProxyModel::flags(index);
    if (m_roleEditable && index.isValid() && index.column() == MembersModel::Role)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MembersTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case ItemRoles::MemberRoleRole:
    case ItemRoles::IsPendingRole:
        if (column == MembersModel::Role && !m_pendingRoles.isEmpty()) {
            const auto pending
                = m_pendingRoles.constFind(QIdentityProxyModel::data(index, ItemRoles::IdRole).toString());
            if (pending != m_pendingRoles.constEnd()) {
                if (role == ItemRoles::IsPendingRole)
                    return true;
                return role == Qt::DisplayRole ? QVariant(DisplayText::roleName(*pending))
                                               : QVariant(static_cast<int>(*pending));
            }
        }
        break;
    case Qt::ToolTipRole:
        if (column == MembersModel::Role && m_roleEditable)
            return tr("%1 — press F2 or double-click to change the role")
                .arg(QIdentityProxyModel::data(index, Qt::DisplayRole).toString());
        if (column == MembersModel::Actions)
            return tr("Actions for %1").arg(QIdentityProxyModel::data(index, ItemRoles::NameRole).toString());
        break;
    case Qt::AccessibleTextRole:
        switch (column) {
        case MembersModel::Name:
            return tr("%1, %2", "member name, email")
                .arg(QIdentityProxyModel::data(index, ItemRoles::NameRole).toString(),
                     QIdentityProxyModel::data(index, ItemRoles::EmailRole).toString());
        case MembersModel::Actions:
            return tr("Actions for %1").arg(QIdentityProxyModel::data(index, ItemRoles::NameRole).toString());
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (QIdentityProxyModel::data(index, ItemRoles::IsStaleRole).toBool())
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant MembersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == MembersModel::Actions) {
        // The column of "⋯" buttons needs no caption; assistive technology still hears one.
        if (role == Qt::DisplayRole)
            return QString();
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return tr("Actions");
    }
    if (orientation == Qt::Horizontal && section == MembersModel::Name && role == Qt::DisplayRole)
        return tr("Member");
    return QIdentityProxyModel::headerData(section, orientation, role);
}
