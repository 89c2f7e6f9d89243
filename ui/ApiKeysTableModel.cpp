#include "ApiKeysTableModel.h"

#include "ApiKeysModel.h"
#include "Icons.h"
#include "KeySecrets.h"
#include "MonospaceFont.h"
#include "Roles.h"

#include <QGuiApplication>
#include <QPalette>

ApiKeysTableModel::ApiKeysTableModel(ApiKeysModel *keys, KeySecrets *secrets, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_keys(keys)
    , m_secrets(secrets)
{
    static_assert(int(Copy) == int(ApiKeysModel::ColumnCount), "the extra columns follow the model's");
    setSourceModel(keys);
    connect(this, &QAbstractItemModel::dataChanged, this, &ApiKeysTableModel::dropConfirmed);
    connect(this, &QAbstractItemModel::modelReset, this, &ApiKeysTableModel::dropConfirmed);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ApiKeysTableModel::dropConfirmed);
    connect(m_secrets, &KeySecrets::changed, this, &ApiKeysTableModel::onSecretsChanged);
}

bool ApiKeysTableModel::isExtraColumn(int column) const
{
    return column >= int(ApiKeysModel::ColumnCount);
}

QString ApiKeysTableModel::keyIdAt(int row) const
{
    return m_keys->index(row, 0).data(ItemRoles::IdRole).toString();
}

int ApiKeysTableModel::rowOf(const QString &keyId) const
{
    return m_keys->rowOf(keyId);
}

void ApiKeysTableModel::setWritable(bool writable)
{
    if (m_writable == writable)
        return;
    m_writable = writable;
    if (rowCount() > 0)
        emit dataChanged(index(0, Enabled), index(rowCount() - 1, Enabled), {Qt::ToolTipRole});
}

void ApiKeysTableModel::setPendingEnabled(const QString &keyId, bool enabled)
{
    m_pendingEnabled.insert(keyId, enabled);
    emitRowChanged(
        keyId, Enabled, Enabled,
        {Qt::DisplayRole, Qt::ToolTipRole, Qt::CheckStateRole, ItemRoles::EnabledRole, ItemRoles::IsPendingRole});
}

void ApiKeysTableModel::clearPendingEnabled(const QString &keyId)
{
    if (m_pendingEnabled.remove(keyId)) {
        emitRowChanged(
            keyId, Enabled, Enabled,
            {Qt::DisplayRole, Qt::ToolTipRole, Qt::CheckStateRole, ItemRoles::EnabledRole, ItemRoles::IsPendingRole});
    }
}

void ApiKeysTableModel::emitRowChanged(const QString &keyId, int firstColumn, int lastColumn, const QList<int> &roles)
{
    const int row = rowOf(keyId);
    if (row >= 0)
        emit dataChanged(index(row, firstColumn), index(row, lastColumn), roles);
}

void ApiKeysTableModel::onSecretsChanged(const QString &keyId)
{
    const QList<int> roles {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleTextRole};
    if (!keyId.isEmpty())
        emitRowChanged(keyId, Copy, Copy, roles);
    else if (rowCount() > 0)
        emit dataChanged(index(0, Copy), index(rowCount() - 1, Copy), roles);
}

// A pending state is shown until the model holds it: then the server has it, and what the
// model says from now on is the truth.
void ApiKeysTableModel::dropConfirmed()
{
    if (m_pendingEnabled.isEmpty())
        return;
    for (auto it = m_pendingEnabled.begin(); it != m_pendingEnabled.end();) {
        const int row = m_keys->rowOf(it.key());
        if (row < 0 || m_keys->at(row).enabled == it.value())
            it = m_pendingEnabled.erase(it);
        else
            ++it;
    }
}

bool ApiKeysTableModel::canCopy(const QModelIndex &index) const
{
    return index.isValid() && m_secrets->holds(keyIdAt(index.row()));
}

QString ApiKeysTableModel::cannotCopyText()
{
    return tr("The secret cannot be copied: OrgDesk shows a key's secret only once, when the key is generated, "
              "and does not keep it. If it was lost, generate a new key and remove this one.");
}

int ApiKeysTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ApiKeysTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_keys->rowCount();
}

bool ApiKeysTableModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && m_keys->rowCount() > 0;
}

