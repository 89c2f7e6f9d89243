#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace domain {

// Small helpers the value types share to read and write their JSON shapes. Readers are
// strict about types: a wrong type reads as "absent", and the caller decides whether
// that is an error.
class JsonCodec
{
public:
    // RFC 3339 in UTC with whole seconds: 2026-11-28T18:49:07Z.
    static QString timestamp(const QDateTime &time);
    static QJsonValue timestampOrNull(const std::optional<QDateTime> &time);
    static std::optional<QDateTime> readTimestamp(const QJsonObject &object, QLatin1String key);

    static std::optional<QString> readString(const QJsonObject &object, QLatin1String key);
    static std::optional<qint64> readInteger(const QJsonObject &object, QLatin1String key);
    static std::optional<bool> readBool(const QJsonObject &object, QLatin1String key);
};

} // namespace domain
