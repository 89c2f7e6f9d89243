#include "cache/SqlValue.h"

namespace {
// sqlite3.h's codes; Qt's driver reports them as the native error code.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;
} // namespace

QVariant SqlValue::fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QVariant SqlValue::fromTime(const std::optional<QDateTime> &time)
{
    return time ? fromTime(*time) : QVariant();
}

QDateTime SqlValue::toTime(const QVariant &value)
{
    // Qt::UTC keeps QDateTime in its short form: no time zone lookup, no allocation.
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

std::optional<QDateTime> SqlValue::toOptionalTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return toTime(value);
}

int SqlValue::resultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended result codes carry the primary code in their low byte.
    return ok ? (code & 0xff) : 0;
}

bool SqlValue::isCorruption(const QSqlError &error)
{
    const int code = resultCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADatabase;
}
