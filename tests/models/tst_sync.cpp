// SyncEngine against the real orgdesk-server: first sync, deltas, tombstones, 410, own role
// change, a server killed mid-sync. Each applied batch goes into OrgModels, whose models are
// watched by QAbstractItemModelTester throughout.
#include "ApiKeysModel.h"
#include "InvitationsModel.h"
#include "InvoicesModel.h"
#include "MemberFilterModel.h"
#include "MembersModel.h"
#include "OrgModels.h"
#include "OrgProfileObject.h"
#include "PaymentMethodsModel.h"
#include "SubscriptionObject.h"
#include "cache/OfflineCache.h"
#include "sync/SyncEngine.h"

#include "ModelsTestSupport.h"
#include "support/ServerHarness.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kPassword = QStringLiteral("demo-password");

// Everything a test needs around one engine: models with testers, the batches seen.
struct Rig
{
    std::unique_ptr<OrgModels> models = std::make_unique<OrgModels>();
    std::unique_ptr<MemberFilterModel> filter = std::make_unique<MemberFilterModel>();
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::unique_ptr<SyncEngine> engine;
    QList<ChangeBatch> batches;
    QList<SyncOutcome> outcomes;

    void attachTesters()
    {
        // The filter shows the second page of a search, so that batches move rows in and out.
        filter->setSourceModel(models->members());
        filter->setPageSize(20);
        filter->setFilterText(QStringLiteral("a"));
        filter->setCurrentPage(1);
        const QList<QAbstractItemModel *> all {models->members(),  models->invitations(),    models->apiKeys(),
                                               models->invoices(), models->paymentMethods(), filter.get()};
        for (QAbstractItemModel *model : all) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
    }

    void start(const SyncTarget &target)
    {
        attachTesters();
        engine = std::make_unique<SyncEngine>(target);
        engine->setInterval(3600 * 1000); // only when asked, so each test controls the runs
        engine->setBackoff(200, 800);
        QObject::connect(engine.get(), &SyncEngine::batchApplied, models.get(), [this](const ChangeBatch &batch) {
            batches.append(batch);
            models->apply(batch);
        });
        QObject::connect(engine.get(), &SyncEngine::syncFinished, models.get(),
                         [this](const SyncOutcome &outcome) { outcomes.append(outcome); });
        engine->start();
    }

    // Waits for the next finished run and returns it.
    SyncOutcome waitForRun(int timeoutMs = 30000)
    {
        const int before = outcomes.size();
        QDeadlineTimer deadline(timeoutMs);
        while (outcomes.size() == before && !deadline.hasExpired())
            QTest::qWait(10);
        return outcomes.size() > before ? outcomes.last() : SyncOutcome {SyncOutcome::Kind::Failed, false, 0, {}};
    }
};

QJsonObject getObject(HttpClient &client, const QString &path)
{
    return client.get(path).object();
}

