#pragma once

#include "KeyedListModel.h"
#include "domain/PaymentMethod.h"

// The cards on file, in the server's order.
class PaymentMethodsModel : public KeyedListModel<domain::PaymentMethod>
{
    Q_OBJECT
public:
    // Saved header state depends on these numbers: append only.
    enum Column { Brand, Number, Expires, Default, ColumnCount };
    Q_ENUM(Column)

    explicit PaymentMethodsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString brandText(const QString &brand); // "visa" → "Visa", "amex" → "American Express"
    static QString numberText(const QString &last4); // "•••• 4242"
    static QString expiryText(int month, int year); // "04/2030"

protected:
    const QString &idOf(const domain::PaymentMethod &card) const override { return card.id; }
    void compare(const domain::PaymentMethod &before, const domain::PaymentMethod &after,
                 Difference &difference) const override;
    QVariant itemData(const domain::PaymentMethod &card, int column, int role) const override;
    QHash<int, QByteArray> itemRoleNames() const override;
};
