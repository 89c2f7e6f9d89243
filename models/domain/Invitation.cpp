#include "domain/Invitation.h"

#include "domain/JsonCodec.h"

namespace domain {

QString Invitation::statusAt(const QDateTime &now) const
{
    return isExpiredAt(now) ? QStringLiteral("expired") : QStringLiteral("pending");
}

QJsonObject Invitation::toJson(const QDateTime &now) const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("role"), roleToString(role)},
        {QStringLiteral("invitedBy"), invitedBy.toJson()},
        {QStringLiteral("createdAt"), JsonCodec::timestamp(createdAt)},
        {QStringLiteral("expiresAt"), JsonCodec::timestamp(expiresAt)},
        {QStringLiteral("status"), statusAt(now)},
    };
}

std::optional<Invitation> Invitation::fromJson(const QJsonObject &object)
{
    const auto id = JsonCodec::readString(object, QLatin1String("id"));
    const auto email = JsonCodec::readString(object, QLatin1String("email"));
    const auto roleName = JsonCodec::readString(object, QLatin1String("role"));
    const auto invitedBy = PersonRef::fromJson(object.value(QLatin1String("invitedBy")).toObject());
    const auto createdAt = JsonCodec::readTimestamp(object, QLatin1String("createdAt"));
    const auto expiresAt = JsonCodec::readTimestamp(object, QLatin1String("expiresAt"));
    if (!id || !email || !roleName || !invitedBy || !createdAt || !expiresAt)
        return std::nullopt;
    const auto role = roleFromString(*roleName);
    if (!role)
        return std::nullopt;
    return Invitation {*id, *email, *role, *invitedBy, *createdAt, *expiresAt};
}

} // namespace domain
