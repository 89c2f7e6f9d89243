// Authentication, sessions, API keys vs sessions, login rate limit, creating orgs.
// Oracle: shared/API.md and docs/api-decisions.md.
#include "support/ServerHarness.h"
#include "support/TestSupport.h"

#include <QtTest>

namespace {

QJsonObject credentials(const QString &email, const QString &password)
{
    return QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginSuccessShape();
    void secretsStoredOnlyAsHashes();
    void wrongPasswordAndUnknownEmailLookAlike();
    void loginMalformedBody_data();
    void loginMalformedBody();
    void emailIsCaseInsensitive();
    void logoutRevokesOnlyThatToken();
    void meShape();
    void badTokens_data();
    void badTokens();
    void expiredToken();
    void apiKeyOnlyForAgentPing();
    void apiKeyWithoutDescription();
    void sessionTokenOnAgentPing();
    void loginRateLimit();
    void rateLimitIsPerEmail();
    void successfulLoginClearsFailureCount();
    void createOrgStartsFree();
    void orgNameValidation_data();
    void orgNameValidation();
    void orgNameAccepted_data();
    void orgNameAccepted();
    void createOrgNeedsAuth();

private:
    // Tests that leave no state others depend on (rejected requests, reads, new orgs) share
    // one server; anything touching sessions or the login rate limit starts its own.
    std::unique_ptr<ServerProcess> m_shared;
    DemoIds m_ids;
    QString m_umaToken;
};

void TestAuth::initTestCase()
{
    m_shared = std::make_unique<ServerProcess>();
    QVERIFY2(m_shared->start(), qPrintable(m_shared->lastError()));
    m_ids = demoIds(m_shared->baseUrl());
    QVERIFY(!m_ids.acme.isEmpty());
    m_umaToken = login(m_shared->baseUrl(), QStringLiteral("uma@acme.test"));
    QVERIFY(!m_umaToken.isEmpty());
}

void TestAuth::cleanupTestCase()
{
    m_shared.reset();
}

void TestAuth::loginSuccessShape()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(server.baseUrl());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const HttpResponse r = client.post(QStringLiteral("/auth/login"),
                                       credentials(QStringLiteral("ada@acme.test"), QStringLiteral("demo-password")));
    QCOMPARE_STATUS(r, 200);
    QVERIFY2(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type").constData());
    const QJsonObject o = r.object();
    const QString token = o.value(QLatin1String("token")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^ods_[A-Za-z0-9_-]{43}$")).match(token).hasMatch(), qPrintable(token));

    const QDateTime expires = parseRfc3339Utc(o.value(QLatin1String("expiresAt")).toString());
    QVERIFY2(expires.isValid(), qPrintable(o.value(QLatin1String("expiresAt")).toString()));
    const qint64 ttl = before.secsTo(expires);
    QVERIFY2(ttl > 30 * 86400 - 120 && ttl < 30 * 86400 + 120, qPrintable(QString::number(ttl)));

    const QJsonObject user = o.value(QLatin1String("user")).toObject();
    QVERIFY(!user.value(QLatin1String("id")).toString().isEmpty());
    QVERIFY(!user.value(QLatin1String("name")).toString().isEmpty());
    QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("ada@acme.test"));

    // A second login gives another, working token.
    const QString second = login(server.baseUrl(), QStringLiteral("ada@acme.test"));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != token);
    client.setToken(token);
    const HttpResponse me = client.get(QStringLiteral("/me"));
    QCOMPARE_STATUS(me, 200);
    QCOMPARE(me.object().value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString(),
             user.value(QLatin1String("id")).toString());
}

