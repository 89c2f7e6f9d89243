// The server's command line (API.md, "The server's command line") and `--seed demo`
// exactly as API.md describes it.
#include "support/ServerHarness.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the server to completion (for arguments it must refuse).
Run runServer(const QStringList &arguments, const QString &workingDirectory = QString())
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(serverBinary(), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Starts the server and waits for its "listening on" line; returns the base URL or empty.
QUrl startServer(QProcess &process, const QStringList &arguments, const QString &workingDirectory)
{
    process.setWorkingDirectory(workingDirectory);
    process.start(serverBinary(), arguments);
    QByteArray out;
    while (process.waitForReadyRead(30000)) {
        out += process.readAllStandardOutput();
        const int end = out.indexOf('\n');
        if (end >= 0) {
            const QByteArray line = out.left(end);
            if (!line.startsWith("listening on http://"))
                return {};
            return QUrl(QString::fromLatin1(line.mid(13)));
        }
    }
    return {};
}

int total(HttpClient &client, const QString &path)
{
    return client.get(path).object().value(QLatin1String("total")).toInt(-1);
}
} // namespace

class TestCliSeed : public QObject
{
    Q_OBJECT

private slots:
    void helpListsEveryOption();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void unusableDatabase();
    void portInUse();
    void defaultsLiveInTheWorkingDirectory();
    void sigtermStopsCleanly();
    void seedLeavesAFilledDatabaseAlone();
    void demoSeedIsAsApiMdSays();
    void generatedMembersCannotSignIn();
    void survivesALostDatabaseConnection();
};

void TestCliSeed::helpListsEveryOption()
{
    const Run run = runServer({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--listen", "--database", "--seed", "--members", "--outbox", "--smtp", "--public-url",
                               "--mail-from", "--session-ttl", "--retention"})
        QVERIFY2(run.out.contains(option), option);
    const Run version = runServer({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("orgdesk-server "));
}

void TestCliSeed::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    const auto row = [](const char *name, QStringList arguments, const char *says) {
        QTest::newRow(name) << arguments << QByteArray(says);
    };
    row("unknown option", {QStringLiteral("--frobnicate")}, "Unknown option --frobnicate");
    row("listen without port", {QStringLiteral("--listen"), QStringLiteral("127.0.0.1")}, "--listen takes HOST:PORT");
    row("listen with a name", {QStringLiteral("--listen"), QStringLiteral("example.com:80")},
        "--listen takes HOST:PORT");
    row("port too big", {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}, "--listen takes HOST:PORT");
    row("seed other", {QStringLiteral("--seed"), QStringLiteral("production")}, "--seed knows only \"demo\"");
    row("negative members", {QStringLiteral("--members"), QStringLiteral("-1")}, "--members takes a whole number");
    row("members not a number", {QStringLiteral("--members"), QStringLiteral("many")},
        "--members takes a whole number");
    row("smtp without port", {QStringLiteral("--smtp"), QStringLiteral("localhost")}, "--smtp takes HOST:PORT");
    row("outbox and smtp",
        {QStringLiteral("--outbox"), QStringLiteral("x"), QStringLiteral("--smtp"), QStringLiteral("h:25")},
        "either --outbox or --smtp");
    row("missing value", {QStringLiteral("--database")}, "--database needs a value");
    row("zero ttl", {QStringLiteral("--session-ttl"), QStringLiteral("0")}, "--session-ttl takes a whole number");
}

void TestCliSeed::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    QTemporaryDir dir;
    const Run run = runServer(arguments, dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), run.err.constData());
    QVERIFY2(run.err.contains("Usage:"), "a refusal shows the usage");
    QVERIFY(run.out.isEmpty()); // never a "listening" line
    QVERIFY2(QDir(dir.path()).isEmpty(), "a refused start creates no files");
}

