#include "domain/PersonRef.h"

#include "domain/JsonCodec.h"

namespace domain {

QJsonObject PersonRef::toJson() const
{
    return {{QStringLiteral("userId"), userId}, {QStringLiteral("name"), name}};
}

std::optional<PersonRef> PersonRef::fromJson(const QJsonObject &object)
{
    const auto userId = JsonCodec::readString(object, QLatin1String("userId"));
    const auto name = JsonCodec::readString(object, QLatin1String("name"));
    if (!userId || !name)
        return std::nullopt;
    return PersonRef {*userId, *name};
}

} // namespace domain
