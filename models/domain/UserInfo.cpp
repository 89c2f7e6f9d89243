#include "domain/UserInfo.h"

#include "domain/JsonCodec.h"

namespace domain {

QJsonObject UserInfo::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("email"), email}};
}

std::optional<UserInfo> UserInfo::fromJson(const QJsonObject &object)
{
    const auto id = JsonCodec::readString(object, QLatin1String("id"));
    const auto name = JsonCodec::readString(object, QLatin1String("name"));
    const auto email = JsonCodec::readString(object, QLatin1String("email"));
    if (!id || !name || !email)
        return std::nullopt;
    return UserInfo {*id, *name, *email};
}

} // namespace domain
