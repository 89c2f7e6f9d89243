// orgdesk-bench [--members N]   (default 100000)
//
// The client data layer's figures at N members. Starts its own orgdesk-server with
// --seed demo --members N on a temporary SQLite database, signs in as the demo admin and
// prints one JSON object per line ({"metric", "value", "unit"}):
//   raw_feed_s          the whole changes feed through a bare QNetworkAccessManager loop, no
//                       parsing (the floor any sync is measured against)
//   sync_full_s         a full sync into an empty cache, models included
//   sync_ratio          sync_full_s / raw_feed_s
//   max_stall_ms        the longest the GUI thread's event loop was blocked during that sync
//   max_batch_apply_ms  the longest one batch took to merge into the models (part of the stall)
//   sync_delta_noop_ms  a sync when nothing changed
//   sync_delta_100_ms   a sync after 100 members changed role
//   cache_load_ms       opening the cache of N members and filling the models (the start path)
//   filter_p95_ms       per keystroke on MemberFilterModel with a QTableView attached (not
//                       shown): a 12-character query typed one key at a time, then deleted
//   filter_max_ms       the slowest of those keystrokes
//   rss_mb              peak resident memory of this process
// These are figures, not pass/fail checks.
#include "MemberFilterModel.h"
#include "MembersModel.h"
#include "OrgModels.h"
#include "cache/OfflineCache.h"
#include "sync/SyncEngine.h"

#include "support/ServerHarness.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace {

