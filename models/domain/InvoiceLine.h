#pragma once

#include <QTypeInfo>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace domain {

struct InvoiceLine
{
    QString description;
    qint64 quantity = 1;
    qint64 unitAmount = 0; // minor units
    qint64 amount = 0; // minor units

    QJsonObject toJson() const;
    static std::optional<InvoiceLine> fromJson(const QJsonObject &object);
};

} // namespace domain

// Only Qt value members (QString, QDateTime, QList, …): safe to move with memcpy, which
// is what QList does when it grows.
Q_DECLARE_TYPEINFO(domain::InvoiceLine, Q_RELOCATABLE_TYPE);
