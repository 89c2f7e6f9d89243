#include "domain/OrgProfile.h"

#include "domain/JsonCodec.h"

namespace domain {

QJsonObject OrgProfile::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("hasLogo"), hasLogo},
        {QStringLiteral("logoEtag"), hasLogo ? QJsonValue(logoEtag) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("createdAt"), JsonCodec::timestamp(createdAt)},
        {QStringLiteral("memberCount"), memberCount},
        {QStringLiteral("version"), version},
    };
}

std::optional<OrgProfile> OrgProfile::fromJson(const QJsonObject &object)
{
    OrgProfile org;
    const auto id = JsonCodec::readString(object, QLatin1String("id"));
    const auto name = JsonCodec::readString(object, QLatin1String("name"));
    const auto hasLogo = JsonCodec::readBool(object, QLatin1String("hasLogo"));
    const auto createdAt = JsonCodec::readTimestamp(object, QLatin1String("createdAt"));
    const auto memberCount = JsonCodec::readInteger(object, QLatin1String("memberCount"));
    const auto version = JsonCodec::readInteger(object, QLatin1String("version"));
    if (!id || !name || !hasLogo || !createdAt || !memberCount || !version)
        return std::nullopt;
    org.id = *id;
    org.name = *name;
    org.hasLogo = *hasLogo;
    org.logoEtag = JsonCodec::readString(object, QLatin1String("logoEtag")).value_or(QString());
    org.createdAt = *createdAt;
    org.memberCount = *memberCount;
    org.version = *version;
    return org;
}

} // namespace domain
