#pragma once

#include "domain/Member.h"
#include "sync/ChangeBatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <functional>
#include <optional>

class CacheWriter;

// The last known state of one org as one user sees it, in one SQLite file per
// (server, org, user), so the app opens at once and works offline. The sync engine writes
// into it a page per transaction; the GUI thread loads it at start through its own instance.
//
// Each instance is one named QSqlDatabase connection, used only on the thread that opened
// it. Two instances (two threads) may share a file: WAL lets a reader load while a writer
// applies, and a busy timeout lets writers queue instead of failing with "database is
// locked".
class OfflineCache
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCache)

public:
    enum class OpenResult { Opened, Created, Rebuilt, Failed };

    explicit OfflineCache(QString connectionName = {}); // a unique name is generated if empty
    ~OfflineCache(); // closes and removes the connection
    OfflineCache(const OfflineCache &) = delete;
    OfflineCache &operator=(const OfflineCache &) = delete;

    // <hex SHA-256 of "server|orgId|userId">.sqlite, the server URL normalized by
    // domain::normalizedServerUrl: the file's name alone, for a cache under another folder.
    static QString fileName(const QUrl &server, const QString &orgId, const QString &userId);
    // <CacheLocation>/orgs/<fileName()>.
    static QString defaultPath(const QUrl &server, const QString &orgId, const QString &userId);

    // Opens (creating or migrating) the cache at `path` (":memory:" allowed). The folders it
    // creates are 0700, the file 0600 (an existing file is tightened to 0600). A damaged file,
    // a file that is not SQLite, or one from a newer schema than this build knows, is renamed
    // to "<path>.broken-<yyyyMMddHHmmss>" (with its -wal/-shm) and a fresh cache is created:
    // Rebuilt, and setAsidePath() says where the old one went. Created: a new, empty cache;
    // Opened: an existing one (upgraded to this build's schema if older).
    // Text is stored as UTF-16LE: a byte search of the file for a string must look for
    // those bytes (only the member sort key is UTF-8, and case-folded).
    // Check::Skip leaves out the quick_check, for a second connection to a file another one
    // has just checked (the sync's, after the session opened the cache): a check reads the
    // whole file.
    enum class Check { Full, Skip };
    OpenResult open(const QString &path, Check check = Check::Full);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString setAsidePath() const { return m_setAsidePath; }
    // Why the last operation that failed did (or why open() rebuilt): a sentence a person can
    // read. Cleared by open().
    QString lastError() const { return m_lastError; }
    void close();
    // "Forget this computer": the file, its -wal/-shm/-journal and any .broken-* siblings.
    // Close every instance on the file first.
    static bool removeFiles(const QString &path);

    static int latestSchemaVersion();
    int schemaVersion() const;
    // Test seam for migration tests: open running the schema steps up to `version` only.
    OpenResult openAtSchemaVersion(const QString &path, int version);
    bool migrateTo(int version); // the same steps open() runs

    // Meta
    qint64 version() const; // the org version the cache holds; 0 = nothing yet
    bool isComplete() const; // a sync reached the end of the feed since the last reset
    QDateTime lastSyncedAt() const; // when the last sync completed; invalid if never
    bool setLastSyncedAt(const QDateTime &when);
    std::optional<domain::Member> member(const QString &userId) const;

    // Everything, as one batch: reset = true, toVersion = version(), more = false; logo holds
    // the bytes when a logo is cached. Members come in the order of memberSortKey().
    // Read from one snapshot, so a concurrent apply() shows entirely or not at all. If the
    // cache cannot be read: an empty batch at version 0 (and lastError()), so a sync starts
    // from scratch.
    ChangeBatch load() const;

    // One transaction: with batch.reset every row goes first; then the org (orgRemoved also
    // drops the logo), the logo (a null QByteArray removes it), the subscription, each kind
    // of row (upsert or remove by id); then version = toVersion, complete = !more. Returns
    // false and changes nothing on any error. A reset keeps lastSyncedAt.
    bool apply(const ChangeBatch &batch);
    bool clear(); // every row and all meta gone, version 0

    // The key load() orders members by: the name case-folded, '\n', the email, compared as
    // code points (the cache compares its UTF-8 bytes). QString's operator< agrees except
    // between U+E000–U+FFFF and characters beyond U+FFFF.
    static QString memberSortKey(const QString &name, const QString &email);

private:
    enum class Connect { Ok, Damaged, Newer, Failed };

    OpenResult openImpl(const QString &path, int targetVersion);
    Connect connectDatabase(int targetVersion, bool *hadSchema);
    void disconnectDatabase();
    void fail(const QString &message) const;
    void failSql(const QString &what, const QSqlError &error) const;
    Connect classify(const QSqlError &error, const QString &what);
    bool write(const QString &what, const std::function<bool(CacheWriter &)> &work);
    QVariant metaValue(const QString &column) const;

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    QString m_setAsidePath;
    mutable QString m_lastError;
    bool m_open = false;
    Check m_check = Check::Full;
    bool m_lockedAtOpen = false; // the last connect failed on a lock another connection held
};
