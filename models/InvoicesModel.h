#pragma once

#include "KeyedListModel.h"
#include "domain/Invoice.h"

// The org's invoices, newest first (by issuedAt, then number), kept in that order as rows
// arrive: new rows are inserted at their place, not appended.
class InvoicesModel : public KeyedListModel<domain::Invoice>
{
    Q_OBJECT
public:
    // Saved header state depends on these numbers: append only.
    enum Column { Number, Date, Period, Amount, Status, ColumnCount };
    Q_ENUM(Column)

    explicit InvoicesModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status); // "Paid", "Open", "Void" (translated)

protected:
    const QString &idOf(const domain::Invoice &invoice) const override { return invoice.id; }
    void compare(const domain::Invoice &before, const domain::Invoice &after, Difference &difference) const override;
    QVariant itemData(const domain::Invoice &invoice, int column, int role) const override;
    QHash<int, QByteArray> itemRoleNames() const override;
    bool isOrdered() const override { return true; }
    bool lessThan(const domain::Invoice &a, const domain::Invoice &b) const override;
};
