#include "PostgresDatabase.h"

#include "ApiError.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QUrl>

std::unique_ptr<Database> PostgresDatabase::open(const QString &urlText)
{
    const QUrl url(urlText);
    if (!url.isValid() || url.host().isEmpty())
        throw DatabaseError(QStringLiteral("Cannot read the PostgreSQL URL \"%1\".").arg(urlText));
    static QAtomicInt counter;
    const QString name = QStringLiteral("orgdesk-psql-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    QString dbName = url.path();
    if (dbName.startsWith(QLatin1Char('/')))
        dbName.remove(0, 1);
    db.setDatabaseName(dbName.isEmpty() ? url.userName() : dbName);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=orgdesk-server"));
    if (!db.open())
        throw DatabaseError(QStringLiteral("Cannot connect to PostgreSQL at %1:%2: %3")
                                .arg(url.host())
                                .arg(url.port(5432))
                                .arg(db.lastError().text()));
    std::unique_ptr<PostgresDatabase> database(new PostgresDatabase(db));
    database->afterOpen();
    return database;
}

void PostgresDatabase::beginWrite(const QString &orgId)
{
    execRaw(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"));
    m_inTransaction = true;
    if (!orgId.isEmpty())
        exec(QStringLiteral("SELECT id FROM orgs WHERE id = ? FOR UPDATE"), {orgId});
}

void PostgresDatabase::beginRead()
{
    execRaw(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    m_inTransaction = true;
}

bool PostgresDatabase::isRetryable(const QString &error) const
{
    return error.contains(QLatin1String("could not serialize")) || error.contains(QLatin1String("deadlock"))
        || error.contains(QLatin1String("40001")) || error.contains(QLatin1String("40P01"));
}

void PostgresDatabase::afterOpen()
{
    execRaw(QStringLiteral("SET client_min_messages TO WARNING"));
    execRaw(QStringLiteral("SET TIME ZONE 'UTC'"));
}