void TestAuth::secretsStoredOnlyAsHashes()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const QString token = login(server.baseUrl(), QStringLiteral("ada@acme.test"));
    QVERIFY(!token.isEmpty());
    const QString db = server.databaseUrl();
    const QList<QVariantList> hashed = queryDatabase(
        db, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = '%1'").arg(sha256Hex(token)));
    QCOMPARE(hashed.value(0).value(0).toInt(), 1);
    const QByteArray dump = dumpDatabase(db);
    QVERIFY(!dump.isEmpty());
    QVERIFY2(!dump.contains(token.toUtf8()), "the session token is stored in clear");
    QVERIFY(!dump.contains("demo-password"));
    const QList<QVariantList> argon
        = queryDatabase(db, QStringLiteral("SELECT password_hash FROM users WHERE email = 'ada@acme.test'"));
    QVERIFY2(argon.value(0).value(0).toString().startsWith(QLatin1String("$argon2id$")),
             qPrintable(argon.value(0).value(0).toString()));
    // Logging never shows the token or the password.
    QVERIFY(!server.log().contains(token.toUtf8()));
    QVERIFY(!server.log().contains("demo-password"));
}

void TestAuth::wrongPasswordAndUnknownEmailLookAlike()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(server.baseUrl());
    const HttpResponse wrong = client.post(
        QStringLiteral("/auth/login"), credentials(QStringLiteral("ada@acme.test"), QStringLiteral("wrong-password")));
    QVERIFY_PROBLEM(wrong, 401, "unauthenticated");
    QVERIFY(!wrong.object().contains(QLatin1String("token")));
    const HttpResponse unknown
        = client.post(QStringLiteral("/auth/login"),
                      credentials(QStringLiteral("nobody@acme.test"), QStringLiteral("wrong-password")));
    QVERIFY_PROBLEM(unknown, 401, "unauthenticated");
    // No user enumeration: same title, detail and code.
    QCOMPARE(unknown.object().value(QLatin1String("detail")), wrong.object().value(QLatin1String("detail")));
    QCOMPARE(unknown.object().value(QLatin1String("title")), wrong.object().value(QLatin1String("title")));
    // A generated member has no password: no password logs them in.
    const HttpResponse empty
        = client.post(QStringLiteral("/auth/login"), credentials(QStringLiteral("ada@acme.test"), QString()));
    QCOMPARE(empty.status == 401 || empty.status == 422, true);
}

void TestAuth::loginMalformedBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("email=ada@acme.test&password=demo-password");
    QTest::newRow("truncated json") << QByteArray("{\"email\":\"ada@acme.test\",");
    QTest::newRow("array") << QByteArray("[\"ada@acme.test\",\"demo-password\"]");
    QTest::newRow("email number") << QByteArray("{\"email\":42,\"password\":\"demo-password\"}");
    QTest::newRow("password object") << QByteArray("{\"email\":\"ada@acme.test\",\"password\":{}}");
}

void TestAuth::loginMalformedBody()
{
    QFETCH(QByteArray, body);
    HttpClient client(m_shared->baseUrl());
    QVERIFY_PROBLEM(client.postRaw(QStringLiteral("/auth/login"), body), 400, "bad_request");
}

void TestAuth::emailIsCaseInsensitive()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(server.baseUrl());
    const HttpResponse r = client.post(QStringLiteral("/auth/login"),
                                       credentials(QStringLiteral("ADA@Acme.TEST"), QStringLiteral("demo-password")));
    QCOMPARE_STATUS(r, 200);
    QCOMPARE(r.object().value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString(),
             QStringLiteral("ada@acme.test"));
    // The password is not case-insensitive.
    QVERIFY_PROBLEM(client.post(QStringLiteral("/auth/login"),
                                credentials(QStringLiteral("ada@acme.test"), QStringLiteral("DEMO-PASSWORD"))),
                    401, "unauthenticated");
}

