#include "cache/OfflineCache.h"

#include "cache/CacheFiles.h"
#include "cache/CacheLogging.h"
#include "cache/CacheReader.h"
#include "cache/CacheSchema.h"
#include "cache/CacheWriter.h"
#include "cache/SqlTransaction.h"
#include "cache/SqlValue.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace {

const QLatin1String kMemory(":memory:");

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("orgdesk-cache-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

OfflineCache::OfflineCache(QString connectionName)
    : m_connectionName(connectionName.isEmpty() ? uniqueConnectionName() : std::move(connectionName))
{ }

OfflineCache::~OfflineCache()
{
    close();
}

QString OfflineCache::defaultPath(const QUrl &server, const QString &orgId, const QString &userId)
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/orgs/")
        + fileName(server, orgId, userId);
}

QString OfflineCache::fileName(const QUrl &server, const QString &orgId, const QString &userId)
{
    return CacheFiles::fileName(server, orgId, userId);
}

QString OfflineCache::memberSortKey(const QString &name, const QString &email)
{
    return CacheWriter::memberSortKey(name, email);
}

int OfflineCache::latestSchemaVersion()
{
    return CacheSchema::latestVersion();
}

bool OfflineCache::removeFiles(const QString &path)
{
    return CacheFiles::removeAll(path);
}

OfflineCache::OpenResult OfflineCache::open(const QString &path, Check check)
{
    m_check = check;
    return openImpl(path, latestSchemaVersion());
}

OfflineCache::OpenResult OfflineCache::openAtSchemaVersion(const QString &path, int version)
{
    if (version < 0 || version > latestSchemaVersion()) {
        fail(tr("This build knows no offline cache schema version %1.").arg(version));
        return OpenResult::Failed;
    }
    return openImpl(path, version);
}

OfflineCache::OpenResult OfflineCache::openImpl(const QString &path, int targetVersion)
{
    close();
    m_path = path;
    m_setAsidePath.clear();
    m_lastError.clear();
    const bool memory = path == kMemory;
    QString error;
    if (!memory && !CacheFiles::prepare(path, &error)) {
        fail(error);
        return OpenResult::Failed;
    }
    bool hadSchema = false;
    Connect state = Connect::Damaged;
    if (memory || CacheFiles::looksLikeSqlite(path)) {
        state = connectDatabase(targetVersion, &hadSchema);
        // Two connections opening one new file at once: switching it to WAL and creating the
        // schema take locks for which SQLite may answer "locked" at once instead of waiting
        // for its busy timeout. The other one is done within milliseconds; try again.
        for (int attempt = 1; state == Connect::Failed && m_lockedAtOpen && attempt <= 20; ++attempt) {
            disconnectDatabase();
            QThread::msleep(10 * attempt);
            m_lastError.clear();
            state = connectDatabase(targetVersion, &hadSchema);
        }
    } else
        fail(tr("The offline cache file is not an SQLite database."));
    if (state == Connect::Ok) {
        m_open = true;
        return hadSchema ? OpenResult::Opened : OpenResult::Created;
    }
    disconnectDatabase();
    if (state == Connect::Failed || memory)
        return OpenResult::Failed;

    // Damaged or from a newer build: keep the old file (someone may want it back, or the
    // newer build may be reinstalled) and start again empty; the next sync refills it.
    const QString reason = m_lastError;
    m_setAsidePath = CacheFiles::setAside(path, &error);
    if (m_setAsidePath.isEmpty() || !CacheFiles::prepare(path, &error)) {
        fail(error);
        return OpenResult::Failed;
    }
    state = connectDatabase(targetVersion, &hadSchema);
    if (state != Connect::Ok) {
        disconnectDatabase();
        return OpenResult::Failed;
    }
    m_open = true;
    m_lastError = reason;
    return OpenResult::Rebuilt;
}

