#include "domain/ApiKey.h"

#include "domain/JsonCodec.h"

namespace domain {

QJsonObject ApiKey::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("createdAt"), JsonCodec::timestamp(createdAt)},
        {QStringLiteral("createdBy"), createdBy.toJson()},
        {QStringLiteral("lastUsedAt"), JsonCodec::timestampOrNull(lastUsedAt)},
    };
}

std::optional<ApiKey> ApiKey::fromJson(const QJsonObject &object)
{
    const auto id = JsonCodec::readString(object, QLatin1String("id"));
    const auto name = JsonCodec::readString(object, QLatin1String("name"));
    const auto enabled = JsonCodec::readBool(object, QLatin1String("enabled"));
    const auto prefix = JsonCodec::readString(object, QLatin1String("prefix"));
    const auto createdAt = JsonCodec::readTimestamp(object, QLatin1String("createdAt"));
    const auto createdBy = PersonRef::fromJson(object.value(QLatin1String("createdBy")).toObject());
    if (!id || !name || !enabled || !prefix || !createdAt || !createdBy)
        return std::nullopt;
    ApiKey key;
    key.id = *id;
    key.name = *name;
    key.description = JsonCodec::readString(object, QLatin1String("description")).value_or(QString());
    key.enabled = *enabled;
    key.prefix = *prefix;
    key.createdAt = *createdAt;
    key.createdBy = *createdBy;
    key.lastUsedAt = JsonCodec::readTimestamp(object, QLatin1String("lastUsedAt"));
    return key;
}

} // namespace domain
