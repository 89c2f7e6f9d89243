#include "domain/JsonCodec.h"

#include <cmath>

namespace domain {

QString JsonCodec::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue JsonCodec::timestampOrNull(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(timestamp(*time)) : QJsonValue(QJsonValue::Null);
}

std::optional<QDateTime> JsonCodec::readTimestamp(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

std::optional<QString> JsonCodec::readString(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<qint64> JsonCodec::readInteger(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Only whole numbers that a double holds exactly.
    if (std::floor(number) != number || std::fabs(number) > 9007199254740991.0)
        return std::nullopt;
    return static_cast<qint64>(number);
}

std::optional<bool> JsonCodec::readBool(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

} // namespace domain
