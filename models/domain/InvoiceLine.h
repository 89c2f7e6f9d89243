#pragma once

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
