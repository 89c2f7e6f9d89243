#include "domain/Member.h"

#include "domain/JsonCodec.h"

namespace domain {

QJsonObject Member::toJson() const
{
    return {
        {QStringLiteral("userId"), userId},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("role"), roleToString(role)},
        {QStringLiteral("joinedAt"), JsonCodec::timestamp(joinedAt)},
    };
}

std::optional<Member> Member::fromJson(const QJsonObject &object)
{
    const auto userId = JsonCodec::readString(object, QLatin1String("userId"));
    const auto name = JsonCodec::readString(object, QLatin1String("name"));
    const auto email = JsonCodec::readString(object, QLatin1String("email"));
    const auto roleName = JsonCodec::readString(object, QLatin1String("role"));
    const auto joinedAt = JsonCodec::readTimestamp(object, QLatin1String("joinedAt"));
    if (!userId || !name || !email || !roleName || !joinedAt)
        return std::nullopt;
    const auto role = roleFromString(*roleName);
    if (!role)
        return std::nullopt;
    return Member {*userId, *name, *email, *role, *joinedAt};
}

} // namespace domain
