#include "InvoicesModel.h"

#include "DisplayText.h"

#include <QVariant>

namespace {

bool sameLines(const QList<domain::InvoiceLine> &a, const QList<domain::InvoiceLine> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const domain::InvoiceLine &x, const domain::InvoiceLine &y) {
                          return x.description == y.description && x.quantity == y.quantity
                              && x.unitAmount == y.unitAmount && x.amount == y.amount;
                      });
}

} // namespace

InvoicesModel::InvoicesModel(QObject *parent)
    : KeyedListModel<domain::Invoice>(parent)
{ }

int InvoicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedListModel<domain::Invoice>::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number", "column: invoice number");
    case Date:
        return tr("Date", "column: date the invoice was issued");
    case Period:
        return tr("Period", "column: billing period");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status", "column: paid, open or void");
    default:
        return QVariant();
    }
}

QString InvoicesModel::statusText(const QString &status)
{
    if (status == QLatin1String("paid"))
        return tr("Paid", "invoice status");
    if (status == QLatin1String("open"))
        return tr("Open", "invoice status");
    if (status == QLatin1String("void"))
        return tr("Void", "invoice status");
    return status;
}

bool InvoicesModel::lessThan(const domain::Invoice &a, const domain::Invoice &b) const
{
    // Newest first; the number, then the id, break ties so the order is total.
    if (a.issuedAt != b.issuedAt)
        return a.issuedAt > b.issuedAt;
    if (a.number != b.number)
        return a.number > b.number;
    return a.id > b.id;
}

void InvoicesModel::compare(const domain::Invoice &before, const domain::Invoice &after, Difference &difference) const
{
    if (before.number != after.number)
        difference.add(Number, {Qt::DisplayRole, ItemRoles::NumberRole, ItemRoles::SortKeyRole});
    if (before.issuedAt != after.issuedAt)
        difference.add(Date, {Qt::DisplayRole, Qt::ToolTipRole, ItemRoles::IssuedAtRole, ItemRoles::SortKeyRole});
    if (before.periodStart != after.periodStart)
        difference.add(Period, {Qt::DisplayRole, ItemRoles::PeriodStartRole, ItemRoles::SortKeyRole});
    if (before.periodEnd != after.periodEnd)
        difference.add(Period, {Qt::DisplayRole, ItemRoles::PeriodEndRole});
    if (before.amount != after.amount)
        difference.add(Amount, {Qt::DisplayRole, ItemRoles::AmountRole, ItemRoles::SortKeyRole});
    if (before.currency != after.currency)
        difference.add(Amount, {Qt::DisplayRole, ItemRoles::CurrencyRole});
    if (before.status != after.status)
        difference.add(Status, {Qt::DisplayRole, ItemRoles::StatusRole, ItemRoles::SortKeyRole});
    if (!sameLines(before.lines, after.lines))
        difference.add(Number, {ItemRoles::LinesRole});
}

QVariant InvoicesModel::itemData(const domain::Invoice &invoice, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Number:
            return invoice.number;
        case Date:
            return DisplayText::date(invoice.issuedAt);
        case Period:
            return QString(DisplayText::date(invoice.periodStart) + QStringLiteral(" \u2013 ")
                           + DisplayText::date(invoice.periodEnd));
        case Amount:
            return DisplayText::money(invoice.amount, invoice.currency);
        case Status:
            return statusText(invoice.status);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (column == Date)
            return DisplayText::longDateTime(invoice.issuedAt);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == Amount)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt(); // int: what Qt 6.4's delegates read
        return QVariant();
    case ItemRoles::SortKeyRole:
        switch (column) {
        case Number:
            return invoice.number;
        case Date:
            return invoice.issuedAt;
        case Period:
            return invoice.periodStart;
        case Amount:
            return invoice.amount;
        case Status:
            return invoice.status;
        default:
            return QVariant();
        }
    case ItemRoles::NumberRole:
        return invoice.number;
    case ItemRoles::IssuedAtRole:
        return invoice.issuedAt;
    case ItemRoles::PeriodStartRole:
        return invoice.periodStart;
    case ItemRoles::PeriodEndRole:
        return invoice.periodEnd;
    case ItemRoles::AmountRole:
        return invoice.amount;
    case ItemRoles::CurrencyRole:
        return invoice.currency;
    case ItemRoles::StatusRole:
        return invoice.status;
    case ItemRoles::LinesRole:
        return QVariant::fromValue(invoice.lines);
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> InvoicesModel::itemRoleNames() const
{
    return {{ItemRoles::NumberRole, QByteArrayLiteral("number")},
            {ItemRoles::IssuedAtRole, QByteArrayLiteral("issuedAt")},
            {ItemRoles::PeriodStartRole, QByteArrayLiteral("periodStart")},
            {ItemRoles::PeriodEndRole, QByteArrayLiteral("periodEnd")},
            {ItemRoles::AmountRole, QByteArrayLiteral("amount")},
            {ItemRoles::CurrencyRole, QByteArrayLiteral("currency")},
            {ItemRoles::StatusRole, QByteArrayLiteral("status")},
            {ItemRoles::LinesRole, QByteArrayLiteral("lines")},
            {ItemRoles::SortKeyRole, QByteArrayLiteral("sortKey")}};
}