OfflineCache::Connect OfflineCache::classify(const QSqlError &error, const QString &what)
{
    failSql(what, error);
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes.
    const int code = error.nativeErrorCode().toInt();
    m_lockedAtOpen = (code & 0xff) == 5 || (code & 0xff) == 6;
    return SqlValue::isCorruption(error) ? Connect::Damaged : Connect::Failed;
}

OfflineCache::Connect OfflineCache::connectDatabase(int targetVersion, bool *hadSchema)
{
    m_lockedAtOpen = false;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    // Another instance (the sync's, on its thread) may hold the write lock for one page:
    // wait for it rather than fail with "database is locked".
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        return classify(m_db.lastError(), tr("Could not open the offline cache"));

    QSqlQuery query(m_db);
    // quick_check rather than integrity_check: it skips cross-checking every index entry
    // against its row (the slow part) and still finds damaged pages.
    if (m_check == Check::Full) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
            return classify(query.lastError(), tr("Could not check the offline cache"));
        const QString check = query.value(0).toString();
        if (check != QLatin1String("ok")) {
            fail(tr("The offline cache was damaged (%1).").arg(check));
            return Connect::Damaged;
        }
    }
    if (m_path != kMemory) {
        // WAL: a reader loads while the sync writes. With synchronous = NORMAL a commit does
        // not wait for the disk; a power cut may lose the last pages, which the next sync
        // fetches again.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
            return classify(query.lastError(), tr("Could not open the offline cache"));
        if (query.value(0).toString() != QLatin1String("wal"))
            qCWarning(lcCache) << "journal mode is" << query.value(0).toString() << "for" << m_path;
    }
    // Measured with 100k members in pages of 5000: a page dirties most pages of the member
    // b-trees, so SQLite's default 1000-page auto-checkpoint (a checkpoint, and an fsync,
    // after every page) made a full sync take about 60% longer. The page cache is 8 MiB: at
    // 32 MiB the full sync was no faster (the writer has its own thread now) and peak memory
    // was 20 MB higher. The WAL file is cut back to 32 MiB once checkpointed.
    const QStringList tuning {
        QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA cache_size = -8192"),
        QStringLiteral("PRAGMA wal_autocheckpoint = 8192"), QStringLiteral("PRAGMA journal_size_limit = 33554432")};
    for (const QString &pragma : tuning) {
        if (!query.exec(pragma))
            return classify(query.lastError(), tr("Could not open the offline cache"));
    }

    // The version and whether there are tables, from one snapshot: another instance may be
    // creating the schema right now (tables and version commit together).
    if (!query.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                                   "(SELECT count(*) FROM sqlite_master)"))
        || !query.next())
        return classify(query.lastError(), tr("Could not open the offline cache"));
    const int version = query.value(0).toInt();
    const qint64 objects = query.value(1).toLongLong();
    if (version > latestSchemaVersion()) {
        fail(tr("The offline cache was written by a newer version of OrgDesk (schema %1; this version knows %2).")
                 .arg(version)
                 .arg(latestSchemaVersion()));
        return Connect::Newer;
    }
    if (version == 0 && objects > 0) {
        // Tables but no schema version: some other program's database, not ours to add to.
        fail(tr("The offline cache file holds a database OrgDesk did not write."));
        return Connect::Damaged;
    }
    query.finish();
    *hadSchema = version > 0;
    QSqlError error;
    if (version < targetVersion && !CacheSchema::migrate(m_db, targetVersion, &error))
        return classify(error, tr("Could not upgrade the offline cache"));
    return Connect::Ok;
}

void OfflineCache::disconnectDatabase()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

void OfflineCache::close()
{
    disconnectDatabase();
    m_open = false;
}

void OfflineCache::fail(const QString &message) const
{
    m_lastError = message;
    qCWarning(lcCache).noquote() << m_path << message;
}