void TestAuth::logoutRevokesOnlyThatToken()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const QString first = login(server.baseUrl(), QStringLiteral("uma@acme.test"));
    const QString second = login(server.baseUrl(), QStringLiteral("uma@acme.test"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    HttpClient client(server.baseUrl());
    client.setToken(first);
    QCOMPARE_STATUS(client.get(QStringLiteral("/me")), 200);
    const HttpResponse out = client.post(QStringLiteral("/auth/logout"));
    QCOMPARE_STATUS(out, 204);
    QVERIFY(out.body.isEmpty());
    QVERIFY_PROBLEM(client.get(QStringLiteral("/me")), 401, "unauthenticated");
    // Logging out again with the revoked token: 401.
    QVERIFY_PROBLEM(client.post(QStringLiteral("/auth/logout")), 401, "unauthenticated");
    QCOMPARE(
        queryDatabase(server.databaseUrl(),
                      QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = '%1'").arg(sha256Hex(first)))
            .value(0)
            .value(0)
            .toInt(),
        0);
    // The other session of the same user is untouched.
    HttpClient other(server.baseUrl());
    other.setToken(second);
    QCOMPARE_STATUS(other.get(QStringLiteral("/me")), 200);
    // Logout without any token: 401.
    HttpClient anonymous(server.baseUrl());
    QVERIFY_PROBLEM(anonymous.post(QStringLiteral("/auth/logout")), 401, "unauthenticated");
}

void TestAuth::meShape()
{
    ServerProcess &server = *m_shared;
    struct Expect
    {
        QString email;
        QMap<QString, QString> roles;
    };
    const QList<Expect> expectations {
        {QStringLiteral("ada@acme.test"),
         {{QStringLiteral("Acme Monitoring"), QStringLiteral("admin")},
          {QStringLiteral("Globex"), QStringLiteral("user")}}},
        {QStringLiteral("max@acme.test"), {{QStringLiteral("Acme Monitoring"), QStringLiteral("manager")}}},
        {QStringLiteral("uma@acme.test"), {{QStringLiteral("Acme Monitoring"), QStringLiteral("user")}}},
        {QStringLiteral("otto@acme.test"), {{QStringLiteral("Acme Monitoring"), QStringLiteral("observer")}}},
        {QStringLiteral("bea@acme.test"), {{QStringLiteral("Acme Monitoring"), QStringLiteral("business")}}},
        {QStringLiteral("gus@globex.test"), {{QStringLiteral("Globex"), QStringLiteral("admin")}}},
    };
    QSet<QString> orgIds;
    for (const Expect &e : expectations) {
        HttpClient client(server.baseUrl());
        const QString token = login(server.baseUrl(), e.email);
        QVERIFY2(!token.isEmpty(), qPrintable(e.email));
        client.setToken(token);
        const HttpResponse r = client.get(QStringLiteral("/me"));
        QCOMPARE_STATUS(r, 200);
        const QJsonObject user = r.object().value(QLatin1String("user")).toObject();
        QCOMPARE(user.value(QLatin1String("email")).toString(), e.email);
        QVERIFY(!user.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(!user.value(QLatin1String("name")).toString().isEmpty());
        QMap<QString, QString> got;
        for (const QJsonValue &v : r.object().value(QLatin1String("orgs")).toArray()) {
            const QJsonObject org = v.toObject();
            QVERIFY(!org.value(QLatin1String("id")).toString().isEmpty());
            orgIds.insert(org.value(QLatin1String("name")).toString() + QLatin1Char('=')
                          + org.value(QLatin1String("id")).toString());
            got.insert(org.value(QLatin1String("name")).toString(), org.value(QLatin1String("role")).toString());
        }
        QCOMPARE(got, e.roles);
    }
    // Everybody sees the same id for the same org.
    QCOMPARE(orgIds.size(), 2);
}

void TestAuth::badTokens_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
    QTest::newRow("garbage") << QByteArray("Bearer garbage");
    QTest::newRow("unknown well-formed") << QByteArray("Bearer ods_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("basic scheme") << QByteArray("Basic YWRhQGFjbWUudGVzdDpkZW1vLXBhc3N3b3Jk");
    QTest::newRow("api key shape") << QByteArray("Bearer odk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
}

void TestAuth::badTokens()
{
    QFETCH(QByteArray, authorization);
    const DemoIds &ids = m_ids;
    HttpClient client(m_shared->baseUrl());
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    QVERIFY_PROBLEM(client.get(QStringLiteral("/me"), headers), 401, "unauthenticated");
    QVERIFY_PROBLEM(client.get(orgPath(ids.acme), headers), 401, "unauthenticated");
    QVERIFY_PROBLEM(client.get(orgPath(ids.acme, QStringLiteral("/members")), headers), 401, "unauthenticated");
    QVERIFY_PROBLEM(client.get(QStringLiteral("/agent/ping"), headers), 401, "unauthenticated");
    // 401 comes before 404: an org that does not exist still answers 401.
    QVERIFY_PROBLEM(client.get(orgPath(QStringLiteral("org_doesnotexist")), headers), 401, "unauthenticated");
}

void TestAuth::expiredToken()
{
    ServerProcess server;
    ServerOptions options;
    options.extraArgs = QStringList {QStringLiteral("--session-ttl"), QStringLiteral("1")};
    QVERIFY2(server.start(options), qPrintable(server.lastError()));
    HttpClient client(server.baseUrl());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const HttpResponse r = client.post(QStringLiteral("/auth/login"),
                                       credentials(QStringLiteral("ada@acme.test"), QStringLiteral("demo-password")));
    QCOMPARE_STATUS(r, 200);
    const QDateTime expires = parseRfc3339Utc(r.object().value(QLatin1String("expiresAt")).toString());
    QVERIFY(expires.isValid());
    QVERIFY2(qAbs(before.secsTo(expires)) <= 3, qPrintable(expires.toString(Qt::ISODate)));
    client.setToken(r.object().value(QLatin1String("token")).toString());
    // Wait for the token's lifetime (1 s) to pass, with margin for whole-second timestamps.
    QTest::qWait(2500);
    QVERIFY_PROBLEM(client.get(QStringLiteral("/me")), 401, "unauthenticated");
    // A fresh login works again.
    QVERIFY(!login(server.baseUrl(), QStringLiteral("ada@acme.test")).isEmpty());
}

void TestAuth::apiKeyOnlyForAgentPing()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const HttpResponse created
        = ada.post(orgPath(ids.acme, QStringLiteral("/api-keys")),
                   QJsonObject {{QStringLiteral("name"), QStringLiteral("agent key")},
                                {QStringLiteral("description"), QStringLiteral("for the ping test")}});
    QCOMPARE_STATUS(created, 201);
    const QString secret = created.object().value(QLatin1String("secret")).toString();
    const QString keyId = created.object().value(QLatin1String("id")).toString();
    QVERIFY2(secret.startsWith(QLatin1String("odk_")), qPrintable(secret));

    HttpClient key(server.baseUrl());
    key.setToken(secret);
    const HttpResponse ping = key.get(QStringLiteral("/agent/ping"));
    QCOMPARE_STATUS(ping, 200);
    QCOMPARE(ping.object().value(QLatin1String("orgId")).toString(), ids.acme);
    QCOMPARE(ping.object().value(QLatin1String("keyId")).toString(), keyId);

    QVERIFY_PROBLEM(key.get(QStringLiteral("/me")), 401, "unauthenticated");
    QVERIFY_PROBLEM(key.get(orgPath(ids.acme)), 401, "unauthenticated");
    QVERIFY_PROBLEM(key.get(orgPath(ids.acme, QStringLiteral("/api-keys"))), 401, "unauthenticated");
    QVERIFY_PROBLEM(key.post(QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), QStringLiteral("K")}}), 401,
                    "unauthenticated");
    QVERIFY_PROBLEM(key.post(QStringLiteral("/auth/logout")), 401, "unauthenticated");
    // The key still works: rejected uses did not revoke it.
    QCOMPARE_STATUS(key.get(QStringLiteral("/agent/ping")), 200);
}

