#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

// One connection to the server's database, and what differs between the two backends:
// how to open it, its schema migrations, and how a write transaction serialises against
// other writers of the same org (SQLite: BEGIN IMMEDIATE; PostgreSQL: a row lock on the
// org). Everything else is shared SQL in the stores, which use `?` placeholders only.
class Database
{
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~Database();

    // "sqlite:PATH" or "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB". Throws DatabaseError.
    static std::unique_ptr<Database> open(const QString &url);

    virtual Kind kind() const = 0;
    QSqlDatabase &connection() { return m_db; }

    // Runs one statement with positional bindings; throws DatabaseError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &bindings = {});
    // Like exec, for statements run many times: prepared once per connection.
    QSqlQuery &execCached(const QString &sql, const QVariantList &bindings = {});

    // Starts a transaction that writes the org `orgId` (may be empty for writes that touch
    // no org). Returns after every other writer of that org has finished.
    virtual void beginWrite(const QString &orgId) = 0;
    // Starts a read-only transaction (a consistent snapshot where the backend offers it).
    virtual void beginRead() = 0;
    void commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // Whether the failure of the last statement was a lost race that a retry can win
    // (PostgreSQL serialization failure or deadlock, SQLite busy).
    virtual bool isRetryable(const QString &error) const = 0;

    // The SQL type name for binary data.
    virtual QString blobType() const = 0;

    // Creates or upgrades the schema.
    void migrate();
    int schemaVersion();

    // Runs a statement without preparing it (DDL, which PostgreSQL cannot prepare).
    void execRaw(const QString &sql);

protected:
    explicit Database(QSqlDatabase db);
    // Session settings to apply after every (re)connection.
    virtual void afterOpen() { }
    bool m_inTransaction = false;

private:
    // After a lost connection (PostgreSQL restarted, an idle connection cut), reconnects so
    // that the statement can run once more. False: not a lost connection, or no way back.
    bool reconnectAfter(const class QSqlError &error);
    QSqlDatabase m_db;
    bool m_reconnecting = false;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

// Rolls back unless commit() was called (Trojitá's SqlTransactionAutoAborter).
class WriteTransaction
{
public:
    WriteTransaction(Database &db, const QString &orgId)
        : m_db(db)
    {
        m_db.beginWrite(orgId);
    }
    ~WriteTransaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    void commit()
    {
        m_db.commit();
        m_done = true;
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

private:
    Database &m_db;
    bool m_done = false;
};

class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db)
        : m_db(db)
    {
        m_db.beginRead();
    }
    ~ReadTransaction() { m_db.rollback(); }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
};