QModelIndex ApiKeysTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= ColumnCount)
        return {};
    if (isExtraColumn(column))
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex ApiKeysTableModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

QModelIndex ApiKeysTableModel::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

QModelIndex ApiKeysTableModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || isExtraColumn(proxyIndex.column()))
        return {};
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QModelIndex ApiKeysTableModel::buddy(const QModelIndex &index) const
{
    return index.isValid() && isExtraColumn(index.column()) ? index : QIdentityProxyModel::buddy(index);
}

QMap<int, QVariant> ApiKeysTableModel::itemData(const QModelIndex &index) const
{
    return index.isValid() && isExtraColumn(index.column()) ? QAbstractItemModel::itemData(index)
                                                            : QIdentityProxyModel::itemData(index);
}

Qt::ItemFlags ApiKeysTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isExtraColumn(index.column()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    Qt::ItemFlags flags = QIdentityProxyModel::flags(index);
    if (index.column() == Enabled && (!m_writable || hasPendingEnabled(keyIdAt(index.row()))))
        flags &= ~Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ApiKeysTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const int column = index.column();
    const QModelIndex first = m_keys->index(index.row(), 0);
    const QString name = first.data(ItemRoles::NameRole).toString();

    if (role == Qt::ForegroundRole && first.data(ItemRoles::IsStaleRole).toBool())
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);

    if (column == Copy || column == Actions) {
        switch (role) {
        case ItemRoles::IdRole:
        case ItemRoles::NameRole:
        case ItemRoles::IsStaleRole:
            return first.data(role);
        case Qt::DecorationRole:
            if (column == Copy && canCopy(index))
                return Icons::icon(QStringLiteral("copy"));
            return {};
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            if (column == Actions)
                return tr("Actions for “%1”", "API key name").arg(name);
            return canCopy(index) ? tr("Copy the secret of “%1” (Ctrl+C)", "API key name").arg(name) : cannotCopyText();
        default:
            return {};
        }
    }

    if (column == Enabled) {
        const auto pending = m_pendingEnabled.constFind(keyIdAt(index.row()));
        const bool isPending = pending != m_pendingEnabled.constEnd();
        const bool enabled = isPending ? *pending : first.data(ItemRoles::EnabledRole).toBool();
        switch (role) {
        case Qt::DisplayRole:
            if (isPending)
                return enabled ? tr("Enabling…", "API key state") : tr("Disabling…", "API key state");
            return enabled ? tr("Enabled", "API key state") : tr("Disabled", "API key state");
        case Qt::CheckStateRole:
            return static_cast<int>(enabled ? Qt::Checked : Qt::Unchecked);
        case ItemRoles::EnabledRole:
            return enabled;
        case ItemRoles::IsPendingRole:
            return isPending;
        case Qt::ToolTipRole:
            if (isPending)
                return tr("Waiting for the server…");
            if (!m_writable)
                return enabled ? tr("Enabled: the key works.") : tr("Disabled: the server refuses the key.");
            return enabled ? tr("Enabled: the key works. Click or press Space to disable it.")
                           : tr("Disabled: the server refuses the key. Click or press Space to enable it.");
        case Qt::AccessibleTextRole:
            return enabled ? tr("Enabled", "API key state") : tr("Disabled", "API key state");
        default:
            break;
        }
    } else if (column == Prefix) {
        switch (role) {
        case Qt::FontRole:
            return monospaceFont();
        case Qt::ToolTipRole:
            return tr("The secret starts with %1. The server keeps only a hash of the rest.")
                .arg(first.data(ItemRoles::PrefixRole).toString());
        default:
            break;
        }
    } else if (column == Name && role == Qt::ToolTipRole) {
        return name;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant ApiKeysTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && isExtraColumn(section)) {
        // Icon columns need no caption; assistive technology still hears one.
        switch (role) {
        case Qt::DisplayRole:
            return QString();
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return section == Copy ? tr("Copy secret") : tr("Actions");
        default:
            return {};
        }
    }
    if (orientation == Qt::Horizontal && section < int(ApiKeysModel::ColumnCount))
        return m_keys->headerData(section, orientation, role);
    return QIdentityProxyModel::headerData(section, orientation, role);
}