void TestCliSeed::unusableDatabase()
{
    QTemporaryDir dir;
    const Run sqlite
        = runServer({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                     QStringLiteral("sqlite:/nonexistent-directory/orgdesk.db")},
                    dir.path());
    QCOMPARE(sqlite.exitCode, 1);
    QVERIFY2(sqlite.err.contains("/nonexistent-directory/orgdesk.db"), sqlite.err.constData());
    const Run postgres
        = runServer({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                     QStringLiteral("postgresql://nobody@127.0.0.1:1/none")},
                    dir.path());
    QCOMPARE(postgres.exitCode, 1);
    QVERIFY2(postgres.err.contains("Cannot connect to PostgreSQL at 127.0.0.1:1"), postgres.err.constData());
    const Run unknown = runServer({QStringLiteral("--database"), QStringLiteral("mysql://x")}, dir.path());
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("Unknown database URL"), unknown.err.constData());
}

void TestCliSeed::portInUse()
{
    QTemporaryDir dir;
    QProcess first;
    const QUrl url = startServer(first, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, dir.path());
    QVERIFY(url.isValid() && url.port() > 0);
    const Run second = runServer({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port()),
                                  QStringLiteral("--database"), QStringLiteral("sqlite:second.db")},
                                 dir.path());
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("cannot listen on 127.0.0.1:"), second.err.constData());
    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

void TestCliSeed::defaultsLiveInTheWorkingDirectory()
{
    // --database defaults to sqlite:orgdesk.db in the working directory, mail to outbox/
    // beside it, and --public-url to the address the server listens on.
    QTemporaryDir dir;
    QProcess server;
    const QUrl url = startServer(server,
                                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--seed"),
                                  QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("3")},
                                 dir.path());
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("orgdesk.db"))));

    const DemoIds ids = demoIds(url);
    HttpClient ada(url);
    ada.setToken(ids.adaToken);
    QCOMPARE_STATUS(ada.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme),
                             QJsonObject {{QStringLiteral("email"), QStringLiteral("new.hire@example.test")},
                                          {QStringLiteral("role"), QStringLiteral("user")}}),
                    201);
    const QList<QByteArray> mails = outboxMessages(dir.filePath(QStringLiteral("outbox")));
    QCOMPARE(mails.size(), 1);
    const ParsedMail mail = parseMail(mails.first());
    QCOMPARE(mail.to, QStringLiteral("new.hire@example.test"));
    const QString encodedUrl = QString::fromUtf8(QUrl::toPercentEncoding(url.toString()));
    QVERIFY2(mail.body.contains(QStringLiteral("orgdesk://accept-invitation?server=") + encodedUrl
                                + QStringLiteral("&token=odi_")),
             qPrintable(mail.body));
}

