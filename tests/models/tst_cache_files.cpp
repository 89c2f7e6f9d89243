// OfflineCache on disk: owner-only modes, damaged and foreign files set aside and rebuilt,
// and "forget this computer" removing every file the cache ever made.
#include "cache/OfflineCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

const QString kDistinctive = QStringLiteral("Zebulon Quuxworth-Distinctive");

ChangeBatch pageOfMembers(int first, int count, qint64 version, bool reset = false)
{
    ChangeBatch b;
    b.reset = reset;
    b.toVersion = version;
    for (int i = first; i < first + count; ++i) {
        b.members.upserts.append(domain::Member {QStringLiteral("usr_%1").arg(i, 6, 10, QLatin1Char('0')),
                                                 QStringLiteral("Member number %1").arg(i),
                                                 QStringLiteral("member%1@example.test").arg(i), domain::Role::User,
                                                 QDateTime::fromMSecsSinceEpoch(1700000000000 + i, Qt::UTC)});
    }
    return b;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Whether a file holds `text` in either encoding the cache may store it in: UTF-16LE (the
// database's text encoding) or UTF-8 (the member sort key).
bool holds(const QString &path, const QString &text)
{
    const QByteArray bytes = readAll(path);
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes.contains(text.toUtf8()) || bytes.contains(utf16);
}

// The permission bits as the OS sees them (QFileInfo::permissions mixes in the user's).
int modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

// A real cache with enough members to span many pages, closed (so its WAL is checkpointed).
bool makeCache(const QString &path, int members)
{
    OfflineCache cache;
    if (cache.open(path) == OfflineCache::OpenResult::Failed)
        return false;
    ChangeBatch b = pageOfMembers(0, members, 7, true);
    b.members.upserts[members / 2].name = kDistinctive;
    return cache.apply(b);
}

} // namespace

class TestCacheFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ownerOnlyModes();
    void existingWideFileIsTightened();
    void damagedFileIsSetAside();
    void notSqliteIsSetAside();
    void damagedHeaderIsSetAside();
    void newerSchemaIsKeptAside();
    void foreignDatabaseIsSetAside();
    void setAsideNamesDoNotCollide();
    void unreadableFileFails();
    void textIsUtf16OnDisk();
    void removeFilesForgetsEverything();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCacheFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheFiles::ownerOnlyModes()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX modes only");
#endif
    const QString folder = m_dir->filePath(QStringLiteral("cache/orgs"));
    const QString path = folder + QLatin1String("/c.sqlite");
    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Created);
    QVERIFY(cache.apply(pageOfMembers(0, 200, 1, true)));
    // While open, WAL mode keeps the -wal and -shm next to the file: they hold the same data.
    QVERIFY(QFileInfo::exists(path + QLatin1String("-wal")));
    QVERIFY(QFileInfo::exists(path + QLatin1String("-shm")));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(path + QLatin1String("-wal")), 0600);
    QCOMPARE(modeOf(path + QLatin1String("-shm")), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("cache"))), 0700);
}

void TestCacheFiles::existingWideFileIsTightened()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX modes only");
#endif
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    QVERIFY(makeCache(path, 10));
    const QFile::Permissions wide = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(path, wide));
    QCOMPARE(modeOf(path), 0644);
    {
        OfflineCache cache;
        QCOMPARE(cache.open(path), OfflineCache::OpenResult::Opened);
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(cache.apply(pageOfMembers(10, 10, 8)));
        QCOMPARE(modeOf(path + QLatin1String("-wal")), 0600);
        QCOMPARE(cache.load().members.upserts.size(), 20);
    }
    // Again wide, now with a wide -shm beside it, as an older build might have left them.
    QVERIFY(QFile::setPermissions(path, wide));
    QVERIFY(writeAll(path + QLatin1String("-shm"), QByteArray()));
    QVERIFY(QFile::setPermissions(path + QLatin1String("-shm"), wide));
    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Opened);
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(path + QLatin1String("-shm")), 0600);
}

