#include "domain/Invoice.h"

#include "domain/JsonCodec.h"

#include <QJsonArray>

namespace domain {

bool Invoice::isValidStatus(const QString &status)
{
    return status == QLatin1String("paid") || status == QLatin1String("open") || status == QLatin1String("void");
}

QJsonObject Invoice::toJson() const
{
    QJsonArray lineArray;
    for (const InvoiceLine &line : lines)
        lineArray.append(line.toJson());
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), number},
        {QStringLiteral("issuedAt"), JsonCodec::timestamp(issuedAt)},
        {QStringLiteral("periodStart"), JsonCodec::timestamp(periodStart)},
        {QStringLiteral("periodEnd"), JsonCodec::timestamp(periodEnd)},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("status"), status},
        {QStringLiteral("lines"), lineArray},
    };
}

std::optional<Invoice> Invoice::fromJson(const QJsonObject &object)
{
    Invoice invoice;
    const auto id = JsonCodec::readString(object, QLatin1String("id"));
    const auto number = JsonCodec::readString(object, QLatin1String("number"));
    const auto issuedAt = JsonCodec::readTimestamp(object, QLatin1String("issuedAt"));
    const auto periodStart = JsonCodec::readTimestamp(object, QLatin1String("periodStart"));
    const auto periodEnd = JsonCodec::readTimestamp(object, QLatin1String("periodEnd"));
    const auto amount = JsonCodec::readInteger(object, QLatin1String("amount"));
    const auto currency = JsonCodec::readString(object, QLatin1String("currency"));
    const auto status = JsonCodec::readString(object, QLatin1String("status"));
    const QJsonValue lines = object.value(QLatin1String("lines"));
    if (!id || !number || !issuedAt || !periodStart || !periodEnd || !amount || !currency || !status || !lines.isArray()
        || !isValidStatus(*status))
        return std::nullopt;
    for (const QJsonValue &value : lines.toArray()) {
        const auto line = InvoiceLine::fromJson(value.toObject());
        if (!line)
            return std::nullopt;
        invoice.lines.append(*line);
    }
    invoice.id = *id;
    invoice.number = *number;
    invoice.issuedAt = *issuedAt;
    invoice.periodStart = *periodStart;
    invoice.periodEnd = *periodEnd;
    invoice.amount = *amount;
    invoice.currency = *currency;
    invoice.status = *status;
    return invoice;
}

} // namespace domain
