#include "domain/JsonCodec.h"

#include <cmath>

namespace domain {

QString JsonCodec::timestamp(const QDateTime &time)
{
    // On the feed's hot path (every member carries one), so formatted by hand: QDateTime's
    // ISO formatting costs about ten times as much. Days to civil date after Howard
    // Hinnant's days_from_civil inverse, valid for the whole proleptic Gregorian calendar.
    if (!time.isValid())
        return QString();
    const qint64 seconds = time.toSecsSinceEpoch();
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return time.toUTC().toString(Qt::ISODate);
    const int hour = int(rest / 3600), minute = int(rest / 60 % 60), second = int(rest % 60);
    char text[20];
    const auto two = [&text](int at, int value) {
        text[at] = char('0' + value / 10);
        text[at + 1] = char('0' + value % 10);
    };
    two(0, int(year / 100));
    two(2, int(year % 100));
    text[4] = '-';
    two(5, month);
    text[7] = '-';
    two(8, day);
    text[10] = 'T';
    two(11, hour);
    text[13] = ':';
    two(14, minute);
    text[16] = ':';
    two(17, second);
    text[19] = 'Z';
    return QString::fromLatin1(text, 20);
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
