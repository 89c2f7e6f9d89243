#pragma once

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

#include <optional>

// How the cache's columns hold values that SQLite has no type for.
class SqlValue
{
public:
    // Times are INTEGER milliseconds since the epoch, UTC; an invalid time is NULL.
    static QVariant fromTime(const QDateTime &time);
    static QVariant fromTime(const std::optional<QDateTime> &time);
    static QDateTime toTime(const QVariant &value);
    static std::optional<QDateTime> toOptionalTime(const QVariant &value);

    // SQLite's primary result code of an error (SQLITE_CORRUPT, SQLITE_NOTADB, …), 0 if none.
    static int resultCode(const QSqlError &error);
    static bool isCorruption(const QSqlError &error);
};
