#include "Database.h"

#include "ApiError.h"
#include "PostgresDatabase.h"
#include "Schema.h"
#include "SqliteDatabase.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcDatabase, "orgdesk.server.db")

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

bool Database::reconnectAfter(const QSqlError &error)
{
    // Only outside a transaction: inside one, the work so far is lost and must fail.
    if (m_inTransaction || m_reconnecting)
        return false;
    const QString text = error.text();
    const bool lost = error.type() == QSqlError::ConnectionError
        || text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection"))
        || text.contains(QLatin1String("connection not open"));
    if (!lost)
        return false;
    qCWarning(lcDatabase) << "the database connection was lost; reconnecting:" << text;
    m_cache->queries.clear();
    m_db.close();
    if (!m_db.open()) {
        qCWarning(lcDatabase) << "reconnecting failed:" << m_db.lastError().text();
        return false;
    }
    m_reconnecting = true;
    try {
        afterOpen();
    } catch (...) {
        m_reconnecting = false;
        throw;
    }
    m_reconnecting = false;
    return true;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &bindings)
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        bool ok = query.prepare(sql);
        if (ok) {
            bindAll(query, bindings);
            ok = query.exec();
        }
        if (ok)
            return query;
        const QSqlError error = query.lastError();
        if (attempt > 0 || !reconnectAfter(error))
            throw DatabaseError(error.text() + QStringLiteral(" in: ") + sql);
    }
}

QSqlQuery &Database::execCached(const QString &sql, const QVariantList &bindings)
{
    for (int attempt = 0;; ++attempt) {
        auto it = m_cache->queries.find(sql);
        if (it == m_cache->queries.end()) {
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            if (!query.prepare(sql)) {
                const QSqlError error = query.lastError();
                if (attempt > 0 || !reconnectAfter(error))
                    throw DatabaseError(error.text() + QStringLiteral(" in: ") + sql);
                continue;
            }
            it = m_cache->queries.insert(sql, query);
        }
        QSqlQuery &query = it.value();
        query.finish();
        bindAll(query, bindings);
        if (query.exec())
            return query;
        const QSqlError error = query.lastError();
        if (attempt > 0 || !reconnectAfter(error))
            throw DatabaseError(error.text() + QStringLiteral(" in: ") + sql);
    }
}

void Database::execRaw(const QString &sql)
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return;
        const QSqlError error = query.lastError();
        if (attempt > 0 || !reconnectAfter(error))
            throw DatabaseError(error.text() + QStringLiteral(" in: ") + sql);
    }
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