void TestCacheFiles::damagedFileIsSetAside()
{
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    QVERIFY(makeCache(path, 3000));
    QVERIFY(!QFileInfo::exists(path + QLatin1String("-wal")));

    // Garbage over whole pages in the middle of the file.
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 64 * 1024);
    const qsizetype middle = (bytes.size() / 2) / 4096 * 4096;
    for (qsizetype i = 0; i < 3 * 4096; ++i)
        bytes[middle + i] = char((i * 131 + 7) % 251);
    QVERIFY(writeAll(path, bytes));

    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Rebuilt);
    QVERIFY(!cache.lastError().isEmpty());
    const QString aside = cache.setAsidePath();
    QVERIFY(aside.startsWith(path + QLatin1String(".broken-")));
    QCOMPARE(QFileInfo(aside).fileName().size(), QFileInfo(path).fileName().size() + 8 + 14); // yyyyMMddHHmmss
    QCOMPARE(readAll(aside), bytes);

    // The new cache: empty, owner-only, usable, and still there on the next start.
    QCOMPARE(cache.version(), 0);
    QVERIFY(!cache.load().hasRowChanges());
    QVERIFY(cache.apply(pageOfMembers(0, 5, 1, true)));
    QCOMPARE(cache.load().members.upserts.size(), 5);
#ifdef Q_OS_UNIX
    QCOMPARE(modeOf(path), 0600);
#endif
    cache.close();
    OfflineCache again;
    QCOMPARE(again.open(path), OfflineCache::OpenResult::Opened);
    QCOMPARE(again.load().members.upserts.size(), 5);
    QVERIFY(again.setAsidePath().isEmpty());
}

void TestCacheFiles::notSqliteIsSetAside()
{
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    const QByteArray text
        = QByteArray("This is not a database, only some text that happens to sit here.\n").repeated(100);
    QVERIFY(writeAll(path, text));
    // Its journals go aside with it: replayed into the new file they would damage it.
    QVERIFY(writeAll(path + QLatin1String("-wal"), QByteArray("stale wal")));
    QVERIFY(writeAll(path + QLatin1String("-shm"), QByteArray("stale shm")));

    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Rebuilt);
    QCOMPARE(readAll(cache.setAsidePath()), text);
    QCOMPARE(readAll(cache.setAsidePath() + QLatin1String("-wal")), QByteArray("stale wal"));
    QCOMPARE(readAll(cache.setAsidePath() + QLatin1String("-shm")), QByteArray("stale shm"));
    QCOMPARE(cache.schemaVersion(), OfflineCache::latestSchemaVersion());
    QVERIFY(cache.apply(pageOfMembers(0, 3, 2, true)));
    QCOMPARE(cache.version(), 2);
}

void TestCacheFiles::damagedHeaderIsSetAside()
{
    // SQLite's magic, then garbage where the page size and the schema should be.
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    QVERIFY(makeCache(path, 500));
    QByteArray bytes = readAll(path);
    for (int i = 16; i < 4096; ++i)
        bytes[i] = char(0xA5 ^ i);
    QVERIFY(writeAll(path, bytes));
    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Rebuilt);
    QCOMPARE(readAll(cache.setAsidePath()), bytes);
    QVERIFY(cache.apply(pageOfMembers(0, 3, 2, true)));
    QCOMPARE(cache.load().members.upserts.size(), 3);
}

void TestCacheFiles::newerSchemaIsKeptAside()
{
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    QVERIFY(makeCache(path, 20));
    const int newer = OfflineCache::latestSchemaVersion() + 1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer-build"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer-build"));

    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Rebuilt);
    QVERIFY(cache.lastError().contains(QLatin1String("newer")));
    QCOMPARE(cache.version(), 0);
    QCOMPARE(cache.schemaVersion(), OfflineCache::latestSchemaVersion());
    const QString aside = cache.setAsidePath();
    QVERIFY(QFileInfo::exists(aside));

    // The newer build's file is intact where it went.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(aside);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), newer);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM members")) && q.next());
        QCOMPARE(q.value(0).toInt(), 20);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

