#pragma once

#include "domain/Role.h"

#include <QJsonArray>
#include <QString>

class Database;

struct ChangesPage
{
    qint64 version = 0; // the org's version when the page was read
    QJsonArray changes;
    bool more = false;
};

// Reads the changes feed, filtered to what the caller's role may view, and prunes
// tombstones past the retention window.
class ChangeFeed
{
public:
    explicit ChangeFeed(Database &db)
        : m_db(db)
    { }

    ChangesPage read(const QString &orgId, qint64 since, int limit, domain::Role role, const QString &callerId);
    // Drops tombstones older than `retentionSeconds`; a `since` below what was dropped then
    // answers 410 resync_required.
    void prune(qint64 now, qint64 retentionSeconds);

private:
    Database &m_db;
};
