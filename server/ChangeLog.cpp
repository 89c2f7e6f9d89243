#include "ChangeLog.h"

#include "ApiError.h"
#include "Clock.h"
#include "Database.h"

qint64 ChangeLog::upsert(const QString &orgId, domain::ChangeEntity entity, const QString &id)
{
    return touch(orgId, entity, id, false);
}

qint64 ChangeLog::remove(const QString &orgId, domain::ChangeEntity entity, const QString &id)
{
    return touch(orgId, entity, id, true);
}

qint64 ChangeLog::touch(const QString &orgId, domain::ChangeEntity entity, const QString &id, bool deleted)
{
    QSqlQuery &bump = m_db.execCached(
        QStringLiteral("UPDATE orgs SET version = version + 1 WHERE id = ? RETURNING version"), {orgId});
    if (!bump.next())
        throw DatabaseError(QStringLiteral("org %1 vanished inside its own write transaction").arg(orgId));
    const qint64 version = bump.value(0).toLongLong();
    bump.finish();
    m_db.execCached(QStringLiteral("INSERT INTO changes (org_id, entity, entity_id, version, deleted, changed_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?)"
                                   " ON CONFLICT (org_id, entity, entity_id) DO UPDATE SET"
                                   " version = excluded.version, deleted = excluded.deleted,"
                                   " changed_at = excluded.changed_at"),
                    {orgId, domain::changeEntityToString(entity), id, version, deleted ? 1 : 0, Clock::now()});
    return version;
}
