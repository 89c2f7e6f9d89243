// Black-box tests of what the server does with bad input: malformed and mistyped JSON,
// oversized bodies, SQL metacharacters, the order of checks, unknown paths and methods,
// and that no rejected request changes the database.
// Oracle: shared/API.md and docs/api-decisions.md.

#include "support_b.h"

#include <QTest>

using namespace tb;

namespace {

struct Endpoint
{
    const char *name;
    const char *method; // POST or PATCH
    const char *path; // {acme} {uma} {key} are filled in
    bool authenticated; // as ada
    QList<QByteArray> wrongTypes;
    QByteArray valid; // a well-formed body, padded to be oversized
};

const QList<Endpoint> &endpoints()
{
    static const QList<Endpoint> list {
        {"login",
         "POST",
         "/auth/login",
         false,
         {"{\"email\":5,\"password\":\"demo-password\"}", "{\"email\":\"ada@acme.test\",\"password\":true}"},
         "{\"email\":\"ada@acme.test\",\"password\":\"demo-password\""},
        {"create org", "POST", "/orgs", true, {"{\"name\":5}", "{\"name\":[\"x\"]}"}, "{\"name\":\"Big Org\""},
        {"rename org", "PATCH", "/orgs/{acme}", true, {"{\"name\":5}", "{\"name\":null}"}, "{\"name\":\"Big Org\""},
        {"member role",
         "PATCH",
         "/orgs/{acme}/members/{uma}",
         true,
         {"{\"role\":true}", "{\"role\":3}"},
         "{\"role\":\"observer\""},
        {"invite",
         "POST",
         "/orgs/{acme}/invitations",
         true,
         {"{\"email\":\"t@example.test\",\"role\":true}", "{\"email\":5,\"role\":\"user\"}"},
         "{\"email\":\"big@example.test\",\"role\":\"user\""},
        {"accept",
         "POST",
         "/invitations/accept",
         false,
         {"{\"token\":5}", "{\"token\":\"odi_x\",\"name\":7,\"password\":\"long-enough-pw\"}"},
         "{\"token\":\"odi_x\",\"name\":\"Big\",\"password\":\"long-enough-pw\""},
        {"create key",
         "POST",
         "/orgs/{acme}/api-keys",
         true,
         {"{\"name\":5}", "{\"name\":\"k\",\"description\":false}"},
         "{\"name\":\"big key\""},
        {"edit key",
         "PATCH",
         "/orgs/{acme}/api-keys/{key}",
         true,
         {"{\"enabled\":\"yes\"}", "{\"name\":{}}"},
         "{\"enabled\":false"},
        {"seats",
         "PATCH",
         "/orgs/{acme}/billing/subscription",
         true,
         {"{\"seats\":\"x\"}", "{\"seats\":false}"},
         "{\"seats\":30"},
    };
    return list;
}

const char *kSqlOrgName = "Robert'); DROP TABLE orgs;--";
const char *kSqlKeyName = "x'; DELETE FROM api_keys; --";
const char *kSqlEmail = "o'neil%_'--@example.test";
const char *kSqlPersonName = "Bobby'); DROP TABLE users;-- 100%_x";

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    DemoIds m_ids;
    QHash<QString, QString> m_tokens; // email -> session token, per server

    QString fill(QString path)
    {
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        if (path.contains(QLatin1String("{uma}"))) {
            const QJsonArray items = c.get(QStringLiteral("/orgs/%1/members?q=uma%40acme.test").arg(m_ids.acme))
                                         .object()
                                         .value(QLatin1String("items"))
                                         .toArray();
            path.replace(QStringLiteral("{uma}"), items.first().toObject().value(QLatin1String("userId")).toString());
        }
        if (path.contains(QLatin1String("{key}")))
            path.replace(QStringLiteral("{key}"),
                         c.get(QStringLiteral("/orgs/%1/api-keys").arg(m_ids.acme))
                             .array()
                             .first()
                             .toObject()
                             .value(QLatin1String("id"))
                             .toString());
        return path.replace(QStringLiteral("{acme}"), m_ids.acme);
    }

