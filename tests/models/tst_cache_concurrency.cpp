// OfflineCache under failure and contention: a batch that fails half-way changes nothing,
// and two instances on one file (the sync's writer thread, the GUI's reader) never trip over
// "database is locked".
#include "cache/OfflineCache.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

namespace {

constexpr int kPerPage = 500;

domain::Member memberNo(int i, const QString &suffix = QString())
{
    return domain::Member {QStringLiteral("usr_%1").arg(i, 6, 10, QLatin1Char('0')),
                           QStringLiteral("Member %1%2").arg(i).arg(suffix), QStringLiteral("m%1@example.test").arg(i),
                           domain::Role::User, QDateTime::fromMSecsSinceEpoch(1700000000000 + i, Qt::UTC)};
}

ChangeBatch baseline()
{
    ChangeBatch b;
    b.reset = true;
    b.toVersion = 5;
    domain::OrgProfile org;
    org.id = QStringLiteral("org_1");
    org.name = QStringLiteral("Before");
    org.hasLogo = true;
    org.logoEtag = QStringLiteral("e1");
    org.createdAt = QDateTime::fromMSecsSinceEpoch(1600000000000, Qt::UTC);
    b.org = org;
    b.logo = QByteArray("logo before");
    domain::Subscription s;
    s.plan = QStringLiteral("pro");
    s.status = QStringLiteral("active");
    s.currentPeriodStart = org.createdAt;
    s.currentPeriodEnd = org.createdAt.addDays(30);
    b.subscription = s;
    for (int i = 0; i < 50; ++i)
        b.members.upserts.append(memberNo(i));
    b.paymentMethods.upserts = {
        domain::PaymentMethod {QStringLiteral("pm_1"), QStringLiteral("visa"), QStringLiteral("4242"), 1, 2030, true}};
    return b;
}

// The parts of a loaded cache a failed batch could have touched.
QStringList snapshot(const OfflineCache &cache)
{
    const ChangeBatch b = cache.load();
    QStringList out;
    out << QStringLiteral("version %1 complete %2").arg(cache.version()).arg(cache.isComplete());
    out << (b.org ? b.org->name + QLatin1Char('/') + b.org->logoEtag : QStringLiteral("no org"));
    out << (b.logo ? QString::fromLatin1(*b.logo) : QStringLiteral("no logo"));
    out << (b.subscription ? b.subscription->plan : QStringLiteral("no subscription"));
    for (const domain::Member &m : b.members.upserts)
        out << m.userId + QLatin1Char('|') + m.name;
    for (const domain::PaymentMethod &p : b.paymentMethods.upserts)
        out << p.id;
    return out;
}

// A batch that changes every part of the cache before it reaches a member the database
// refuses.
ChangeBatch failingBatch(bool reset)
{
    ChangeBatch b;
    b.reset = reset;
    b.toVersion = 6;
    b.org = baseline().org;
    b.org->name = QStringLiteral("After");
    b.logo = QByteArray(); // remove
    b.subscriptionRemoved = true;
    b.paymentMethods.removed = {QStringLiteral("pm_1")};
    for (int i = 0; i < 20; ++i)
        b.members.removed.append(memberNo(i).userId);
    for (int i = 100; i < 160; ++i)
        b.members.upserts.append(memberNo(i));
    b.members.upserts.insert(30,
                             domain::Member {QStringLiteral("poison"),
                                             QStringLiteral("Poison"),
                                             QStringLiteral("p@example.test"),
                                             domain::Role::User,
                                             {}});
    return b;
}

} // namespace

class TestCacheConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void failedBatchChangesNothing_data();
    void failedBatchChangesNothing();
    void diskFullChangesNothing();
    void writerAndReaderThreads();
    void twoInstancesCreateOneFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCacheConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheConcurrency::failedBatchChangesNothing_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("delta") << false;
    QTest::newRow("reset") << true;
}

void TestCacheConcurrency::failedBatchChangesNothing()
{
    QFETCH(bool, reset);
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Created);
    QVERIFY(cache.apply(baseline()));
    const QStringList before = snapshot(cache);
    QCOMPARE(before.size(), 4 + 50 + 1);

    // Another connection (another program, a bug) makes one row impossible to write.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON members WHEN NEW.user_id = 'poison' "
                                       "BEGIN SELECT RAISE(ABORT, 'this member is refused'); END")),
                 qPrintable(q.lastError().text()));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));

    QVERIFY(!cache.apply(failingBatch(reset)));
    QVERIFY2(cache.lastError().contains(QLatin1String("this member is refused")), qPrintable(cache.lastError()));
    QCOMPARE(snapshot(cache), before);
    QCOMPARE(cache.version(), 5);

    // The same batch without the refused row goes through whole.
    ChangeBatch fixed = failingBatch(reset);
    fixed.members.upserts.removeAt(30);
    QVERIFY2(cache.apply(fixed), qPrintable(cache.lastError()));
    const ChangeBatch after = cache.load();
    QCOMPARE(after.toVersion, 6);
    QCOMPARE(after.org->name, QStringLiteral("After"));
    QVERIFY(!after.logo);
    QVERIFY(!after.subscription);
    QCOMPARE(after.members.upserts.size(), reset ? 60 : 50 - 20 + 60);
}

