#include "Database.h"

#include "ApiError.h"
#include "PostgresDatabase.h"
#include "Schema.h"
#include "SqliteDatabase.h"

#include <QHash>
#include <QSqlError>
#include <QSqlRecord>

struct Database::Cache
{
    QHash<QString, QSqlQuery> queries;
};

Database::Database(QSqlDatabase db)
    : m_db(std::move(db))
    , m_cache(std::make_unique<Cache>())
{ }

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_cache.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Database> Database::open(const QString &url)
{
    if (url.startsWith(QLatin1String("sqlite:")))
        return SqliteDatabase::open(url.mid(7));
    if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://")))
        return PostgresDatabase::open(url);
    throw DatabaseError(
        QStringLiteral("Unknown database URL \"%1\": use sqlite:PATH or postgresql://USER@HOST:PORT/DB.").arg(url));
}

static void bindAll(QSqlQuery &query, const QVariantList &bindings)
{
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings.at(i));
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw DatabaseError(query.lastError().text() + QStringLiteral(" in: ") + sql);
    bindAll(query, bindings);
    if (!query.exec())
        throw DatabaseError(query.lastError().text() + QStringLiteral(" in: ") + sql);
    return query;
}

QSqlQuery &Database::execCached(const QString &sql, const QVariantList &bindings)
{
    auto it = m_cache->queries.find(sql);
    if (it == m_cache->queries.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw DatabaseError(query.lastError().text() + QStringLiteral(" in: ") + sql);
        it = m_cache->queries.insert(sql, query);
    }
    QSqlQuery &query = it.value();
    query.finish();
    bindAll(query, bindings);
    if (!query.exec())
        throw DatabaseError(query.lastError().text() + QStringLiteral(" in: ") + sql);
    return query;
}

void Database::execRaw(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw DatabaseError(query.lastError().text() + QStringLiteral(" in: ") + sql);
}

void Database::commit()
{
    // Finished statements must not hold read locks past the transaction.
    for (QSqlQuery &query : m_cache->queries)
        query.finish();
    execRaw(QStringLiteral("COMMIT"));
    m_inTransaction = false;
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    for (QSqlQuery &query : m_cache->queries)
        query.finish();
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

int Database::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

void Database::migrate()
{
    const QList<QStringList> steps = Schema::migrations();
    beginWrite(QString());
    try {
        // Two instances starting together on one PostgreSQL database take turns.
        if (kind() == Kind::Postgres)
            execRaw(QStringLiteral("SELECT pg_advisory_xact_lock(7461206)"));
        execRaw(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        QSqlQuery current = exec(QStringLiteral("SELECT version FROM schema_version"));
        int version = 0;
        const bool hasRow = current.next();
        if (hasRow)
            version = current.value(0).toInt();
        current.finish();
        if (version > steps.size())
            throw DatabaseError(QStringLiteral("The database has schema version %1, newer than this server knows (%2).")
                                    .arg(version)
                                    .arg(steps.size()));
        for (int step = version; step < steps.size(); ++step) {
            for (QString statement : steps.at(step)) {
                statement.replace(QLatin1String("%BLOB%"), blobType());
                execRaw(statement);
            }
        }
        if (!hasRow)
            exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {int(steps.size())});
        else
            exec(QStringLiteral("UPDATE schema_version SET version = ?"), {int(steps.size())});
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}