void TestAuth::apiKeyWithoutDescription()
{
    // description is optional (API.md: `{name, description?}`).
    HttpClient ada(m_shared->baseUrl());
    ada.setToken(m_ids.adaToken);
    const HttpResponse created = ada.post(orgPath(m_ids.acme, QStringLiteral("/api-keys")),
                                          QJsonObject {{QStringLiteral("name"), QStringLiteral("no description")}});
    QCOMPARE_STATUS(created, 201);
    QVERIFY(created.object().value(QLatin1String("secret")).toString().startsWith(QLatin1String("odk_")));
    HttpClient key(m_shared->baseUrl());
    key.setToken(created.object().value(QLatin1String("secret")).toString());
    QCOMPARE_STATUS(key.get(QStringLiteral("/agent/ping")), 200);
}

void TestAuth::sessionTokenOnAgentPing()
{
    HttpClient client(m_shared->baseUrl());
    client.setToken(m_ids.adaToken);
    QVERIFY_PROBLEM(client.get(QStringLiteral("/agent/ping")), 401, "unauthenticated");
    QCOMPARE_STATUS(client.get(QStringLiteral("/me")), 200);
}

void TestAuth::loginRateLimit()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(server.baseUrl());
    const QString earlier = login(server.baseUrl(), QStringLiteral("ada@acme.test"));
    QVERIFY(!earlier.isEmpty());
    // Ten failures, some with the email in other cases: one email, matched case-insensitively.
    for (int i = 0; i < 10; ++i) {
        const QString email = (i % 3 == 0) ? QStringLiteral("ADA@acme.test") : QStringLiteral("ada@acme.test");
        const HttpResponse r = client.post(QStringLiteral("/auth/login"),
                                           credentials(email, QStringLiteral("wrong-password-%1").arg(i)));
        QVERIFY2(r.status == 401,
                 qPrintable(QStringLiteral("failure %1: ").arg(i + 1) + QString::fromUtf8(describe(r))));
    }
    const HttpResponse limited = client.post(
        QStringLiteral("/auth/login"), credentials(QStringLiteral("ada@acme.test"), QStringLiteral("demo-password")));
    QVERIFY_PROBLEM(limited, 429, "rate_limited");
    bool ok = false;
    const int retryAfter = limited.header("Retry-After").toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
    QVERIFY(!limited.object().contains(QLatin1String("token")));
    // Still limited, whatever the password.
    QVERIFY_PROBLEM(client.post(QStringLiteral("/auth/login"),
                                credentials(QStringLiteral("Ada@Acme.Test"), QStringLiteral("demo-password"))),
                    429, "rate_limited");
    // Sessions issued before the limit keep working; the limit is on logins only.
    HttpClient session(server.baseUrl());
    session.setToken(earlier);
    QCOMPARE_STATUS(session.get(QStringLiteral("/me")), 200);
    // A different email is unaffected.
    QVERIFY(!login(server.baseUrl(), QStringLiteral("max@acme.test")).isEmpty());
}