    // Logs each demo person in once per server, before any "before" dump is taken.
    QString tokenOf(const QString &who)
    {
        if (who == QLatin1String("none"))
            return {};
        if (who == QLatin1String("bad"))
            return QStringLiteral("ods_") + QString(43, QLatin1Char('Z'));
        if (!m_tokens.contains(who))
            m_tokens.insert(who,
                            login(m_server.url(),
                                  who
                                      + (who == QLatin1String("gus") ? QStringLiteral("@globex.test")
                                                                     : QStringLiteral("@acme.test"))));
        return m_tokens.value(who);
    }

    HttpResponse send(HttpClient &c, const QString &method, const QString &path, const QByteArray &body)
    {
        if (method == QLatin1String("POST"))
            return c.postRaw(path, body);
        if (method == QLatin1String("PATCH"))
            return c.patchRaw(path, body);
        if (method == QLatin1String("PUT"))
            return c.put(path, body, "application/json");
        if (method == QLatin1String("DELETE"))
            return c.del(path);
        return c.get(path);
    }

    bool prepareShared()
    {
        const QByteArray function(QTest::currentTestFunction());
        const bool reuse = m_serverFunction == function;
        if (!m_server.ensure(ServerOptions {}, true))
            return false;
        if (!reuse) {
            m_serverFunction = function;
            m_tokens.clear();
            m_ids = m_server.ids();
            m_tokens.insert(QStringLiteral("ada"), m_ids.adaToken);
            for (const char *who : {"max", "uma", "bea", "gus"})
                tokenOf(s(who));
        }
        return true;
    }
    QByteArray m_serverFunction;

private slots:
    void init() { m_server.releaseIfOtherFunction(); }
    void cleanupTestCase() { m_server.release(); }

