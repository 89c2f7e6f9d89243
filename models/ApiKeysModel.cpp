#include "ApiKeysModel.h"

#include "DisplayText.h"

ApiKeysModel::ApiKeysModel(QObject *parent)
    : KeyedListModel<domain::ApiKey>(parent)
{ }

int ApiKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedListModel<domain::ApiKey>::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name", "column: API key name");
    case Description:
        return tr("Description");
    case Enabled:
        return tr("Enabled", "column: whether the API key works");
    case Prefix:
        return tr("Prefix", "column: the first characters of the key's secret");
    case Created:
        return tr("Created");
    case CreatedBy:
        return tr("Created by");
    case LastUsed:
        return tr("Last used");
    default:
        return QVariant();
    }
}

Qt::ItemFlags ApiKeysModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = KeyedListModel<domain::ApiKey>::flags(index);
    if (index.isValid() && index.column() == Enabled)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

void ApiKeysModel::compare(const domain::ApiKey &before, const domain::ApiKey &after, Difference &difference) const
{
    if (before.name != after.name)
        difference.add(Name, {Qt::DisplayRole, ItemRoles::NameRole, ItemRoles::SortKeyRole});
    if (before.description != after.description)
        difference.add(Description, {Qt::DisplayRole, Qt::ToolTipRole, ItemRoles::DescriptionRole});
    if (before.enabled != after.enabled) {
        difference.add(Enabled, {Qt::DisplayRole, Qt::CheckStateRole, ItemRoles::EnabledRole, ItemRoles::SortKeyRole});
    }
    if (before.prefix != after.prefix)
        difference.add(Prefix, {Qt::DisplayRole, ItemRoles::PrefixRole, ItemRoles::SortKeyRole});
    if (before.createdAt != after.createdAt)
        difference.add(Created, {Qt::DisplayRole, Qt::ToolTipRole, ItemRoles::CreatedAtRole, ItemRoles::SortKeyRole});
    if (before.createdBy.userId != after.createdBy.userId)
        difference.add(CreatedBy, {ItemRoles::CreatedByIdRole});
    if (before.createdBy.name != after.createdBy.name)
        difference.add(CreatedBy, {Qt::DisplayRole, ItemRoles::CreatedByRole, ItemRoles::SortKeyRole});
    if (before.lastUsedAt != after.lastUsedAt) {
        difference.add(LastUsed, {Qt::DisplayRole, Qt::ToolTipRole, ItemRoles::LastUsedAtRole, ItemRoles::SortKeyRole});
    }
}

QVariant ApiKeysModel::itemData(const domain::ApiKey &key, int column, int role) const
{
    const QDateTime lastUsed = key.lastUsedAt.value_or(QDateTime());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return key.name;
        case Description:
            return key.description;
        case Enabled:
            return key.enabled ? tr("Enabled", "API key state") : tr("Disabled", "API key state");
        case Prefix:
            // The prefix is only the start of the secret: the ellipsis says so.
            return QString(key.prefix + QChar(0x2026));
        case Created:
            return DisplayText::date(key.createdAt);
        case CreatedBy:
            return key.createdBy.name;
        case LastUsed:
            return key.lastUsedAt ? DisplayText::dateTime(lastUsed) : tr("Never", "API key last used");
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Description:
            return key.description.isEmpty() ? QVariant() : QVariant(key.description);
        case Created:
            return DisplayText::longDateTime(key.createdAt);
        case LastUsed:
            return key.lastUsedAt ? QVariant(DisplayText::longDateTime(lastUsed)) : QVariant();
        default:
            return QVariant();
        }
    case Qt::CheckStateRole:
        if (column == Enabled)
            return static_cast<int>(key.enabled ? Qt::Checked : Qt::Unchecked);
        return QVariant();
    case ItemRoles::SortKeyRole:
        switch (column) {
        case Name:
            return key.name.toCaseFolded();
        case Description:
            return key.description.toCaseFolded();
        case Enabled:
            return key.enabled;
        case Prefix:
            return key.prefix;
        case Created:
            return key.createdAt;
        case CreatedBy:
            return key.createdBy.name.toCaseFolded();
        case LastUsed:
            return lastUsed;
        default:
            return QVariant();
        }
    case ItemRoles::NameRole:
        return key.name;
    case ItemRoles::DescriptionRole:
        return key.description;
    case ItemRoles::EnabledRole:
        return key.enabled;
    case ItemRoles::PrefixRole:
        return key.prefix;
    case ItemRoles::CreatedAtRole:
        return key.createdAt;
    case ItemRoles::CreatedByRole:
        return key.createdBy.name;
    case ItemRoles::CreatedByIdRole:
        return key.createdBy.userId;
    case ItemRoles::LastUsedAtRole:
        return lastUsed;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ApiKeysModel::itemRoleNames() const
{
    return {{ItemRoles::NameRole, QByteArrayLiteral("name")},
            {ItemRoles::DescriptionRole, QByteArrayLiteral("description")},
            {ItemRoles::EnabledRole, QByteArrayLiteral("enabled")},
            {ItemRoles::PrefixRole, QByteArrayLiteral("prefix")},
            {ItemRoles::CreatedAtRole, QByteArrayLiteral("createdAt")},
            {ItemRoles::CreatedByRole, QByteArrayLiteral("createdBy")},
            {ItemRoles::CreatedByIdRole, QByteArrayLiteral("createdById")},
            {ItemRoles::LastUsedAtRole, QByteArrayLiteral("lastUsedAt")},
            {ItemRoles::SortKeyRole, QByteArrayLiteral("sortKey")}};
}