void TestAuth::rateLimitIsPerEmail()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(server.baseUrl());
    // Nine failures for each of two emails: neither is limited (the count is per email).
    for (int i = 0; i < 9; ++i) {
        QCOMPARE_STATUS(client.post(QStringLiteral("/auth/login"),
                                    credentials(QStringLiteral("otto@acme.test"), QStringLiteral("nope"))),
                        401);
        QCOMPARE_STATUS(client.post(QStringLiteral("/auth/login"),
                                    credentials(QStringLiteral("bea@acme.test"), QStringLiteral("nope"))),
                        401);
    }
    QVERIFY(!login(server.baseUrl(), QStringLiteral("otto@acme.test")).isEmpty());
    QVERIFY(!login(server.baseUrl(), QStringLiteral("bea@acme.test")).isEmpty());
}

void TestAuth::successfulLoginClearsFailureCount()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(server.baseUrl());
    for (int i = 0; i < 9; ++i)
        QCOMPARE_STATUS(client.post(QStringLiteral("/auth/login"),
                                    credentials(QStringLiteral("uma@acme.test"), QStringLiteral("nope"))),
                        401);
    QVERIFY(!login(server.baseUrl(), QStringLiteral("uma@acme.test")).isEmpty());
    // Had the count not been cleared, these 9 would make 18 failures within 60 s.
    for (int i = 0; i < 9; ++i)
        QCOMPARE_STATUS(client.post(QStringLiteral("/auth/login"),
                                    credentials(QStringLiteral("uma@acme.test"), QStringLiteral("nope"))),
                        401);
    QVERIFY(!login(server.baseUrl(), QStringLiteral("uma@acme.test")).isEmpty());
}

