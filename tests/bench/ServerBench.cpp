// orgdesk-server-bench [--members N] [--backend sqlite|postgresql] [--seconds S]
//
// Starts its own orgdesk-server with --seed demo --members N on a temporary database and
// prints, one JSON object per line ({"metric", "value", "unit"}):
//   seed_s                 wall time of seeding N members (the server's own measure)
//   startup_s              from process start to "listening on" (seed included)
//   members_page_rps       GET /members?perPage=50 under wrk -c 16, requests/s
//   members_page_p99_ms    … its 99th-percentile latency
//   members_search_rps / members_search_p99_ms   the same with q=son (a substring scan)
//   feed_replay_s          one full replay of the changes feed from since=0 (limit 5000),
//                          every page parsed, as a client would
//   feed_changes           how many changes that replay delivered
// PostgreSQL comes from ORGDESK_TEST_PG_URL (a role that may CREATE DATABASE).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <cstdio>

namespace {
void metric(const char *name, double value, const char *unit)
{
    std::printf("{\"metric\": \"%s\", \"value\": %.6g, \"unit\": \"%s\"}\n", name, value, unit);
    std::fflush(stdout);
}

QByteArray request(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &token, const QByteArray &body = {})
{
    QNetworkRequest req(url);
    req.setTransferTimeout(120000);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = body.isEmpty() ? nam.get(req) : nam.post(req, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        qFatal("%s failed: %s", qPrintable(url.toString()), qPrintable(reply->errorString()));
    reply->deleteLater();
    return data;
}

struct WrkResult
{
    double rps = 0;
    double p99ms = 0;
};

double toMs(const QString &value, const QString &unit)
{
    const double v = value.toDouble();
    if (unit == QLatin1String("us"))
        return v / 1000.0;
    if (unit == QLatin1String("s"))
        return v * 1000.0;
    return v;
}

WrkResult runWrk(const QString &url, const QByteArray &token, int seconds)
{
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    wrk.start(QStringLiteral("wrk"),
              {QStringLiteral("-t2"), QStringLiteral("-c16"), QStringLiteral("-d%1s").arg(seconds),
               QStringLiteral("--latency"), QStringLiteral("-H"),
               QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token), url});
    if (!wrk.waitForStarted() || !wrk.waitForFinished((seconds + 30) * 1000))
        qFatal("wrk did not run (install Debian's wrk package)");
    const QString out = QString::fromUtf8(wrk.readAll());
    WrkResult result;
    const auto rps = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
    const auto p99 = QRegularExpression(QStringLiteral("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)")).match(out);
    const auto errors = QRegularExpression(QStringLiteral("Non-2xx or 3xx responses: (\\d+)")).match(out);
    if (!rps.hasMatch() || !p99.hasMatch())
        qFatal("cannot read wrk's output:\n%s", qPrintable(out));
    if (errors.hasMatch())
        qFatal("wrk saw %s error responses", qPrintable(errors.captured(1)));
    result.rps = rps.captured(1).toDouble();
    result.p99ms = toMs(p99.captured(1), p99.captured(2));
    return result;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures orgdesk-server at the target size."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("members"), QStringLiteral("Generated members."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("backend"), QStringLiteral("sqlite or postgresql."), QStringLiteral("NAME"),
                      QStringLiteral("sqlite")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Duration of each wrk run."), QStringLiteral("S"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("server"), QStringLiteral("The orgdesk-server binary."), QStringLiteral("PATH"),
                      QStringLiteral(ORGDESK_SERVER_BIN)});
    parser.process(app);
    const int members = parser.value(QStringLiteral("members")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const bool postgres = parser.value(QStringLiteral("backend")) == QLatin1String("postgresql");

    QTemporaryDir dir;
    QString database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db"));
    QString pgName;
    QUrl pgUrl;
    if (postgres) {
        pgUrl = QUrl(qEnvironmentVariable("ORGDESK_TEST_PG_URL"));
        if (!pgUrl.isValid() || pgUrl.host().isEmpty())
            qFatal("set ORGDESK_TEST_PG_URL (scripts/start-test-postgres.sh prints one)");
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(pgUrl.host());
        admin.setPort(pgUrl.port(5432));
        admin.setUserName(pgUrl.userName());
        admin.setPassword(pgUrl.password());
        admin.setDatabaseName(pgUrl.path().mid(1));
        if (!admin.open())
            qFatal("cannot connect to PostgreSQL: %s", qPrintable(admin.lastError().text()));
        pgName = QStringLiteral("orgdesk_bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + pgName);
        QUrl url = pgUrl;
        url.setPath(QLatin1Char('/') + pgName);
        database = url.toString();
    }

    QProcess server;
    // The server logs a line per request: to a file, or a full pipe would stall it.
    const QString logPath = dir.filePath(QStringLiteral("server.log"));
    server.setStandardErrorFile(logPath);
    QElapsedTimer startup;
    startup.start();
    server.start(parser.value(QStringLiteral("server")),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database,
                  QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--members"),
                  QString::number(members), QStringLiteral("--outbox"), dir.filePath(QStringLiteral("outbox"))});
    QUrl base;
    while (base.isEmpty()) {
        if (!server.waitForReadyRead(120000))
            qFatal("the server did not start; see its log");
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        if (line.startsWith(QLatin1String("listening on ")))
            base = QUrl(line.mid(13));
    }
    metric("startup_s", startup.elapsed() / 1000.0, "s");
    QFile logFile(logPath);
    logFile.open(QIODevice::ReadOnly);
    const QString log = QString::fromUtf8(logFile.readAll());
    const auto seeded = QRegularExpression(QStringLiteral("seeded the demo data in (\\d+) ms")).match(log);
    if (seeded.hasMatch())
        metric("seed_s", seeded.captured(1).toDouble() / 1000.0, "s");

    QNetworkAccessManager nam;
    const QString api = base.toString() + QStringLiteral("/api/v1");
    const QJsonObject login
        = QJsonDocument::fromJson(request(nam, QUrl(api + QStringLiteral("/auth/login")), {},
                                          R"({"email":"ada@acme.test","password":"demo-password"})"))
              .object();
    const QByteArray token = login.value(QLatin1String("token")).toString().toLatin1();
    QString org;
    const QJsonArray orgs = QJsonDocument::fromJson(request(nam, QUrl(api + QStringLiteral("/me")), token))
                                .object()
                                .value(QLatin1String("orgs"))
                                .toArray();
    for (const QJsonValue &o : orgs) {
        if (o.toObject().value(QLatin1String("name")).toString() == QLatin1String("Acme Monitoring"))
            org = o.toObject().value(QLatin1String("id")).toString();
    }

    const WrkResult page = runWrk(api + QStringLiteral("/orgs/%1/members?perPage=50").arg(org), token, seconds);
    metric("members_page_rps", page.rps, "req/s");
    metric("members_page_p99_ms", page.p99ms, "ms");
    const WrkResult search = runWrk(api + QStringLiteral("/orgs/%1/members?perPage=50&q=son").arg(org), token, seconds);
    metric("members_search_rps", search.rps, "req/s");
    metric("members_search_p99_ms", search.p99ms, "ms");

    QElapsedTimer replay;
    replay.start();
    qint64 since = 0, changes = 0, bytes = 0;
    bool more = true;
    while (more) {
        const QByteArray body = request(
            nam, QUrl(api + QStringLiteral("/orgs/%1/changes?since=%2&limit=5000").arg(org).arg(since)), token);
        bytes += body.size();
        const QJsonObject pageObject = QJsonDocument::fromJson(body).object();
        const QJsonArray list = pageObject.value(QLatin1String("changes")).toArray();
        changes += list.size();
        more = pageObject.value(QLatin1String("more")).toBool();
        since = list.isEmpty() ? pageObject.value(QLatin1String("version")).toInteger()
                               : list.last().toObject().value(QLatin1String("version")).toInteger();
    }
    metric("feed_replay_s", replay.elapsed() / 1000.0, "s");
    metric("feed_changes", double(changes), "changes");
    metric("feed_mb", bytes / 1e6, "MB");

    server.terminate();
    server.waitForFinished(10000);
    if (postgres) {
        QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("admin"));
        QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS ") + pgName);
    }
    return 0;
}