    void malformedOrMistypedBody_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("authenticated");
        QTest::addColumn<QByteArray>("body");
        for (const Endpoint &e : endpoints()) {
            const auto row = [&](const char *kind, const QByteArray &body) {
                QTest::addRow("%s: %s", e.name, kind) << s(e.method) << s(e.path) << e.authenticated << body;
            };
            row("malformed", e.valid.left(e.valid.size() - 3));
            row("empty body", QByteArray());
            row("array", "[" + e.valid + "}]");
            row("scalar", "\"text\"");
            row("null", "null");
            row("trailing garbage", e.valid + "} x");
            int i = 0;
            for (const QByteArray &w : e.wrongTypes)
                row(i++ == 0 ? "wrong type" : "wrong type 2", w);
        }
    }
    void malformedOrMistypedBody()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(bool, authenticated);
        QFETCH(QByteArray, body);
        QVERIFY2(prepareShared(), qPrintable(m_server.error()));
        HttpClient c(m_server.url());
        if (authenticated)
            c.setToken(m_ids.adaToken);
        const QString target = fill(path);
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        const HttpResponse r = send(c, method, target, body);
        TB_PROBLEM(r, 400, "bad_request");
        QVERIFY2(r.object().value(QLatin1String("type")).toString() == QLatin1String("urn:orgdesk:problem:bad_request"),
                 qPrintable(describe(r)));
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void oversizedBody_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("authenticated");
        QTest::addColumn<QByteArray>("body");
        const QByteArray padding = ",\"padding\":\"" + QByteArray(70 * 1024, 'p') + "\"}";
        for (const Endpoint &e : endpoints()) {
            QTest::addRow("%s: valid JSON", e.name) << s(e.method) << s(e.path) << e.authenticated << e.valid + padding;
            QTest::addRow("%s: malformed", e.name)
                << s(e.method) << s(e.path) << e.authenticated << e.valid + padding.left(padding.size() - 2);
        }
    }
    void oversizedBody()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(bool, authenticated);
        QFETCH(QByteArray, body);
        QVERIFY(body.size() > 64 * 1024);
        QVERIFY2(prepareShared(), qPrintable(m_server.error()));
        HttpClient c(m_server.url());
        if (authenticated)
            c.setToken(m_ids.adaToken);
        const QString target = fill(path);
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(send(c, method, target, body), 413, "payload_too_large");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void bodyLimitIs64KiB()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QString path = QStringLiteral("/orgs/%1").arg(m_ids.acme);
        const QByteArray json = "{\"name\":\"Exactly 64 KiB\"}";
        QByteArray body = json.left(json.size() - 1) + QByteArray(64 * 1024 - json.size(), ' ') + "}";
        QCOMPARE(body.size(), 64 * 1024);
        const HttpResponse ok = c.patchRaw(path, body);
        TB_STATUS(ok, 200);
        QCOMPARE(ok.object().value(QLatin1String("name")).toString(), QStringLiteral("Exactly 64 KiB"));
        body.insert(body.size() - 1, ' ');
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(c.patchRaw(path, body), 413, "payload_too_large");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
        // A logo over 1 MiB, starting like a PNG.
        QByteArray logo = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(1024 * 1024, '\0');
        TB_PROBLEM(c.put(path + QStringLiteral("/logo"), logo, "image/png"), 413, "payload_too_large");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void jsonAcceptedWhateverContentType()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse r
            = c.postRaw(QStringLiteral("/orgs/%1/api-keys").arg(m_ids.acme),
                        "{\"name\":\"plain text\",\"description\":\"\",\"unknownField\":[1,2,3]}", "text/plain");
        TB_STATUS(r, 201);
        QCOMPARE(r.object().value(QLatin1String("name")).toString(), QStringLiteral("plain text"));
    }

    void sqlMetacharactersAreLiteral()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QString orgPath = QStringLiteral("/orgs/%1").arg(m_ids.acme);

        HttpResponse r = c.patch(orgPath, QJsonObject {{QStringLiteral("name"), s(kSqlOrgName)}});
        TB_STATUS(r, 200);
        QCOMPARE(r.object().value(QLatin1String("name")).toString(), s(kSqlOrgName));
        QCOMPARE(c.get(orgPath).object().value(QLatin1String("name")).toString(), s(kSqlOrgName));
        r = c.post(QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), s(kSqlOrgName)}});
        TB_STATUS(r, 201);
        QCOMPARE(r.object().value(QLatin1String("name")).toString(), s(kSqlOrgName));
        int named = 0;
        for (const QJsonValue &o : c.get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray())
            named += o.toObject().value(QLatin1String("name")).toString() == s(kSqlOrgName) ? 1 : 0;
        QCOMPARE(named, 2);

        r = c.post(
            orgPath + QStringLiteral("/api-keys"),
            QJsonObject {{QStringLiteral("name"), s(kSqlKeyName)}, {QStringLiteral("description"), s(kSqlKeyName)}});
        TB_STATUS(r, 201);
        QCOMPARE(r.object().value(QLatin1String("name")).toString(), s(kSqlKeyName));
        const QJsonArray keys = c.get(orgPath + QStringLiteral("/api-keys")).array();
        QCOMPARE(keys.size(), 4);
        QCOMPARE(
            findById(keys, r.object().value(QLatin1String("id")).toString()).value(QLatin1String("name")).toString(),
            s(kSqlKeyName));

        r = c.post(
            orgPath + QStringLiteral("/invitations"),
            QJsonObject {{QStringLiteral("email"), s(kSqlEmail)}, {QStringLiteral("role"), QStringLiteral("user")}});
        TB_STATUS(r, 201);
        QCOMPARE(r.object().value(QLatin1String("email")).toString(), s(kSqlEmail));
        QCOMPARE(findById(c.get(orgPath + QStringLiteral("/invitations")).array(),
                          r.object().value(QLatin1String("id")).toString())
                     .value(QLatin1String("email"))
                     .toString(),
                 s(kSqlEmail));
        const QList<ParsedMail> mails = mailsTo(outboxMessages(m_server.process().outboxDir()), s(kSqlEmail));
        QCOMPARE(mails.size(), 1);
        HttpClient anon(m_server.url());
        TB_STATUS(anon.post(QStringLiteral("/invitations/accept"),
                            QJsonObject {{QStringLiteral("token"), invitationTokenFrom(mails.first().body)},
                                         {QStringLiteral("name"), s(kSqlPersonName)},
                                         {QStringLiteral("password"), QStringLiteral("long-enough-pw")}}),
                  200);
        const Person bobby = signIn(m_server.url(), s(kSqlEmail), QStringLiteral("long-enough-pw"));
        QCOMPARE(bobby.name, s(kSqlPersonName));

        // Every table is still there, every demo person still signs in.
        for (const char *table : {"orgs", "users", "api_keys", "memberships"})
            QVERIFY(queryDatabase(m_server.databaseUrl(), QStringLiteral("SELECT count(*) FROM %1").arg(s(table)))
                        .value(0)
                        .value(0)
                        .toInt()
                    > 0);
        QVERIFY(!login(m_server.url(), QStringLiteral("uma@acme.test")).isEmpty());
    }

    void searchMatchesMetacharactersLiterally_data()
    {
        QTest::addColumn<QString>("q");
        for (const char *q : {"'", "%", "_", "'); DROP", "100%_x", "o'neil%_'--", "\\", "%%", "_@", "' OR '1'='1"})
            QTest::newRow(q) << s(q);
    }
    void searchMatchesMetacharactersLiterally()
    {
        QFETCH(QString, q);
        const bool reuse = m_serverFunction == QByteArray(QTest::currentTestFunction());
        TB_START_SHARED(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QString orgPath = QStringLiteral("/orgs/%1").arg(m_ids.acme);
        if (!reuse) {
            m_serverFunction = QTest::currentTestFunction();
            const HttpResponse r = c.post(orgPath + QStringLiteral("/invitations"),
                                          QJsonObject {{QStringLiteral("email"), s(kSqlEmail)},
                                                       {QStringLiteral("role"), QStringLiteral("user")}});
            TB_STATUS(r, 201);
            const QList<ParsedMail> mails = mailsTo(outboxMessages(m_server.process().outboxDir()), s(kSqlEmail));
            QCOMPARE(mails.size(), 1);
            HttpClient anon(m_server.url());
            TB_STATUS(anon.post(QStringLiteral("/invitations/accept"),
                                QJsonObject {{QStringLiteral("token"), invitationTokenFrom(mails.first().body)},
                                             {QStringLiteral("name"), s(kSqlPersonName)},
                                             {QStringLiteral("password"), QStringLiteral("long-enough-pw")}}),
                      200);
        }
        const QJsonArray all = allMembers(c, m_ids.acme);
        QSet<QString> expected;
        for (const QJsonValue &v : all) {
            const QJsonObject m = v.toObject();
            if (m.value(QLatin1String("name")).toString().contains(q, Qt::CaseInsensitive)
                || m.value(QLatin1String("email")).toString().contains(q, Qt::CaseInsensitive))
                expected.insert(m.value(QLatin1String("userId")).toString());
        }
        const HttpResponse r = c.get(orgPath + QStringLiteral("/members?perPage=500&q=") + pct(q));
        TB_STATUS(r, 200);
        QSet<QString> got;
        for (const QJsonValue &v : r.object().value(QLatin1String("items")).toArray())
            got.insert(v.toObject().value(QLatin1String("userId")).toString());
        QVERIFY2(got == expected,
                 qPrintable(
                     QStringLiteral("q=%1: got %2 members, expected %3").arg(q).arg(got.size()).arg(expected.size())));
        QCOMPARE(r.object().value(QLatin1String("total")).toInt(), int(expected.size()));
    }

    void orderOfChecks_data()
    {
        QTest::addColumn<QString>("who"); // none | bad | ada | max | uma | gus
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path"); // {acme} {uma} {ada}
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray malformed = "{\"name\": ";
        const QByteArray huge = "{\"name\":\"" + QByteArray(70 * 1024, 'x') + "\"}";
        const QByteArray hugeMalformed = "{\"name\":\"" + QByteArray(70 * 1024, 'x');
        const QString org = QStringLiteral("/orgs/{acme}");
        const auto row = [](const char *name, const char *who, const char *method, const QString &path,
                            const QByteArray &body, int status, const char *code) {
            QTest::newRow(name) << s(who) << s(method) << path << body << status << s(code);
        };
        row("401 before 400: no token, malformed", "none", "PATCH", org, malformed, 401, "unauthenticated");
        row("401 before 404: bad token, unknown org", "bad", "GET", QStringLiteral("/orgs/org_nope"), {}, 401,
            "unauthenticated");
        row("401 before 413: no token, oversized", "none", "PATCH", org, huge, 401, "unauthenticated");
        row("404 before 400: non-member, malformed", "gus", "PATCH", org, malformed, 404, "not_found");
        row("404 before 413: non-member, oversized", "gus", "PATCH", org, huge, 404, "not_found");
        row("404 before 403: user, unknown key", "uma", "PATCH", org + QStringLiteral("/api-keys/key_nope"),
            "{\"enabled\":false}", 404, "not_found");
        row("403 before 413: user, oversized to admin-only", "uma", "PATCH", org, huge, 403, "forbidden");
        row("403 before 400: user, malformed to admin-only", "uma", "PATCH", org, malformed, 403, "forbidden");
        row("403 before 400: user, mistyped role change", "uma", "PATCH", org + QStringLiteral("/members/{uma}"),
            "{\"role\":true}", 403, "forbidden");
        row("403 before 422: manager invites admin with bad email", "max", "POST", org + QStringLiteral("/invitations"),
            "{\"email\":\"bad\",\"role\":\"admin\"}", 403, "forbidden");
        row("413 before 400: admin, oversized malformed", "ada", "PATCH", org, hugeMalformed, 413, "payload_too_large");
        row("400: admin, malformed", "ada", "PATCH", org, malformed, 400, "bad_request");
        row("400 before 422: bad email and mistyped role", "ada", "POST", org + QStringLiteral("/invitations"),
            "{\"email\":\"bad\",\"role\":true}", 400, "bad_request");
        row("422: empty org name", "ada", "PATCH", org, "{\"name\":\"   \"}", 422, "validation_failed");
        row("422: org name 101", "ada", "PATCH", org, "{\"name\":\"" + QByteArray(101, 'n') + "\"}", 422,
            "validation_failed");
        row("422: org name with a control character", "ada", "PATCH", org, "{\"name\":\"a\\u0007b\"}", 422,
            "validation_failed");
        row("422 before 409: member email, unknown role", "ada", "POST", org + QStringLiteral("/invitations"),
            "{\"email\":\"ada@acme.test\",\"role\":\"owner\"}", 422, "validation_failed");
        row("422 before 409: last admin to unknown role", "ada", "PATCH", org + QStringLiteral("/members/{ada}"),
            "{\"role\":\"owner\"}", 422, "validation_failed");
        row("409: last admin demotes herself", "ada", "PATCH", org + QStringLiteral("/members/{ada}"),
            "{\"role\":\"user\"}", 409, "last_admin");
        row("409: member invited", "ada", "POST", org + QStringLiteral("/invitations"),
            "{\"email\":\"uma@acme.test\",\"role\":\"user\"}", 409, "already_member");
    }
    void orderOfChecks()
    {
        QFETCH(QString, who);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QVERIFY2(prepareShared(), qPrintable(m_server.error()));
        HttpClient c(m_server.url());
        c.setToken(tokenOf(who));
        if (path.contains(QLatin1String("{ada}"))) {
            HttpClient ada(m_server.url());
            ada.setToken(m_ids.adaToken);
            path.replace(QStringLiteral("{ada}"),
                         ada.get(QStringLiteral("/me"))
                             .object()
                             .value(QLatin1String("user"))
                             .toObject()
                             .value(QLatin1String("id"))
                             .toString());
        }
        const QString target = fill(path);
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        const HttpResponse r = send(c, method, target, body);
        TB_PROBLEM(r, status, code);
        if (status == 401)
            QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void failedLoginChangesOnlyLoginFailures()
    {
        TB_START(m_server);
        HttpClient c(m_server.url());
        const QByteArray before = dumpWithout(m_server.databaseUrl(), {"login_failures"});
        TB_PROBLEM(c.post(QStringLiteral("/auth/login"),
                          QJsonObject {{QStringLiteral("email"), QStringLiteral("ada@acme.test")},
                                       {QStringLiteral("password"), QStringLiteral("wrong-password")}}),
                   401, "unauthenticated");
        TB_PROBLEM(c.post(QStringLiteral("/auth/login"),
                          QJsonObject {{QStringLiteral("email"), QStringLiteral("nobody@acme.test")},
                                       {QStringLiteral("password"), QStringLiteral("wrong-password")}}),
                   401, "unauthenticated");
        TB_DB_UNCHANGED(before, dumpWithout(m_server.databaseUrl(), {"login_failures"}));
    }

    void unknownPathIs404_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/api/v1/nope") << QStringLiteral("/nope");
        QTest::newRow("/api/v1/orgs/{acme}/nope") << QStringLiteral("/orgs/{acme}/nope");
        QTest::newRow("/api/v1/orgs/{acme}/members/x/y/z") << QStringLiteral("/orgs/{acme}/members/x/y/z");
        QTest::newRow("/api/v2/me") << QStringLiteral("{base}/api/v2/me");
        QTest::newRow("/nope") << QStringLiteral("{base}/nope");
    }
    void unknownPathIs404()
    {
        QFETCH(QString, path);
        QVERIFY2(prepareShared(), qPrintable(m_server.error()));
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        path.replace(QStringLiteral("{base}"), m_server.url().toString());
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(c.get(fill(path)), 404, "not_found");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void wrongMethodIs405_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("allowed");
        QTest::newRow("DELETE /auth/login")
            << QStringLiteral("DELETE") << QStringLiteral("/auth/login") << QStringList {QStringLiteral("POST")};
        QTest::newRow("POST /me") << QStringLiteral("POST") << QStringLiteral("/me")
                                  << QStringList {QStringLiteral("GET")};
        QTest::newRow("PUT /orgs/{acme}")
            << QStringLiteral("PUT") << QStringLiteral("/orgs/{acme}")
            << QStringList {QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("DELETE")};
        QTest::newRow("DELETE /orgs/{acme}/billing/subscription")
            << QStringLiteral("DELETE") << QStringLiteral("/orgs/{acme}/billing/subscription")
            << QStringList {QStringLiteral("GET"), QStringLiteral("PATCH")};
        QTest::newRow("GET /orgs/{acme}/leave")
            << QStringLiteral("GET") << QStringLiteral("/orgs/{acme}/leave") << QStringList {QStringLiteral("POST")};
        QTest::newRow("PATCH /healthz") << QStringLiteral("PATCH") << QStringLiteral("/healthz")
                                        << QStringList {QStringLiteral("GET")};
    }
    void wrongMethodIs405()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QStringList, allowed);
        QVERIFY2(prepareShared(), qPrintable(m_server.error()));
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        const HttpResponse r = send(c, method, fill(path), "{}");
        TB_PROBLEM(r, 405, "method_not_allowed");
        QStringList allow;
        for (const QByteArray &m : r.header("Allow").split(','))
            allow << QString::fromLatin1(m.trimmed()).toUpper();
        for (const QString &m : allowed)
            QVERIFY2(allow.contains(m), qPrintable(QStringLiteral("Allow: ") + allow.join(QLatin1Char(','))));
        QVERIFY2(!allow.contains(method), qPrintable(QStringLiteral("Allow: ") + allow.join(QLatin1Char(','))));
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