void TestAuth::createOrgStartsFree()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    // Any signed-in user, even one whose only role is business.
    const QString token = login(server.baseUrl(), QStringLiteral("bea@acme.test"));
    HttpClient bea(server.baseUrl());
    bea.setToken(token);
    const HttpResponse created
        = bea.post(QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Bea Labs")}});
    QCOMPARE_STATUS(created, 201);
    const QJsonObject org = created.object();
    const QString id = org.value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(org.value(QLatin1String("name")).toString(), QStringLiteral("Bea Labs"));
    QCOMPARE(org.value(QLatin1String("hasLogo")).toBool(true), false);
    QCOMPARE(org.value(QLatin1String("memberCount")).toInt(), 1);
    QVERIFY(org.value(QLatin1String("version")).isDouble());
    QVERIFY(parseRfc3339Utc(org.value(QLatin1String("createdAt")).toString()).isValid());

    // The creator is its admin, in /me and in the member list.
    const HttpResponse me = bea.get(QStringLiteral("/me"));
    QString roleInMe;
    for (const QJsonValue &v : me.object().value(QLatin1String("orgs")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            roleInMe = v.toObject().value(QLatin1String("role")).toString();
    QCOMPARE(roleInMe, QStringLiteral("admin"));
    const HttpResponse members = bea.get(orgPath(id, QStringLiteral("/members")));
    QCOMPARE_STATUS(members, 200);
    QCOMPARE(members.object().value(QLatin1String("total")).toInt(), 1);
    const QJsonObject only = members.object().value(QLatin1String("items")).toArray().first().toObject();
    QCOMPARE(only.value(QLatin1String("email")).toString(), QStringLiteral("bea@acme.test"));
    QCOMPARE(only.value(QLatin1String("role")).toString(), QStringLiteral("admin"));

    // Initial subscription: free, active, 1 seat at price 0, no invoices, no cards.
    const HttpResponse sub = bea.get(orgPath(id, QStringLiteral("/billing/subscription")));
    QCOMPARE_STATUS(sub, 200);
    const QJsonObject s = sub.object();
    QCOMPARE(s.value(QLatin1String("plan")).toString(), QStringLiteral("free"));
    QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(s.value(QLatin1String("seats")).toInt(), 1);
    QVERIFY(s.value(QLatin1String("pricePerSeat")).isDouble());
    QCOMPARE(s.value(QLatin1String("pricePerSeat")).toInt(-1), 0);
    QVERIFY(s.contains(QLatin1String("pendingSeats")));
    QVERIFY(s.value(QLatin1String("pendingSeats")).isNull());
    const HttpResponse invoices = bea.get(orgPath(id, QStringLiteral("/billing/invoices")));
    QCOMPARE_STATUS(invoices, 200);
    QCOMPARE(invoices.object().value(QLatin1String("total")).toInt(-1), 0);
    QCOMPARE(invoices.object().value(QLatin1String("items")).toArray().size(), 0);
    const HttpResponse cards = bea.get(orgPath(id, QStringLiteral("/billing/payment-methods")));
    QCOMPARE_STATUS(cards, 200);
    QVERIFY(QJsonDocument::fromJson(cards.body).isArray());
    QCOMPARE(cards.array().size(), 0);
    // The new org is not visible to others.
    HttpClient ada(server.baseUrl());
    ada.setToken(login(server.baseUrl(), QStringLiteral("ada@acme.test")));
    QVERIFY_PROBLEM(ada.get(orgPath(id)), 404, "not_found");
}

void TestAuth::orgNameValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    const auto withName = [](const QString &name) {
        return QJsonDocument(QJsonObject {{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("empty") << withName(QString());
    QTest::newRow("whitespace only") << withName(QStringLiteral("  \t  "));
    QTest::newRow("101 chars") << withName(QString(101, QLatin1Char('n')));
    QTest::newRow("101 chars non-ascii") << withName(QString(101, QChar(0x00e9)));
    QTest::newRow("newline") << withName(QStringLiteral("Acme\nEvil"));
    QTest::newRow("tab inside") << withName(QStringLiteral("Acme\tEvil"));
    QTest::newRow("bell") << withName(QStringLiteral("Acme") + QChar(0x07));
    QTest::newRow("nul") << withName(QStringLiteral("Acme") + QChar(0x00) + QStringLiteral("Evil"));
    QTest::newRow("escape") << withName(QChar(0x1b) + QStringLiteral("[31mRed"));
    QTest::newRow("delete char") << withName(QStringLiteral("Acme") + QChar(0x7f));
    QTest::newRow("missing") << QByteArray("{}");
}

void TestAuth::orgNameValidation()
{
    QFETCH(QByteArray, body);
    HttpClient client(m_shared->baseUrl());
    client.setToken(m_umaToken);
    const QByteArray before = dumpDatabase(m_shared->databaseUrl());
    const HttpResponse r = client.postRaw(QStringLiteral("/orgs"), body);
    QVERIFY_VALIDATION(r, "name");
    QCOMPARE(dumpDatabase(m_shared->databaseUrl()), before);
    // Wrong JSON types are 400, not 422.
    QVERIFY_PROBLEM(client.postRaw(QStringLiteral("/orgs"), QByteArray("{\"name\":42}")), 400, "bad_request");
}

void TestAuth::orgNameAccepted_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored");
    QTest::newRow("100 chars") << QString(100, QLatin1Char('x')) << QString(100, QLatin1Char('x'));
    QTest::newRow("100 non-ascii chars") << QString(100, QChar(0x00e9)) << QString(100, QChar(0x00e9));
    QTest::newRow("1 char") << QStringLiteral("Z") << QStringLiteral("Z");
    QTest::newRow("trimmed") << QStringLiteral("  Trimmed Co \t") << QStringLiteral("Trimmed Co");
    QTest::newRow("100 chars after trimming")
        << (QStringLiteral("   ") + QString(100, QLatin1Char('y')) + QStringLiteral("  "))
        << QString(100, QLatin1Char('y'));
    QTest::newRow("unicode") << QString::fromUtf8("Ünïcødé 株式会社") << QString::fromUtf8("Ünïcødé 株式会社");
}

void TestAuth::orgNameAccepted()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    HttpClient client(m_shared->baseUrl());
    client.setToken(m_umaToken);
    const HttpResponse r = client.post(QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), name}});
    QCOMPARE_STATUS(r, 201);
    QCOMPARE(r.object().value(QLatin1String("name")).toString(), stored);
    const HttpResponse get = client.get(orgPath(r.object().value(QLatin1String("id")).toString()));
    QCOMPARE_STATUS(get, 200);
    QCOMPARE(get.object().value(QLatin1String("name")).toString(), stored);
}

void TestAuth::createOrgNeedsAuth()
{
    HttpClient client(m_shared->baseUrl());
    // 401 comes before 422.
    QVERIFY_PROBLEM(client.post(QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), QString()}}), 401,
                    "unauthenticated");
    QVERIFY_PROBLEM(client.post(QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Ok")}}),
                    401, "unauthenticated");
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
