#include "domain/PaymentMethod.h"

#include "domain/JsonCodec.h"

namespace domain {

QJsonObject PaymentMethod::toJson() const
{
    return {
        {QStringLiteral("id"), id},           {QStringLiteral("brand"), brand},
        {QStringLiteral("last4"), last4},     {QStringLiteral("expMonth"), expMonth},
        {QStringLiteral("expYear"), expYear}, {QStringLiteral("isDefault"), isDefault},
    };
}

std::optional<PaymentMethod> PaymentMethod::fromJson(const QJsonObject &object)
{
    const auto id = JsonCodec::readString(object, QLatin1String("id"));
    const auto brand = JsonCodec::readString(object, QLatin1String("brand"));
    const auto last4 = JsonCodec::readString(object, QLatin1String("last4"));
    const auto expMonth = JsonCodec::readInteger(object, QLatin1String("expMonth"));
    const auto expYear = JsonCodec::readInteger(object, QLatin1String("expYear"));
    const auto isDefault = JsonCodec::readBool(object, QLatin1String("isDefault"));
    if (!id || !brand || !last4 || !expMonth || !expYear || !isDefault)
        return std::nullopt;
    if (*expMonth < 1 || *expMonth > 12)
        return std::nullopt;
    return PaymentMethod {*id, *brand, *last4, static_cast<int>(*expMonth), static_cast<int>(*expYear), *isDefault};
}

} // namespace domain
