#include "PaymentMethodsModel.h"

PaymentMethodsModel::PaymentMethodsModel(QObject *parent)
    : KeyedListModel<domain::PaymentMethod>(parent)
{ }

int PaymentMethodsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentMethodsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedListModel<domain::PaymentMethod>::headerData(section, orientation, role);
    switch (section) {
    case Brand:
        return tr("Card", "column: card brand");
    case Number:
        return tr("Number", "column: card number (last four digits)");
    case Expires:
        return tr("Expires", "column: card expiry");
    case Default:
        return tr("Default", "column: the default card");
    default:
        return QVariant();
    }
}

QString PaymentMethodsModel::brandText(const QString &brand)
{
    // Brand names are proper nouns: not translated.
    if (brand == QLatin1String("visa"))
        return QStringLiteral("Visa");
    if (brand == QLatin1String("mastercard"))
        return QStringLiteral("Mastercard");
    if (brand == QLatin1String("amex"))
        return QStringLiteral("American Express");
    if (brand == QLatin1String("discover"))
        return QStringLiteral("Discover");
    if (brand.isEmpty())
        return brand;
    return QString(brand.at(0).toUpper() + brand.mid(1));
}

QString PaymentMethodsModel::numberText(const QString &last4)
{
    return QString(QString(4, QChar(0x2022)) + QLatin1Char(' ') + last4);
}

QString PaymentMethodsModel::expiryText(int month, int year)
{
    return QStringLiteral("%1/%2").arg(month, 2, 10, QLatin1Char('0')).arg(year);
}

void PaymentMethodsModel::compare(const domain::PaymentMethod &before, const domain::PaymentMethod &after,
                                  Difference &difference) const
{
    if (before.brand != after.brand)
        difference.add(Brand, {Qt::DisplayRole, ItemRoles::BrandRole, ItemRoles::SortKeyRole});
    if (before.last4 != after.last4)
        difference.add(Number, {Qt::DisplayRole, ItemRoles::Last4Role, ItemRoles::SortKeyRole});
    if (before.expMonth != after.expMonth)
        difference.add(Expires, {Qt::DisplayRole, ItemRoles::ExpMonthRole, ItemRoles::SortKeyRole});
    if (before.expYear != after.expYear)
        difference.add(Expires, {Qt::DisplayRole, ItemRoles::ExpYearRole, ItemRoles::SortKeyRole});
    if (before.isDefault != after.isDefault)
        difference.add(Default, {Qt::DisplayRole, ItemRoles::IsDefaultRole, ItemRoles::SortKeyRole});
}

QVariant PaymentMethodsModel::itemData(const domain::PaymentMethod &card, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Brand:
            return brandText(card.brand);
        case Number:
            return numberText(card.last4);
        case Expires:
            return expiryText(card.expMonth, card.expYear);
        case Default:
            return card.isDefault ? tr("Default", "the default card") : QString();
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (column == Number)
            return tr("%1 ending in %2").arg(brandText(card.brand), card.last4);
        return QVariant();
    case ItemRoles::SortKeyRole:
        switch (column) {
        case Brand:
            return card.brand;
        case Number:
            return card.last4;
        case Expires:
            return card.expYear * 100 + card.expMonth;
        case Default:
            return card.isDefault;
        default:
            return QVariant();
        }
    case ItemRoles::BrandRole:
        return card.brand;
    case ItemRoles::Last4Role:
        return card.last4;
    case ItemRoles::ExpMonthRole:
        return card.expMonth;
    case ItemRoles::ExpYearRole:
        return card.expYear;
    case ItemRoles::IsDefaultRole:
        return card.isDefault;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> PaymentMethodsModel::itemRoleNames() const
{
    return {{ItemRoles::BrandRole, QByteArrayLiteral("brand")},
            {ItemRoles::Last4Role, QByteArrayLiteral("last4")},
            {ItemRoles::ExpMonthRole, QByteArrayLiteral("expMonth")},
            {ItemRoles::ExpYearRole, QByteArrayLiteral("expYear")},
            {ItemRoles::IsDefaultRole, QByteArrayLiteral("isDefault")},
            {ItemRoles::SortKeyRole, QByteArrayLiteral("sortKey")}};
}
