#include "cache/SqlTransaction.h"

#include "cache/CacheLogging.h"

#include <QSqlQuery>

SqlTransaction::SqlTransaction(const QSqlDatabase &db, Mode mode)
    : m_db(db)
{
    // QSqlDatabase::transaction() can only say BEGIN (deferred), hence the plain statements.
    m_active = exec(mode == Mode::Immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

SqlTransaction::~SqlTransaction()
{
    if (!m_active)
        return;
    // SQLite may already have rolled back on its own (SQLITE_FULL, SQLITE_IOERR): then this
    // ROLLBACK fails with "no transaction is active", which is the state we want anyway.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcCache) << "rollback:" << query.lastError().text();
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    if (!exec(QStringLiteral("COMMIT")))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

bool SqlTransaction::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = query.lastError();
    return false;
}