void TestCacheConcurrency::diskFullChangesNothing()
{
    const QString connection = QStringLiteral("disk-full-cache");
    const QString path = m_dir->filePath(QStringLiteral("c.sqlite"));
    OfflineCache cache(connection);
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Created);
    QVERIFY(cache.apply(baseline()));
    const QStringList before = snapshot(cache);

    // The database may grow by only a few pages: as if the disk filled up mid-batch.
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 3)));
    }
    ChangeBatch big;
    big.reset = true; // a reset that fails must not leave the cache empty
    big.toVersion = 9;
    for (int i = 0; i < 5000; ++i)
        big.members.upserts.append(memberNo(i, QStringLiteral(" with a rather longer name to fill pages")));
    QVERIFY(!cache.apply(big));
    QVERIFY(!cache.lastError().isEmpty());
    QCOMPARE(snapshot(cache), before);

    // Space again: the cache works on.
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    }
    QVERIFY2(cache.apply(big), qPrintable(cache.lastError()));
    QCOMPARE(cache.load().members.upserts.size(), 5000);
    QCOMPARE(cache.version(), 9);
}

void TestCacheConcurrency::writerAndReaderThreads()
{
    const QString path = m_dir->filePath(QStringLiteral("shared.sqlite"));
    {
        OfflineCache create;
        QCOMPARE(create.open(path), OfflineCache::OpenResult::Created);
    }
    constexpr int kPages = 20;
    std::atomic<bool> writerDone {false};
    QMutex mutex;
    QStringList failures; // QtTest's macros are for the test thread: collect, check after
    int loads = 0;
    int loadsMidSync = 0;
    const auto fail = [&](const QString &what) {
        QMutexLocker lock(&mutex);
        failures << what;
    };

    // The sync engine: a page per transaction, each adding kPerPage members.
    std::unique_ptr<QThread> writer(QThread::create([&] {
        OfflineCache cache;
        if (cache.open(path) != OfflineCache::OpenResult::Opened)
            fail(QStringLiteral("writer open: ") + cache.lastError());
        for (int page = 0; page < kPages; ++page) {
            ChangeBatch b;
            b.reset = page == 0;
            b.toVersion = page + 1;
            b.more = page + 1 < kPages;
            for (int i = page * kPerPage; i < (page + 1) * kPerPage; ++i)
                b.members.upserts.append(memberNo(i));
            if (!cache.apply(b))
                fail(QStringLiteral("apply page %1: ").arg(page) + cache.lastError());
        }
        writerDone = true;
    }));

    // The GUI: loads while the writer writes. Each load is one snapshot: exactly the members
    // of the pages its version says were applied.
    std::unique_ptr<QThread> reader(QThread::create([&] {
        OfflineCache cache;
        if (cache.open(path) != OfflineCache::OpenResult::Opened)
            fail(QStringLiteral("reader open: ") + cache.lastError());
        bool last = false;
        while (!last) {
            last = writerDone;
            const ChangeBatch b = cache.load();
            if (!cache.lastError().isEmpty()) {
                fail(QStringLiteral("load: ") + cache.lastError());
                return;
            }
            if (b.members.upserts.size() != b.toVersion * kPerPage)
                fail(
                    QStringLiteral("load saw %1 members at version %2").arg(b.members.upserts.size()).arg(b.toVersion));
            if (b.more)
                fail(QStringLiteral("a load is never 'more'"));
            QMutexLocker lock(&mutex);
            ++loads;
            if (b.toVersion > 0 && b.toVersion < kPages)
                ++loadsMidSync;
            if (last && b.toVersion != kPages)
                failures << QStringLiteral("final load at version %1").arg(b.toVersion);
        }
    }));

    reader->start();
    writer->start();
    QVERIFY(writer->wait(120000));
    QVERIFY(reader->wait(120000));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(loads > 1);
    qInfo("%d loads, %d of them during the sync", loads, loadsMidSync);

    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Opened);
    QCOMPARE(cache.version(), kPages);
    QVERIFY(cache.isComplete());
}

void TestCacheConcurrency::twoInstancesCreateOneFile()
{
    // The app and its sync thread start at once on a file that does not exist yet: one
    // creates the schema, the other waits for it and finds it done.
    const QString path = m_dir->filePath(QStringLiteral("new/shared.sqlite"));
    std::atomic<int> created {0}, opened {0}, failed {0};
    std::atomic<bool> go {false};
    QStringList errors;
    QMutex mutex;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&] {
            while (!go)
                QThread::yieldCurrentThread();
            OfflineCache cache;
            switch (cache.open(path)) {
            case OfflineCache::OpenResult::Created:
                ++created;
                break;
            case OfflineCache::OpenResult::Opened:
                ++opened;
                break;
            default: {
                ++failed;
                QMutexLocker lock(&mutex);
                errors << cache.lastError();
                return;
            }
            }
            if (cache.schemaVersion() != OfflineCache::latestSchemaVersion()) {
                QMutexLocker lock(&mutex);
                errors << QStringLiteral("schema %1").arg(cache.schemaVersion());
            }
        }));
        threads.back()->start();
    }
    go = true;
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(failed.load(), 0);
    QCOMPARE(created.load() + opened.load(), 4);
    QVERIFY(created.load() >= 1);
}

QTEST_GUILESS_MAIN(TestCacheConcurrency)
#include "tst_cache_concurrency.moc"
