#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// A transaction that rolls back unless committed (Trojitá's SqlTransactionAutoAborter), so
// every early return of a half-done write leaves the cache as it was.
class SqlTransaction
{
public:
    enum class Mode {
        // A reader's snapshot: every SELECT inside sees the same committed state.
        Deferred,
        // A writer takes the write lock up front. A deferred writer that has read first can
        // fail with SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out.
        Immediate,
    };

    SqlTransaction(const QSqlDatabase &db, Mode mode);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QSqlError lastError() const { return m_error; }

private:
    bool exec(const QString &statement);

    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_error;
};
