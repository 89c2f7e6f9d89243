#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// The cache's files on disk: where they live, owner-only permissions, setting a broken file
// aside, and forgetting them all. Knows nothing of SQL.
class CacheFiles
{
public:
    static QString fileName(const QUrl &server, const QString &orgId, const QString &userId);

    // Creates the missing folders of `path` owner-only (0700) and the file itself 0600
    // before SQLite sees it; tightens an existing file (and its -wal/-shm) to 0600.
    static bool prepare(const QString &path, QString *error);

    // False for a non-empty file without SQLite's header: set it aside before SQLite opens it,
    // as SQLite would recover (and so rewrite) a -wal or -journal beside it.
    static bool looksLikeSqlite(const QString &path);

    // Renames `path` and its -wal/-shm/-journal to "<path>.broken-<yyyyMMddHHmmss>[.n]…", so
    // that SQLite can never replay a stale journal into the fresh file. Returns the new path,
    // or an empty string (and *error) when the file could not be moved.
    static QString setAside(const QString &path, QString *error);

    // The file, its -wal/-shm/-journal and every set-aside copy of it.
    static QStringList siblings(const QString &path);
    static bool removeAll(const QString &path);

    static const QStringList &journalSuffixes();
};
