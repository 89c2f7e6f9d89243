#pragma once

#include "domain/ChangeEntity.h"

#include <QString>

class Database;

// Writes the changes feed: every row a committed change touches gets its own new version
// of its org, and deletions leave tombstones. Must run inside the org's write transaction,
// which is what keeps versions in commit order.
class ChangeLog
{
public:
    explicit ChangeLog(Database &db)
        : m_db(db)
    { }

    qint64 upsert(const QString &orgId, domain::ChangeEntity entity, const QString &id);
    qint64 remove(const QString &orgId, domain::ChangeEntity entity, const QString &id);

private:
    qint64 touch(const QString &orgId, domain::ChangeEntity entity, const QString &id, bool deleted);
    Database &m_db;
};
