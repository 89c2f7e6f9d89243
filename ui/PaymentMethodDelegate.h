#pragma once

#include <QDate>
#include <QStyledItemDelegate>

// A card in the Billing tab's list, on one line: the brand in words ("Visa"), "•••• 4242",
// "Expires 08/2028" (an expired card says "Expired 03/2024", in the error colour) and a
// "Default" badge on the default card. Reads the PaymentMethodsModel roles.
class PaymentMethodDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A card can be used through the last day of its expiry month.
    static bool isExpired(int month, int year, const QDate &today = QDate::currentDate());
    // "Expires 08/2028" or "Expired 03/2024".
    static QString expiryText(int month, int year, const QDate &today = QDate::currentDate());
    // The whole card in words, for screen readers and tooltips: "Visa •••• 4242, expires
    // 08/2028, default card".
    static QString describe(const QModelIndex &index);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
