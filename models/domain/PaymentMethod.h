#pragma once

#include <QTypeInfo>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace domain {

// A card on file. Card numbers never reach this API: brand and last four digits only.
struct PaymentMethod
{
    QString id;
    QString brand; // "visa", "mastercard", "amex", …
    QString last4;
    int expMonth = 1;
    int expYear = 2030;
    bool isDefault = false;

    QJsonObject toJson() const;
    static std::optional<PaymentMethod> fromJson(const QJsonObject &object);
};

} // namespace domain

// Only Qt value members (QString, QDateTime, QList, …): safe to move with memcpy, which
// is what QList does when it grows.
Q_DECLARE_TYPEINFO(domain::PaymentMethod, Q_RELOCATABLE_TYPE);