void metric(const char *name, double value, const char *unit)
{
    std::printf("{\"metric\": \"%s\", \"value\": %.6g, \"unit\": \"%s\"}\n", name, value, unit);
    std::fflush(stdout);
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

// Measures how long the event loop of the calling thread goes without running a 2 ms timer.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_max = 0;
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    double maxMs() const { return double(m_max) / 1e6; }
    void stop() { m_timer.stop(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_max = 0;
};

// The whole feed, page by page, reading only what it takes to ask for the next page: the
// fields come out alphabetically, so the page's `more` and the last change's version sit
// at the end of the body.
double rawFeedSeconds(const QUrl &base, const QString &org, const QString &token)
{
    QNetworkAccessManager nam;
    QElapsedTimer clock;
    clock.start();
    qint64 since = 0;
    for (;;) {
        QUrl url = base;
        url.setPath(QStringLiteral("/api/v1/orgs/%1/changes").arg(org));
        url.setQuery(QStringLiteral("since=%1&limit=5000").arg(since));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setTransferTimeout(120000);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            qFatal("feed request failed: %s", qPrintable(reply->errorString()));
        const int moreAt = body.lastIndexOf("\"more\":");
        if (moreAt < 0 || body.mid(moreAt + 7, 4) != "true")
            break;
        const int versionAt = body.lastIndexOf("\"version\":", moreAt);
        since = body.mid(versionAt + 10, 20).split('}').first().toLongLong();
    }
    return double(clock.nsecsElapsed()) / 1e9;
}

struct SyncRun
{
    double ms = 0;
    double maxStallMs = 0;
    SyncOutcome outcome;
};

SyncRun runSync(SyncEngine &engine, bool start)
{
    StallProbe probe;
    SyncRun run;
    QEventLoop loop;
    QMetaObject::Connection done
        = QObject::connect(&engine, &SyncEngine::syncFinished, &loop, [&](const SyncOutcome &outcome) {
              run.outcome = outcome;
              loop.quit();
          });
    QElapsedTimer clock;
    probe.start();
    clock.start();
    if (start)
        engine.start();
    else
        engine.syncNow();
    loop.exec();
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    probe.stop();
    run.maxStallMs = probe.maxMs();
    QObject::disconnect(done);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Figures of OrgDesk's client data layer."));
    parser.addHelpOption();
    QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Generated members (default 100000)."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(membersOption);
    parser.process(app);
    const int members = parser.value(membersOption).toInt();

    ServerProcess server;
    ServerOptions options;
    options.members = members;
    if (!server.start(options))
        qFatal("cannot start orgdesk-server: %s", qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient http(server.baseUrl());
    http.setToken(ids.adaToken);
    const QString adaId = http.get(QStringLiteral("/me"))
                              .object()
                              .value(QLatin1String("user"))
                              .toObject()
                              .value(QLatin1String("id"))
                              .toString();

    // Warm the server's page cache once so both measures see the same server.
    rawFeedSeconds(server.baseUrl(), ids.acme, ids.adaToken);
    const double raw = rawFeedSeconds(server.baseUrl(), ids.acme, ids.adaToken);
    metric("raw_feed_s", raw, "s");

    QTemporaryDir dir;
    SyncTarget target;
    target.server = server.baseUrl();
    target.token = ids.adaToken;
    target.orgId = ids.acme;
    target.userId = adaId;
    target.cachePath = dir.filePath(QStringLiteral("bench.sqlite"));
    target.pageLimit = 5000;

    {
        OrgModels models;
        MemberFilterModel filter;
        filter.setSourceModel(models.members());
        QTableView view; // attached, as the Members tab will be; not shown
        view.setModel(&filter);
        SyncEngine engine(target);
        engine.setInterval(3600 * 1000);
        double longestApplyMs = 0; // the models' own share of the stall
        QObject::connect(&engine, &SyncEngine::batchApplied, &models, [&](const ChangeBatch &batch) {
            QElapsedTimer applyClock;
            applyClock.start();
            models.apply(batch);
            longestApplyMs = std::max(longestApplyMs, double(applyClock.nsecsElapsed()) / 1e6);
            if (qEnvironmentVariableIsSet("ORGDESK_BENCH_TRACE"))
                qInfo("apply %.1f ms reset=%d members=%d rows=%d", double(applyClock.nsecsElapsed()) / 1e6, batch.reset,
                      int(batch.members.upserts.size()), models.members()->rowCount());
        });

        const SyncRun full = runSync(engine, true);
        if (full.outcome.kind != SyncOutcome::Kind::Synced)
            qFatal("full sync failed: %s", qPrintable(full.outcome.error.message()));
        if (models.members()->rowCount() < members)
            qFatal("full sync delivered %d members", models.members()->rowCount());
        metric("sync_full_s", full.ms / 1000.0, "s");
        metric("sync_ratio", full.ms / 1000.0 / raw, "ratio");
        metric("max_stall_ms", full.maxStallMs, "ms");
        metric("max_batch_apply_ms", longestApplyMs, "ms");

        std::vector<double> noop;
        for (int i = 0; i < 20; ++i)
            noop.push_back(runSync(engine, false).ms);
        std::sort(noop.begin(), noop.end());
        metric("sync_delta_noop_ms", noop[noop.size() / 2], "ms");

        // 100 members change role on the server, then one sync brings them.
        const QJsonArray page
            = http.get(
                      QStringLiteral("/orgs/%1/members?perPage=100&sort=email&q=%2").arg(ids.acme, QStringLiteral("e")))
                  .object()
                  .value(QLatin1String("items"))
                  .toArray();
        int changed = 0;
        for (const QJsonValue &v : page) {
            const QJsonObject m = v.toObject();
            if (m.value(QLatin1String("role")).toString() == QLatin1String("admin"))
                continue;
            const QString role = m.value(QLatin1String("role")).toString() == QLatin1String("observer")
                ? QStringLiteral("user")
                : QStringLiteral("observer");
            if (http.patch(QStringLiteral("/orgs/%1/members/%2")
                               .arg(ids.acme, m.value(QLatin1String("userId")).toString()),
                           QJsonObject {{QStringLiteral("role"), role}})
                    .status
                == 200)
                ++changed;
        }
        const SyncRun delta = runSync(engine, false);
        if (!delta.outcome.changed)
            qFatal("the delta sync saw no change");
        metric("sync_delta_100_ms", delta.ms, "ms");
        metric("sync_delta_rows", changed, "members");
    }

    {
        // The app's start path: open the cache, load it, fill the models (a view attached).
        QElapsedTimer clock;
        clock.start();
        OfflineCache cache;
        cache.open(target.cachePath);
        OrgModels models;
        MemberFilterModel filter;
        filter.setSourceModel(models.members());
        QTableView view;
        view.setModel(&filter);
        models.apply(cache.load());
        metric("cache_load_ms", double(clock.nsecsElapsed()) / 1e6, "ms");
        if (models.members()->rowCount() < members)
            qFatal("the cache held %d members", models.members()->rowCount());

        // Keystrokes: type a query, then delete it, one key at a time.
        const QString query = QStringLiteral("margaret son");
        std::vector<double> keys;
        for (int i = 1; i <= query.size(); ++i) {
            clock.restart();
            filter.setFilterText(query.left(i));
            QCoreApplication::processEvents();
            keys.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        for (int i = query.size() - 1; i >= 0; --i) {
            clock.restart();
            filter.setFilterText(query.left(i));
            QCoreApplication::processEvents();
            keys.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        std::vector<double> sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        const size_t p95 = std::min(sorted.size() - 1, size_t(double(sorted.size()) * 0.95));
        metric("filter_p95_ms", sorted[p95], "ms");
        metric("filter_max_ms", sorted.back(), "ms");
    }
    metric("rss_mb", peakRssMb(), "MB");
    return 0;
}
