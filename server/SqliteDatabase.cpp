#include "SqliteDatabase.h"

#include "ApiError.h"

#include <QAtomicInt>
#include <QSqlError>

std::unique_ptr<Database> SqliteDatabase::open(const QString &path)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("orgdesk-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    // Another process holding the write lock makes us wait, not fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        throw DatabaseError(QStringLiteral("Cannot open the SQLite database %1: %2").arg(path, db.lastError().text()));
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(db));
    database->execRaw(QStringLiteral("PRAGMA journal_mode = WAL"));
    database->execRaw(QStringLiteral("PRAGMA synchronous = NORMAL"));
    database->execRaw(QStringLiteral("PRAGMA foreign_keys = ON"));
    database->execRaw(QStringLiteral("PRAGMA cache_size = -65536"));
    return database;
}

void SqliteDatabase::beginWrite(const QString &)
{
    execRaw(QStringLiteral("BEGIN IMMEDIATE"));
    m_inTransaction = true;
}

void SqliteDatabase::beginRead()
{
    execRaw(QStringLiteral("BEGIN"));
    m_inTransaction = true;
}

bool SqliteDatabase::isRetryable(const QString &error) const
{
    return error.contains(QLatin1String("database is locked")) || error.contains(QLatin1String("busy"));
}