void TestCliSeed::sigtermStopsCleanly()
{
    QTemporaryDir dir;
    QProcess server;
    QVERIFY(startServer(server, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, dir.path()).isValid());
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

void TestCliSeed::seedLeavesAFilledDatabaseAlone()
{
    ServerProcess first;
    ServerOptions options;
    options.members = 30;
    QVERIFY2(first.start(options), qPrintable(first.lastError()));
    const DemoIds before = demoIds(first.baseUrl());
    HttpClient ada(first.baseUrl());
    ada.setToken(before.adaToken);
    // Change something the seed would not make: remove a generated member.
    const QJsonArray items = ada.get(QStringLiteral("/orgs/%1/members?q=.test&sort=email&order=desc").arg(before.acme))
                                 .object()
                                 .value(QLatin1String("items"))
                                 .toArray();
    QVERIFY(!items.isEmpty());
    const QString removed = items.first().toObject().value(QLatin1String("userId")).toString();
    const QString removedEmail = items.first().toObject().value(QLatin1String("email")).toString();
    QCOMPARE_STATUS(ada.del(QStringLiteral("/orgs/%1/members/%2").arg(before.acme, removed)), 204);
    first.stop();

    // Seeding again on the same database changes nothing and says so.
    ServerProcess second;
    ServerOptions again;
    again.members = 500;
    again.sharedDatabase = first.databaseUrl();
    QVERIFY2(second.start(again), qPrintable(second.lastError()));
    const DemoIds after = demoIds(second.baseUrl());
    QCOMPARE(after.acme, before.acme);
    HttpClient ada2(second.baseUrl());
    ada2.setToken(after.adaToken);
    QCOMPARE(total(ada2, QStringLiteral("/orgs/%1/members").arg(after.acme)), 5 + 30 - 1);
    QCOMPARE(total(ada2, QStringLiteral("/orgs/%1/members?q=%2").arg(after.acme, removedEmail)), 0); // not re-added
    QVERIFY2(second.log().contains("left it as it is"), second.log().constData());
}

void TestCliSeed::demoSeedIsAsApiMdSays()
{
    ServerProcess server;
    ServerOptions options;
    options.members = 2000;
    QVERIFY2(server.start(options), qPrintable(server.lastError()));
    const QUrl url = server.baseUrl();
    const DemoIds ids = demoIds(url);
    QVERIFY(!ids.acme.isEmpty() && !ids.globex.isEmpty());

    // One user per role in Acme Monitoring, all with the password demo-password.
    const QList<QPair<QString, QString>> people = {
        {QStringLiteral("ada@acme.test"), QStringLiteral("admin")},
        {QStringLiteral("max@acme.test"), QStringLiteral("manager")},
        {QStringLiteral("uma@acme.test"), QStringLiteral("user")},
        {QStringLiteral("otto@acme.test"), QStringLiteral("observer")},
        {QStringLiteral("bea@acme.test"), QStringLiteral("business")},
    };
    for (const auto &[email, role] : people) {
        HttpClient client(url);
        client.setToken(login(url, email));
        const QJsonArray orgs = client.get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray();
        bool found = false;
        for (const QJsonValue &org : orgs) {
            if (org.toObject().value(QLatin1String("name")).toString() == QLatin1String("Acme Monitoring")) {
                QCOMPARE(org.toObject().value(QLatin1String("role")).toString(), role);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(email));
    }

    HttpClient ada(url);
    ada.setToken(ids.adaToken);
    const QString acme = QStringLiteral("/orgs/") + ids.acme;
    QCOMPARE(total(ada, acme + QStringLiteral("/members")), 5 + 2000);
    // Generated members are never admins: sorted by role, Ada is the only one on top.
    const QJsonArray byRole = ada.get(acme + QStringLiteral("/members?sort=role&perPage=2"))
                                  .object()
                                  .value(QLatin1String("items"))
                                  .toArray();
    QCOMPARE(byRole.at(0).toObject().value(QLatin1String("email")).toString(), QStringLiteral("ada@acme.test"));
    QVERIFY(byRole.at(1).toObject().value(QLatin1String("role")).toString() != QLatin1String("admin"));
    // Their names and emails contain none of ada, max, uma, otto or bea.
    for (const char *word : {"ada", "max", "uma", "otto", "bea"})
        QCOMPARE(total(ada, acme + QStringLiteral("/members?q=") + QLatin1String(word)), 1);
    // Varied, realistic and unique: many distinct first and last names, no two emails alike.
    QSet<QString> firstNames, lastNames, emails;
    for (int page = 1; page <= 5; ++page) {
        const QJsonArray items = ada.get(acme + QStringLiteral("/members?perPage=500&page=%1").arg(page))
                                     .object()
                                     .value(QLatin1String("items"))
                                     .toArray();
        for (const QJsonValue &item : items) {
            const QString name = item.toObject().value(QLatin1String("name")).toString();
            firstNames.insert(name.section(QLatin1Char(' '), 0, 0));
            lastNames.insert(name.section(QLatin1Char(' '), -1));
            emails.insert(item.toObject().value(QLatin1String("email")).toString());
        }
    }
    QCOMPARE(emails.size(), 2005);
    QVERIFY2(firstNames.size() > 100 && lastNames.size() > 100,
             qPrintable(QStringLiteral("%1 first and %2 last names").arg(firstNames.size()).arg(lastNames.size())));

    QCOMPARE(ada.get(acme + QStringLiteral("/api-keys")).array().size(), 3);
    const QJsonArray invitations = ada.get(acme + QStringLiteral("/invitations")).array();
    QCOMPARE(invitations.size(), 2);
    for (const QJsonValue &invitation : invitations)
        QCOMPARE(invitation.toObject().value(QLatin1String("status")).toString(), QStringLiteral("pending"));

    const QJsonObject subscription = ada.get(acme + QStringLiteral("/billing/subscription")).object();
    QCOMPARE(subscription.value(QLatin1String("plan")).toString(), QStringLiteral("pro"));
    QCOMPARE(subscription.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(subscription.value(QLatin1String("seats")).toInt(), 25);
    QCOMPARE(subscription.value(QLatin1String("pricePerSeat")).toInt(), 1900);
    QCOMPARE(subscription.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(subscription.value(QLatin1String("interval")).toString(), QStringLiteral("month"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(QDateTime::fromString(subscription.value(QLatin1String("currentPeriodStart")).toString(), Qt::ISODate)
            <= now);
    QVERIFY(QDateTime::fromString(subscription.value(QLatin1String("currentPeriodEnd")).toString(), Qt::ISODate) > now);
    const QJsonObject invoices = ada.get(acme + QStringLiteral("/billing/invoices")).object();
    QCOMPARE(invoices.value(QLatin1String("total")).toInt(), 12);
    for (const QJsonValue &invoice : invoices.value(QLatin1String("items")).toArray())
        QVERIFY(QDateTime::fromString(invoice.toObject().value(QLatin1String("periodEnd")).toString(), Qt::ISODate)
                <= now);
    const QJsonArray cards = ada.get(acme + QStringLiteral("/billing/payment-methods")).array();
    QCOMPARE(cards.size(), 2);

    // Globex: Gus is its admin, Ada a user there.
    HttpClient gus(url);
    gus.setToken(login(url, QStringLiteral("gus@globex.test")));
    const QJsonArray globexMembers = gus.get(QStringLiteral("/orgs/%1/members?sort=role").arg(ids.globex))
                                         .object()
                                         .value(QLatin1String("items"))
                                         .toArray();
    QCOMPARE(globexMembers.size(), 2);
    QCOMPARE(globexMembers.at(0).toObject().value(QLatin1String("email")).toString(),
             QStringLiteral("gus@globex.test"));
    QCOMPARE(globexMembers.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(globexMembers.at(1).toObject().value(QLatin1String("email")).toString(), QStringLiteral("ada@acme.test"));
    QCOMPARE(globexMembers.at(1).toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
}

void TestCliSeed::generatedMembersCannotSignIn()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const QJsonArray items = ada.get(QStringLiteral("/orgs/%1/members?perPage=500").arg(ids.acme))
                                 .object()
                                 .value(QLatin1String("items"))
                                 .toArray();
    QString generated;
    for (const QJsonValue &item : items) {
        const QString email = item.toObject().value(QLatin1String("email")).toString();
        if (!email.endsWith(QLatin1String("@acme.test")))
            generated = email;
    }
    QVERIFY(!generated.isEmpty());
    HttpClient anonymous(server.baseUrl());
    QVERIFY_PROBLEM(anonymous.post(QStringLiteral("/auth/login"),
                                   QJsonObject {{QStringLiteral("email"), generated},
                                                {QStringLiteral("password"), QStringLiteral("demo-password")}}),
                    401, "unauthenticated");
}

void TestCliSeed::survivesALostDatabaseConnection()
{
    if (testBackend() != QLatin1String("postgresql"))
        QSKIP("a lost server connection is a PostgreSQL matter; SQLite is a file in this process");
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    QCOMPARE_STATUS(ada.get(QStringLiteral("/me")), 200);
    // What a PostgreSQL restart or a cut idle connection does to the server's session.
    const QList<QVariantList> killed
        = queryDatabase(server.databaseUrl(),
                        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                       " WHERE datname = current_database()"
                                       " AND application_name = 'orgdesk-server'"));
    QCOMPARE(killed.size(), 1);
    // The next requests, reads and writes, work on a new connection.
    QCOMPARE_STATUS(ada.get(QStringLiteral("/me")), 200);
    QCOMPARE_STATUS(ada.patch(QStringLiteral("/orgs/%1").arg(ids.acme),
                              QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme After Reconnect")}}),
                    200);
    QCOMPARE(ada.get(QStringLiteral("/orgs/%1").arg(ids.acme)).object().value(QLatin1String("name")).toString(),
             QStringLiteral("Acme After Reconnect"));
    QVERIFY2(server.log().contains("reconnecting"), server.log().constData());
}

QTEST_GUILESS_MAIN(TestCliSeed)
#include "tst_cli_seed.moc"