void TestCacheFiles::foreignDatabaseIsSetAside()
{
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Rebuilt);
    QVERIFY(QFileInfo::exists(cache.setAsidePath()));
    QVERIFY(cache.apply(pageOfMembers(0, 1, 1, true)));
}

void TestCacheFiles::setAsideNamesDoNotCollide()
{
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    QStringList asides;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(writeAll(path, QByteArray("garbage ") + QByteArray::number(i) + QByteArray(4096, 'x')));
        OfflineCache cache;
        QCOMPARE(cache.open(path), OfflineCache::OpenResult::Rebuilt);
        asides << cache.setAsidePath();
    }
    // Within one second the names still differ, and each keeps its own bytes.
    QCOMPARE(QSet<QString>(asides.begin(), asides.end()).size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(readAll(asides.at(i)).startsWith(QByteArray(QByteArray("garbage ") + QByteArray::number(i))));
}

void TestCacheFiles::unreadableFileFails()
{
    // A folder where the file should be: nothing to set aside, nothing to open.
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    QVERIFY(QDir().mkdir(path));
    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Failed);
    QVERIFY(!cache.isOpen());
    QVERIFY(!cache.lastError().isEmpty());
    QVERIFY(QFileInfo(path).isDir());
}

void TestCacheFiles::textIsUtf16OnDisk()
{
    // Whoever scans a cache file for a string (a secret that must never be there) has to look
    // for its UTF-16LE bytes: a UTF-8 search would pass without finding anything.
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    QVERIFY(makeCache(path, 10));
    const QString name = kDistinctive; // mixed case: the sort key holds it lower-cased
    const QByteArray file = readAll(path);
    QVERIFY(!file.contains(name.toUtf8()));
    QVERIFY(file.contains(QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2)));
    QVERIFY(file.contains(name.toCaseFolded().toUtf8()));
}

void TestCacheFiles::removeFilesForgetsEverything()
{
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    {
        OfflineCache cache;
        QCOMPARE(cache.open(path), OfflineCache::OpenResult::Created);
        ChangeBatch b = pageOfMembers(0, 50, 1, true);
        b.members.upserts[7].name = kDistinctive;
        QVERIFY(cache.apply(b));
        // The search itself works: the name is on disk (file or WAL) while the cache is open.
        QVERIFY(holds(path, kDistinctive) || holds(path + QLatin1String("-wal"), kDistinctive));
    }
    QVERIFY(holds(path, kDistinctive));

    // What a crash and two rebuilds may leave beside it, and files that are not the cache's.
    const QStringList leftovers {path + QLatin1String("-wal"),
                                 path + QLatin1String("-shm"),
                                 path + QLatin1String("-journal"),
                                 path + QLatin1String(".broken-20250102030405"),
                                 path + QLatin1String(".broken-20250102030405-wal"),
                                 path + QLatin1String(".broken-20250102030405-shm"),
                                 path + QLatin1String(".broken-20250102030405.2")};
    for (const QString &file : leftovers)
        QVERIFY(writeAll(file, kDistinctive.toUtf8()));
    const QStringList others {m_dir->filePath(QStringLiteral("c.sqlite.bak")),
                              m_dir->filePath(QStringLiteral("d.sqlite")),
                              m_dir->filePath(QStringLiteral("d.sqlite.broken-20250102030405"))};
    for (const QString &file : others)
        QVERIFY(writeAll(file, QByteArray("keep")));

    QVERIFY(OfflineCache::removeFiles(path));
    QVERIFY(!QFileInfo::exists(path));
    for (const QString &file : leftovers)
        QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
    for (const QString &file : others)
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    // No file of the folder holds the name any more.
    const QStringList remaining = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : remaining)
        QVERIFY2(!holds(m_dir->filePath(name), kDistinctive), qPrintable(name));

    // Nothing there: nothing to do, and that is success.
    QVERIFY(OfflineCache::removeFiles(path));
}

QTEST_GUILESS_MAIN(TestCacheFiles)
#include "tst_cache_files.moc"