qint64 memberTotal(HttpClient &client, const QString &org)
{
    return getObject(client, QStringLiteral("/orgs/%1/members?perPage=1").arg(org))
        .value(QLatin1String("total"))
        .toInteger(-1);
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    DemoIds m_ids;
    QTemporaryDir m_dir;
    QString m_adaId;

    SyncTarget target(const QString &token, const QString &userId, int pageLimit = 100) const
    {
        SyncTarget t;
        t.server = m_server->baseUrl();
        t.token = token;
        t.orgId = m_ids.acme;
        t.userId = userId;
        t.cachePath = m_dir.filePath(
            QStringLiteral("cache-%1.sqlite").arg(QString::number(QRandomGenerator::global()->generate())));
        t.pageLimit = pageLimit;
        return t;
    }

    QString userIdOf(const QString &token)
    {
        HttpClient c(m_server->baseUrl());
        c.setToken(token);
        return c.get(QStringLiteral("/me"))
            .object()
            .value(QLatin1String("user"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }

    bool startServer(int members = 300, const QStringList &extra = {})
    {
        ServerOptions options;
        options.members = members;
        options.extraArgs = extra;
        if (!m_server->start(options))
            return false;
        m_ids = demoIds(m_server->baseUrl());
        m_adaId = userIdOf(m_ids.adaToken);
        return !m_ids.acme.isEmpty() && !m_adaId.isEmpty();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() { m_server = std::make_unique<ServerProcess>(); }

    void firstSyncFillsCacheAndModels()
    {
        QVERIFY2(startServer(), qPrintable(m_server->lastError()));
        Rig rig;
        const SyncTarget t = target(m_ids.adaToken, m_adaId);
        QSignalSpy resets(rig.models->members(), &QAbstractItemModel::modelReset);
        rig.start(t);
        QSignalSpy progress(rig.engine.get(), &SyncEngine::progress);
        const SyncOutcome outcome = rig.waitForRun();
        QCOMPARE(int(outcome.kind), int(SyncOutcome::Kind::Synced));
        QVERIFY(outcome.changed);
        QVERIFY(rig.engine->isOnline());
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().first().toInt(), 100);
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).first().toInt() >= progress.at(i - 1).first().toInt());

        HttpClient c(m_server->baseUrl());
        c.setToken(m_ids.adaToken);
        const qint64 total = memberTotal(c, m_ids.acme);
        QCOMPARE(qint64(rig.models->members()->rowCount()), total);
        QVERIFY(rig.filter->matchCount() > 20);
        QCOMPARE(rig.filter->rowCount(), 20);
        QVERIFY2(rig.batches.size() > 2, "300 members at 100 changes a page must take several pages");
        QVERIFY(rig.batches.first().reset);
        for (int i = 1; i < rig.batches.size(); ++i)
            QVERIFY2(!rig.batches.at(i).reset, "only the first page of a full sync resets");
        QCOMPARE(resets.size(), 1);
        QCOMPARE(rig.models->apiKeys()->rowCount(),
                 c.get(QStringLiteral("/orgs/%1/api-keys").arg(m_ids.acme)).array().size());
        QCOMPARE(rig.models->invitations()->rowCount(),
                 c.get(QStringLiteral("/orgs/%1/invitations").arg(m_ids.acme)).array().size());
        QCOMPARE(rig.models->paymentMethods()->rowCount(),
                 c.get(QStringLiteral("/orgs/%1/billing/payment-methods").arg(m_ids.acme)).array().size());
        QCOMPARE(qint64(rig.models->invoices()->rowCount()),
                 getObject(c, QStringLiteral("/orgs/%1/billing/invoices?perPage=1").arg(m_ids.acme))
                     .value(QLatin1String("total"))
                     .toInteger());
        QCOMPARE(rig.models->org()->name(), QStringLiteral("Acme Monitoring"));
        QCOMPARE(rig.models->subscription()->seats(), 25);

        const qint64 version
            = getObject(c, QStringLiteral("/orgs/%1").arg(m_ids.acme)).value(QLatin1String("version")).toInteger();
        rig.engine.reset();
        OfflineCache cache;
        QCOMPARE(int(cache.open(t.cachePath)), int(OfflineCache::OpenResult::Opened));
        QCOMPARE(cache.version(), version);
        QVERIFY(cache.isComplete());
        QVERIFY(cache.lastSyncedAt().isValid());
        const ChangeBatch loaded = cache.load();
        QCOMPARE(qint64(loaded.members.upserts.size()), total);
        QCOMPARE(loaded.apiKeys.upserts.size(), rig.models->apiKeys()->rowCount());
        QVERIFY(loaded.org && loaded.subscription);
    }

    void deltaSyncMergesRowsAndTombstones()
    {
        QVERIFY2(startServer(), qPrintable(m_server->lastError()));
        Rig rig;
        rig.start(target(m_ids.adaToken, m_adaId));
        QCOMPARE(int(rig.waitForRun().kind), int(SyncOutcome::Kind::Synced));
        MembersModel *members = rig.models->members();
        const int before = members->rowCount();

        // Changes made by someone else, on the server.
        HttpClient c(m_server->baseUrl());
        c.setToken(m_ids.adaToken);
        const QJsonArray page = getObject(c, QStringLiteral("/orgs/%1/members?perPage=3&sort=email").arg(m_ids.acme))
                                    .value(QLatin1String("items"))
                                    .toArray();
        QString promoted, removed;
        for (const QJsonValue &v : page) {
            const QString id = v.toObject().value(QLatin1String("userId")).toString();
            if (id == m_adaId)
                continue;
            if (promoted.isEmpty())
                promoted = id;
            else if (removed.isEmpty())
                removed = id;
        }
        QVERIFY(!promoted.isEmpty() && !removed.isEmpty());
        QCOMPARE(c.patch(QStringLiteral("/orgs/%1/members/%2").arg(m_ids.acme, promoted),
                         QJsonObject {{QStringLiteral("role"), QStringLiteral("observer")}})
                     .status,
                 200);
        QCOMPARE(c.del(QStringLiteral("/orgs/%1/members/%2").arg(m_ids.acme, removed)).status, 204);
        const HttpResponse key = c.post(QStringLiteral("/orgs/%1/api-keys").arg(m_ids.acme),
                                        QJsonObject {{QStringLiteral("name"), QStringLiteral("delta key")}});
        QCOMPARE(key.status, 201);

        QSignalSpy resets(members, &QAbstractItemModel::modelReset);
        QSignalSpy removedRows(members, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changedRows(members, &QAbstractItemModel::dataChanged);
        QSignalSpy insertedKeys(rig.models->apiKeys(), &QAbstractItemModel::rowsInserted);
        const int batchesBefore = rig.batches.size();
        rig.engine->syncNow();
        const SyncOutcome outcome = rig.waitForRun();
        QCOMPARE(int(outcome.kind), int(SyncOutcome::Kind::Synced));
        QVERIFY(outcome.changed);
        QCOMPARE(rig.batches.size(), batchesBefore + 1);
        QVERIFY(!rig.batches.last().reset);
        QCOMPARE(rig.batches.last().members.removed, QVector<QString> {removed});

        QCOMPARE(resets.size(), 0);
        QCOMPARE(removedRows.size(), 1);
        QVERIFY(changedRows.size() >= 1);
        QCOMPARE(insertedKeys.size(), 1);
        QCOMPARE(members->rowCount(), before - 1);
        QCOMPARE(members->rowOf(removed), -1);
        QVERIFY(members->find(promoted));
        QCOMPARE(members->find(promoted)->role, domain::Role::Observer);
        QVERIFY(rig.models->apiKeys()->rowOf(key.object().value(QLatin1String("id")).toString()) >= 0);

        // Nothing changed since: one 304, no page.
        rig.engine->syncNow();
        const SyncOutcome noop = rig.waitForRun();
        QCOMPARE(int(noop.kind), int(SyncOutcome::Kind::Synced));
        QVERIFY(!noop.changed);
        QCOMPARE(noop.pagesApplied, 0);
    }

    void prunedHistoryResyncsFromZero()
    {
        QVERIFY2(startServer(50, {QStringLiteral("--retention"), QStringLiteral("1")}),
                 qPrintable(m_server->lastError()));
        Rig rig;
        const SyncTarget t = target(m_ids.adaToken, m_adaId);
        rig.start(t);
        QCOMPARE(int(rig.waitForRun().kind), int(SyncOutcome::Kind::Synced));
        HttpClient c(m_server->baseUrl());
        c.setToken(m_ids.adaToken);
        const qint64 synced
            = getObject(c, QStringLiteral("/orgs/%1").arg(m_ids.acme)).value(QLatin1String("version")).toInteger();
        const QString firstKey = rig.models->apiKeys()->at(0).id;
        QCOMPARE(c.del(QStringLiteral("/orgs/%1/api-keys/%2").arg(m_ids.acme, firstKey)).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(c.get(QStringLiteral("/orgs/%1/changes?since=%2").arg(m_ids.acme).arg(synced)).status,
                                  410, 15000);

        QSignalSpy resets(rig.models->members(), &QAbstractItemModel::modelReset);
        const int batchesBefore = rig.batches.size();
        rig.engine->syncNow();
        QCOMPARE(int(rig.waitForRun().kind), int(SyncOutcome::Kind::Synced));
        QVERIFY(rig.batches.size() > batchesBefore);
        QVERIFY2(rig.batches.at(batchesBefore).reset, "a 410 must restart from version 0");
        QCOMPARE(resets.size(), 1);
        QCOMPARE(rig.models->apiKeys()->rowOf(firstKey), -1);
        QCOMPARE(qint64(rig.models->members()->rowCount()), memberTotal(c, m_ids.acme));
    }

    void demotedAdminLosesWhatUsersMayNotSee()
    {
        QVERIFY2(startServer(), qPrintable(m_server->lastError()));
        Rig rig;
        const SyncTarget t = target(m_ids.adaToken, m_adaId);
        rig.start(t);
        QCOMPARE(int(rig.waitForRun().kind), int(SyncOutcome::Kind::Synced));
        QVERIFY(rig.models->apiKeys()->rowCount() > 0);
        QVERIFY(rig.models->invitations()->rowCount() > 0);
        QVERIFY(rig.models->invoices()->rowCount() > 0);
        QVERIFY(rig.models->paymentMethods()->rowCount() > 0);
        QVERIFY(rig.models->subscription()->isAvailable());

        // Max becomes admin and demotes Ada to user.
        HttpClient c(m_server->baseUrl());
        c.setToken(m_ids.adaToken);
        const QString maxToken = login(m_server->baseUrl(), QStringLiteral("max@acme.test"));
        const QString maxId = userIdOf(maxToken);
        QCOMPARE(c.patch(QStringLiteral("/orgs/%1/members/%2").arg(m_ids.acme, maxId),
                         QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
                 200);
        HttpClient asMax(m_server->baseUrl());
        asMax.setToken(maxToken);
        QCOMPARE(asMax
                     .patch(QStringLiteral("/orgs/%1/members/%2").arg(m_ids.acme, m_adaId),
                            QJsonObject {{QStringLiteral("role"), QStringLiteral("user")}})
                     .status,
                 200);

        QSignalSpy roleChanged(rig.engine.get(), &SyncEngine::ownRoleChanged);
        const int batchesBefore = rig.batches.size();
        rig.engine->syncNow();
        QCOMPARE(int(rig.waitForRun().kind), int(SyncOutcome::Kind::Synced));
        QCOMPARE(roleChanged.size(), 1);
        QCOMPARE(roleChanged.first().first().value<domain::Role>(), domain::Role::User);
        bool restarted = false;
        for (int i = batchesBefore; i < rig.batches.size(); ++i)
            restarted = restarted || rig.batches.at(i).reset;
        QVERIFY2(restarted, "an own role change must restart from 0");

        QCOMPARE(rig.models->apiKeys()->rowCount(), 0);
        QCOMPARE(rig.models->invitations()->rowCount(), 0);
        QCOMPARE(rig.models->invoices()->rowCount(), 0);
        QCOMPARE(rig.models->paymentMethods()->rowCount(), 0);
        QVERIFY(!rig.models->subscription()->isAvailable());
        QVERIFY(rig.models->members()->rowCount() > 0); // users still see members
        QCOMPARE(rig.models->members()->find(m_adaId)->role, domain::Role::User);

        rig.engine.reset();
        OfflineCache cache;
        QVERIFY(cache.open(t.cachePath) != OfflineCache::OpenResult::Failed);
        const ChangeBatch loaded = cache.load();
        QVERIFY(loaded.apiKeys.upserts.isEmpty());
        QVERIFY(loaded.invitations.upserts.isEmpty());
        QVERIFY(loaded.invoices.upserts.isEmpty());
        QVERIFY(loaded.paymentMethods.upserts.isEmpty());
        QVERIFY(!loaded.subscription);
        QCOMPARE(cache.member(m_adaId)->role, domain::Role::User);
    }

    void serverKilledMidSyncLeavesWholePages()
    {
        // The server runs on a port and database of ours, so it can come back where it was.
        const quint16 port = freePort();
        const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("killed.db"));
        QVERIFY2(m_server->start(pinnedServer(db, port, true, 6000)), qPrintable(m_server->lastError()));
        QCOMPARE(m_server->baseUrl().port(), int(port));
        m_ids = demoIds(m_server->baseUrl());
        m_adaId = userIdOf(m_ids.adaToken);
        HttpClient c(m_server->baseUrl());
        c.setToken(m_ids.adaToken);
        const qint64 total = memberTotal(c, m_ids.acme);

        Rig rig;
        const SyncTarget t = target(m_ids.adaToken, m_adaId, 200);
        bool killed = false;
        QObject::connect(rig.models.get(), &OrgModels::changed, rig.models.get(), [&] {
            if (!killed && rig.batches.size() == 3) {
                killed = true;
                m_server->kill();
            }
        });
        rig.start(t);
        const SyncOutcome cut = rig.waitForRun();
        QVERIFY(killed);
        QCOMPARE(int(cut.kind), int(SyncOutcome::Kind::Offline));
        QTRY_VERIFY(!rig.engine->isOnline());
        QVERIFY(rig.batches.size() >= 3);
        QVERIFY(qint64(rig.models->members()->rowCount()) < total);

        // Exactly the pages reported applied are in the cache: none half-applied.
        {
            OfflineCache cache;
            QVERIFY(cache.open(t.cachePath) != OfflineCache::OpenResult::Failed);
            QCOMPARE(cache.version(), rig.batches.last().toVersion);
            QVERIFY(!cache.isComplete());
            qint64 applied = 0;
            for (const ChangeBatch &b : std::as_const(rig.batches))
                applied += b.members.upserts.size() - b.members.removed.size();
            QCOMPARE(qint64(cache.load().members.upserts.size()), applied);
        }

        // The server comes back where it was; the engine notices by itself and completes.
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(pinnedServer(db, port, false)), qPrintable(m_server->lastError()));
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()
               && !(rig.outcomes.last().kind == SyncOutcome::Kind::Synced
                    && qint64(rig.models->members()->rowCount()) == total))
            QTest::qWait(20);
        QCOMPARE(int(rig.outcomes.last().kind), int(SyncOutcome::Kind::Synced));
        QVERIFY(rig.engine->isOnline());
        QCOMPARE(qint64(rig.models->members()->rowCount()), total);
        rig.engine.reset();
        OfflineCache cache;
        QVERIFY(cache.open(t.cachePath) != OfflineCache::OpenResult::Failed);
        QVERIFY(cache.isComplete());
        QCOMPARE(qint64(cache.load().members.upserts.size()), total);
    }

    void syncsByItselfEveryInterval()
    {
        QVERIFY2(startServer(20), qPrintable(m_server->lastError()));
        Rig rig;
        rig.start(target(m_ids.adaToken, m_adaId));
        QCOMPARE(int(rig.waitForRun().kind), int(SyncOutcome::Kind::Synced));
        rig.engine->setInterval(200); // from the next scheduling on
        rig.engine->syncNow();
        QCOMPARE(int(rig.waitForRun().kind), int(SyncOutcome::Kind::Synced));

        HttpClient c(m_server->baseUrl());
        c.setToken(m_ids.adaToken);
        QCOMPARE(c.patch(QStringLiteral("/orgs/%1").arg(m_ids.acme),
                         QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Periodic")}})
                     .status,
                 200);
        // No syncNow: the interval brings it.
        QTRY_COMPARE_WITH_TIMEOUT(rig.models->org()->name(), QStringLiteral("Acme Periodic"), 5000);
    }

    void cancelStopsAfterAPage()
    {
        QVERIFY2(startServer(3000), qPrintable(m_server->lastError()));
        Rig rig;
        const SyncTarget t = target(m_ids.adaToken, m_adaId, 100);
        bool cancelled = false;
        QObject::connect(rig.models.get(), &OrgModels::changed, rig.models.get(), [&] {
            if (!cancelled && rig.batches.size() == 2) {
                cancelled = true;
                rig.engine->cancel();
            }
        });
        rig.start(t);
        const SyncOutcome outcome = rig.waitForRun();
        QCOMPARE(int(outcome.kind), int(SyncOutcome::Kind::Cancelled));
        const int applied = rig.batches.size();
        QVERIFY(applied < 30);
        QTest::qWait(300); // nothing more arrives after a cancel
        QCOMPARE(rig.batches.size(), applied);
        QVERIFY(rig.engine->isOnline());

        // The next run carries on from the last applied page.
        rig.engine->syncNow();
        QCOMPARE(int(rig.waitForRun().kind), int(SyncOutcome::Kind::Synced));
        QVERIFY(!rig.batches.at(applied).reset);
        QCOMPARE(rig.batches.at(applied).fromVersion, rig.batches.at(applied - 1).toVersion);
        HttpClient c(m_server->baseUrl());
        c.setToken(m_ids.adaToken);
        QCOMPARE(qint64(rig.models->members()->rowCount()), memberTotal(c, m_ids.acme));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
