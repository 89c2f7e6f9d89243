#include "domain/InvoiceLine.h"

#include "domain/JsonCodec.h"

namespace domain {

QJsonObject InvoiceLine::toJson() const
{
    return {
        {QStringLiteral("description"), description},
        {QStringLiteral("quantity"), quantity},
        {QStringLiteral("unitAmount"), unitAmount},
        {QStringLiteral("amount"), amount},
    };
}

std::optional<InvoiceLine> InvoiceLine::fromJson(const QJsonObject &object)
{
    const auto description = JsonCodec::readString(object, QLatin1String("description"));
    const auto quantity = JsonCodec::readInteger(object, QLatin1String("quantity"));
    const auto unitAmount = JsonCodec::readInteger(object, QLatin1String("unitAmount"));
    const auto amount = JsonCodec::readInteger(object, QLatin1String("amount"));
    if (!description || !quantity || !unitAmount || !amount)
        return std::nullopt;
    return InvoiceLine {*description, *quantity, *unitAmount, *amount};
}

} // namespace domain