void OfflineCache::failSql(const QString &what, const QSqlError &error) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    //: %1 says what failed ("Could not save to the offline cache"), %2 is SQLite's reason ("disk I/O error")
    fail(tr("%1: %2.").arg(what, detail));
}

int OfflineCache::schemaVersion() const
{
    if (!m_open)
        return 0;
    QSqlError error;
    return CacheSchema::version(m_db, &error).value_or(0);
}

bool OfflineCache::migrateTo(int version)
{
    if (!m_open) {
        fail(tr("The offline cache is not open."));
        return false;
    }
    if (version > latestSchemaVersion()) {
        fail(tr("This build knows no offline cache schema version %1.").arg(version));
        return false;
    }
    QSqlError error;
    if (!CacheSchema::migrate(m_db, version, &error)) {
        failSql(tr("Could not upgrade the offline cache"), error);
        return false;
    }
    return true;
}

QVariant OfflineCache::metaValue(const QString &column) const
{
    if (!m_open)
        return {};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QString(QLatin1String("SELECT ") + column + QLatin1String(" FROM meta WHERE slot = 1")))
        || !query.next())
        return {};
    return query.value(0);
}

qint64 OfflineCache::version() const
{
    return metaValue(QStringLiteral("version")).toLongLong();
}

bool OfflineCache::isComplete() const
{
    return metaValue(QStringLiteral("complete")).toLongLong() != 0;
}

QDateTime OfflineCache::lastSyncedAt() const
{
    return SqlValue::toTime(metaValue(QStringLiteral("last_synced_at")));
}

bool OfflineCache::setLastSyncedAt(const QDateTime &when)
{
    return write(tr("Could not save to the offline cache"),
                 [&when](CacheWriter &writer) { return writer.writeLastSyncedAt(when); });
}

std::optional<domain::Member> OfflineCache::member(const QString &userId) const
{
    std::optional<domain::Member> member;
    if (!m_open)
        return member;
    CacheReader reader(m_db);
    if (!reader.readMember(userId, member))
        failSql(tr("Could not read the offline cache"), reader.lastError());
    return member;
}

ChangeBatch OfflineCache::load() const
{
    ChangeBatch batch;
    batch.reset = true;
    if (!m_open) {
        fail(tr("The offline cache is not open."));
        return batch;
    }
    // One snapshot for the meta and every table: an apply() committing meanwhile on another
    // connection shows entirely or not at all.
    SqlTransaction transaction(m_db, SqlTransaction::Mode::Deferred);
    if (!transaction.isActive()) {
        failSql(tr("Could not read the offline cache"), transaction.lastError());
        return batch;
    }
    CacheReader reader(m_db);
    if (!reader.readAll(batch)) {
        failSql(tr("Could not read the offline cache"), reader.lastError());
        // Read as empty, version 0: the next sync starts from scratch.
        ChangeBatch empty;
        empty.reset = true;
        return empty;
    }
    batch.toVersion = version();
    return batch;
}

bool OfflineCache::apply(const ChangeBatch &batch)
{
    return write(tr("Could not save to the offline cache"),
                 [&batch](CacheWriter &writer) { return writer.apply(batch); });
}

bool OfflineCache::clear()
{
    return write(tr("Could not clear the offline cache"),
                 [](CacheWriter &writer) { return writer.deleteAllRows() && writer.resetMeta(); });
}

bool OfflineCache::write(const QString &what, const std::function<bool(CacheWriter &)> &work)
{
    if (!m_open) {
        fail(tr("The offline cache is not open."));
        return false;
    }
    SqlTransaction transaction(m_db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        failSql(what, transaction.lastError());
        return false;
    }
    {
        // The writer's statements end before COMMIT.
        CacheWriter writer(m_db);
        if (!work(writer)) {
            failSql(what, writer.lastError());
            return false; // the transaction rolls back
        }
    }
    if (!transaction.commit()) {
        failSql(what, transaction.lastError());
        return false;
    }
    return true;
}
