// Black-box tests of org API keys: generate, list, secret handling (responses, log, database),
// /agent/ping, lastUsedAt, enable/disable/delete, validation and scoping.
// Oracle: shared/API.md and docs/api-decisions.md.

#include "support_b.h"

#include <QTest>

using namespace tb;

namespace {

QJsonObject keyBody(const QString &name, const QString &description = QStringLiteral("test key"))
{
    return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("description"), description}};
}

} // namespace

class TestApiKeys : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    DemoIds m_ids;

    QString keysPath() const { return QStringLiteral("/orgs/%1/api-keys").arg(m_ids.acme); }
    QString keyPath(const QString &id) const { return keysPath() + QLatin1Char('/') + id; }

    HttpResponse ping(const QString &secret)
    {
        HttpClient agent(m_server.url());
        agent.setToken(secret);
        return agent.get(QStringLiteral("/agent/ping"));
    }
    qint64 orgVersion(HttpClient &c)
    {
        return c.get(QStringLiteral("/orgs/%1").arg(m_ids.acme)).object().value(QLatin1String("version")).toInteger(-1);
    }

private slots:
    void init() { m_server.releaseIfOtherFunction(); }
    void cleanupTestCase() { m_server.release(); }

    void generateAnswersSecretOnce()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        const Person ada = signIn(m_server.url(), QStringLiteral("ada@acme.test"));
        HttpClient c(m_server.url());
        c.setToken(ada.token);
        const qint64 before = nowSecs();
        const HttpResponse r
            = c.post(keysPath(), keyBody(QStringLiteral("Build agent"), QStringLiteral("CI runners in eu-west")));
        const qint64 after = nowSecs();
        TB_STATUS(r, 201);
        const QJsonObject o = r.object();
        const QString secret = o.value(QLatin1String("secret")).toString();
        QVERIFY2(isSecret(secret, QStringLiteral("odk_")), qPrintable(describe(r)));
        QCOMPARE(o.value(QLatin1String("prefix")).toString(), secret.left(12));
        QVERIFY(!o.value(QLatin1String("id")).toString().isEmpty());
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("Build agent"));
        QCOMPARE(o.value(QLatin1String("description")).toString(), QStringLiteral("CI runners in eu-west"));
        QCOMPARE(o.value(QLatin1String("enabled")), QJsonValue(true));
        TB_JSON_EQ(o.value(QLatin1String("createdBy")),
                   (QJsonObject {{QStringLiteral("userId"), ada.userId}, {QStringLiteral("name"), ada.name}}));
        QVERIFY(isTimestamp(o.value(QLatin1String("createdAt"))));
        const qint64 created = epoch(o.value(QLatin1String("createdAt")));
        QVERIFY(created >= before - 2 && created <= after + 2);
        QVERIFY2(o.value(QLatin1String("lastUsedAt")).isNull(), qPrintable(describe(r)));

        // The list: the same key without the secret.
        const HttpResponse list = c.get(keysPath());
        TB_STATUS(list, 200);
        QCOMPARE(list.array().size(), 4); // 3 demo keys + this one
        const QJsonObject listed = findById(list.array(), o.value(QLatin1String("id")).toString());
        TB_JSON_EQ(listed, without(o, {QStringLiteral("secret")}));
        for (const QJsonValue &v : list.array()) {
            const QJsonObject k = v.toObject();
            QVERIFY2(!k.contains(QStringLiteral("secret")), qPrintable(compact(k)));
            for (const char *field :
                 {"id", "name", "description", "enabled", "prefix", "createdAt", "createdBy", "lastUsedAt"})
                QVERIFY2(k.contains(s(field)), qPrintable(s(field) + QStringLiteral(" missing: ") + compact(k)));
            QVERIFY(k.value(QLatin1String("prefix")).toString().startsWith(QStringLiteral("odk_")));
            QCOMPARE(k.value(QLatin1String("prefix")).toString().size(), 12);
        }

        // A manager generates too; a description is optional.
        const Person max = signIn(m_server.url(), QStringLiteral("max@acme.test"));
        HttpClient mc(m_server.url());
        mc.setToken(max.token);
        const HttpResponse r2
            = mc.post(keysPath(), QJsonObject {{QStringLiteral("name"), QStringLiteral("No description")}});
        TB_STATUS(r2, 201);
        TB_JSON_EQ(r2.object().value(QLatin1String("createdBy")),
                   (QJsonObject {{QStringLiteral("userId"), max.userId}, {QStringLiteral("name"), max.name}}));
        const QJsonValue d = r2.object().value(QLatin1String("description"));
        QVERIFY2(d.isNull() || d.toString().isEmpty(), qPrintable(describe(r2)));
        QVERIFY(r2.object().value(QLatin1String("secret")).toString() != secret);
    }

    void secretIsNeverDisclosed()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const qint64 v0 = orgVersion(c);
        const HttpResponse created = c.post(keysPath(), keyBody(QStringLiteral("Secret keeper")));
        TB_STATUS(created, 201);
        const QString secret = created.object().value(QLatin1String("secret")).toString();
        const QString id = created.object().value(QLatin1String("id")).toString();
        QVERIFY(isSecret(secret, QStringLiteral("odk_")));
        // What is not public: everything after the 12-character prefix.
        const QByteArray hidden = secret.mid(12).toUtf8();
        const QByteArray adaHidden = m_ids.adaToken.mid(12).toUtf8();

        QVERIFY2(!m_server.process().log().contains(hidden), "the secret is in the server log");
        TB_STATUS(ping(secret), 200);
        TB_STATUS(ping(secret + QStringLiteral("x")), 401);

        QList<HttpResponse> seen;
        seen << c.patch(keyPath(id), QJsonObject {{QStringLiteral("description"), QStringLiteral("changed")}});
        seen << c.patch(keyPath(id), QJsonObject {{QStringLiteral("enabled"), false}});
        seen << c.patch(keyPath(id), QJsonObject {{QStringLiteral("enabled"), true}});
        const QString acme = QStringLiteral("/orgs/%1").arg(m_ids.acme);
        const QStringList paths {
            QStringLiteral("/healthz"),
            QStringLiteral("/me"),
            acme,
            acme + QStringLiteral("/members?perPage=500"),
            acme + QStringLiteral("/invitations"),
            acme + QStringLiteral("/api-keys"),
            acme + QStringLiteral("/billing/subscription"),
            acme + QStringLiteral("/billing/invoices?perPage=500"),
            acme + QStringLiteral("/billing/payment-methods"),
            acme + QStringLiteral("/billing/portal"),
            acme + QStringLiteral("/logo"),
            acme + QStringLiteral("/changes?since=0"),
            acme + QStringLiteral("/changes?since=%1").arg(v0),
            QStringLiteral("/orgs/%1").arg(m_ids.globex),
            QStringLiteral("/orgs/%1/changes?since=0").arg(m_ids.globex),
        };
        for (const QString &p : paths)
            seen << c.get(p);
        HttpClient manager(m_server.url());
        manager.setToken(login(m_server.url(), QStringLiteral("max@acme.test")));
        seen << manager.get(acme + QStringLiteral("/api-keys"));
        seen << manager.get(acme + QStringLiteral("/changes?since=0"));
        seen << ping(secret);
        for (const HttpResponse &r : seen) {
            QVERIFY2(r.status != 0, "request failed");
            QVERIFY2(!r.body.contains(hidden), qPrintable(QStringLiteral("secret in ") + describe(r)));
            for (const auto &h : r.headers)
                QVERIFY2(!h.second.contains(hidden), h.first.constData());
        }
        // The changes feed carries the key, without the secret.
        const QJsonArray changes = c.get(acme + QStringLiteral("/changes?since=%1").arg(v0))
                                       .object()
                                       .value(QLatin1String("changes"))
                                       .toArray();
        bool keyInFeed = false;
        for (const QJsonValue &ch : changes)
            keyInFeed = keyInFeed || ch.toObject().value(QLatin1String("id")).toString() == id;
        QVERIFY(keyInFeed);

        // Neither the log nor the database holds the secret (or ada's session token).
        const QByteArray log = m_server.process().log();
        QVERIFY2(!log.contains(hidden), "the secret is in the server log");
        QVERIFY2(!log.contains(adaHidden), "a session token is in the server log");
        const QByteArray dump = dumpDatabase(m_server.databaseUrl());
        QVERIFY2(dump.contains("== api_keys ("), "dump lacks api_keys");
        QVERIFY2(!dump.contains(hidden), "the secret is stored in the database");
        QVERIFY2(!dump.contains(secret.mid(4).toUtf8().toBase64()), "the secret is stored base64-encoded");
        const QList<QVariantList> hashes
            = queryDatabase(m_server.databaseUrl(), QStringLiteral("SELECT secret_hash, prefix FROM api_keys"));
        bool found = false;
        for (const QVariantList &row : hashes) {
            if (row.value(0).toString().toLower() == sha256Hex(secret)) {
                found = true;
                QCOMPARE(row.value(1).toString(), secret.left(12));
            }
        }
        QVERIFY2(found, "no api_keys.secret_hash is the SHA-256 hex digest of the secret");
    }

    void pingStampsLastUsedWithoutRaisingVersion()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse created = c.post(keysPath(), keyBody(QStringLiteral("Pinger")));
        TB_STATUS(created, 201);
        const QString secret = created.object().value(QLatin1String("secret")).toString();
        const QString id = created.object().value(QLatin1String("id")).toString();
        const HttpResponse org = c.get(QStringLiteral("/orgs/%1").arg(m_ids.acme));
        const qint64 v0 = org.object().value(QLatin1String("version")).toInteger(-1);
        QVERIFY(v0 > 0);

        const qint64 before = nowSecs();
        const HttpResponse r = ping(secret);
        const qint64 after = nowSecs();
        TB_STATUS(r, 200);
        TB_JSON_EQ(r.object(), (QJsonObject {{QStringLiteral("orgId"), m_ids.acme}, {QStringLiteral("keyId"), id}}));

        const QJsonObject listed = findById(c.get(keysPath()).array(), id);
        QVERIFY2(isTimestamp(listed.value(QLatin1String("lastUsedAt"))), qPrintable(compact(listed)));
        const qint64 used = epoch(listed.value(QLatin1String("lastUsedAt")));
        QVERIFY2(used >= before - 2 && used <= after + 2, qPrintable(compact(listed)));

        // Not a versioned change: same version, same ETag, an empty delta.
        const HttpResponse orgAfter = c.get(QStringLiteral("/orgs/%1").arg(m_ids.acme));
        QCOMPARE(orgAfter.object().value(QLatin1String("version")).toInteger(-1), v0);
        QCOMPARE(orgAfter.header("ETag"), org.header("ETag"));
        const HttpResponse delta = c.get(QStringLiteral("/orgs/%1/changes?since=%2").arg(m_ids.acme).arg(v0));
        TB_STATUS(delta, 200);
        QCOMPARE(delta.object().value(QLatin1String("changes")).toArray().size(), 0);
        QCOMPARE(delta.object().value(QLatin1String("version")).toInteger(-1), v0);

        // A later use stamps again.
        QTest::qSleep(1100); // lastUsedAt has second resolution
        TB_STATUS(ping(secret), 200);
        const QJsonObject again = findById(c.get(keysPath()).array(), id);
        QVERIFY2(epoch(again.value(QLatin1String("lastUsedAt"))) > used, qPrintable(compact(again)));
        QCOMPARE(orgVersion(c), v0);
    }

    void keyAuthenticatesOnlyPing()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QString secret = c.post(keysPath(), keyBody(QStringLiteral("Only ping")))
                                   .object()
                                   .value(QLatin1String("secret"))
                                   .toString();
        QVERIFY(!secret.isEmpty());
        HttpClient agent(m_server.url());
        agent.setToken(secret);
        for (const QString &p : {QStringLiteral("/me"), QStringLiteral("/orgs/%1").arg(m_ids.acme), keysPath()}) {
            const HttpResponse r = agent.get(p);
            TB_PROBLEM(r, 401, "unauthenticated");
            QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        }
        // A session token does not authenticate ping; neither does nothing.
        TB_PROBLEM(c.get(QStringLiteral("/agent/ping")), 401, "unauthenticated");
        HttpClient anon(m_server.url());
        TB_PROBLEM(anon.get(QStringLiteral("/agent/ping")), 401, "unauthenticated");
    }

    void patchFields()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse created = c.post(keysPath(), keyBody(QStringLiteral("Original"), QStringLiteral("first")));
        TB_STATUS(created, 201);
        const QJsonObject key = without(created.object(), {QStringLiteral("secret")});
        const QString id = key.value(QLatin1String("id")).toString();

        HttpResponse r = c.patch(keyPath(id), QJsonObject {{QStringLiteral("name"), QStringLiteral("Renamed")}});
        TB_STATUS(r, 200);
        QJsonObject expected = key;
        expected.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
        TB_JSON_EQ(r.object(), expected);

        r = c.patch(keyPath(id), QJsonObject {{QStringLiteral("description"), QStringLiteral("second")}});
        TB_STATUS(r, 200);
        expected.insert(QStringLiteral("description"), QStringLiteral("second"));
        TB_JSON_EQ(r.object(), expected);

        r = c.patch(keyPath(id), QJsonObject {{QStringLiteral("enabled"), false}});
        TB_STATUS(r, 200);
        expected.insert(QStringLiteral("enabled"), false);
        TB_JSON_EQ(r.object(), expected);

        r = c.patch(keyPath(id),
                    QJsonObject {{QStringLiteral("name"), QStringLiteral("All three")},
                                 {QStringLiteral("description"), QStringLiteral("third")},
                                 {QStringLiteral("enabled"), true}});
        TB_STATUS(r, 200);
        expected.insert(QStringLiteral("name"), QStringLiteral("All three"));
        expected.insert(QStringLiteral("description"), QStringLiteral("third"));
        expected.insert(QStringLiteral("enabled"), true);
        TB_JSON_EQ(r.object(), expected);
        TB_JSON_EQ(findById(c.get(keysPath()).array(), id), expected);
    }

    void disableAndEnableTakeEffectAtOnce()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse created = c.post(keysPath(), keyBody(QStringLiteral("Toggle")));
        const QString secret = created.object().value(QLatin1String("secret")).toString();
        const QString id = created.object().value(QLatin1String("id")).toString();
        TB_STATUS(ping(secret), 200);
        TB_STATUS(c.patch(keyPath(id), QJsonObject {{QStringLiteral("enabled"), false}}), 200);
        const HttpResponse denied = ping(secret);
        TB_PROBLEM(denied, 401, "unauthenticated");
        QVERIFY(denied.header("WWW-Authenticate").startsWith("Bearer"));
        TB_STATUS(c.patch(keyPath(id), QJsonObject {{QStringLiteral("enabled"), true}}), 200);
        TB_STATUS(ping(secret), 200);
    }

    void deleteRevokesAtOnce()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse created = c.post(keysPath(), keyBody(QStringLiteral("Doomed")));
        const QString secret = created.object().value(QLatin1String("secret")).toString();
        const QString id = created.object().value(QLatin1String("id")).toString();
        TB_STATUS(ping(secret), 200);
        const HttpResponse r = c.del(keyPath(id));
        TB_STATUS(r, 204);
        QVERIFY(r.body.isEmpty());
        TB_PROBLEM(ping(secret), 401, "unauthenticated");
        QVERIFY(findById(c.get(keysPath()).array(), id).isEmpty());
        QCOMPARE(c.get(keysPath()).array().size(), 3);
        TB_PROBLEM(c.del(keyPath(id)), 404, "not_found");
        TB_PROBLEM(c.patch(keyPath(id), QJsonObject {{QStringLiteral("enabled"), true}}), 404, "not_found");
        TB_PROBLEM(ping(secret), 401, "unauthenticated");
    }

    void validation_data()
    {
        QTest::addColumn<bool>("isPatch");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QString n101(101, QLatin1Char('k'));
        const QString d501(501, QLatin1Char('d'));
        QTest::newRow("POST name missing")
            << false << QJsonObject {{QStringLiteral("description"), QStringLiteral("x")}} << QStringLiteral("name");
        QTest::newRow("POST name empty") << false << keyBody(QString(QLatin1String(""))) << QStringLiteral("name");
        QTest::newRow("POST name 101") << false << keyBody(n101) << QStringLiteral("name");
        QTest::newRow("POST description 501")
            << false << keyBody(QStringLiteral("ok"), d501) << QStringLiteral("description");
        QTest::newRow("PATCH name empty") << true << keyBody(QString(QLatin1String(""))) << QStringLiteral("name");
        QTest::newRow("PATCH name 101") << true << keyBody(n101) << QStringLiteral("name");
        QTest::newRow("PATCH description 501")
            << true << QJsonObject {{QStringLiteral("description"), d501}} << QStringLiteral("description");
    }
    void validation()
    {
        QFETCH(bool, isPatch);
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        TB_START_SHARED(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QString id = c.get(keysPath()).array().first().toObject().value(QLatin1String("id")).toString();
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        const HttpResponse r = isPatch ? c.patch(keyPath(id), body) : c.post(keysPath(), body);
        TB_PROBLEM(r, 422, "validation_failed");
        QVERIFY2(errorFields(r).contains(field), qPrintable(describe(r)));
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void boundariesAreAccepted()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QString n100(100, QLatin1Char('k'));
        const QString d500(500, QLatin1Char('d'));
        const HttpResponse r = c.post(keysPath(), keyBody(n100, d500));
        TB_STATUS(r, 201);
        QCOMPARE(r.object().value(QLatin1String("name")).toString(), n100);
        QCOMPARE(r.object().value(QLatin1String("description")).toString(), d500);
        const QString id = r.object().value(QLatin1String("id")).toString();
        TB_STATUS(c.patch(keyPath(id), keyBody(QStringLiteral("k"), QString(QLatin1String("")))), 200);
        const QJsonObject listed = findById(c.get(keysPath()).array(), id);
        QCOMPARE(listed.value(QLatin1String("name")).toString(), QStringLiteral("k"));
        QCOMPARE(listed.value(QLatin1String("description")).toString(), QString());
    }

    void wrongTypes_data()
    {
        QTest::addColumn<bool>("isPatch");
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("POST name number") << false << QJsonObject {{QStringLiteral("name"), 5}};
        QTest::newRow("POST name array") << false << QJsonObject {{QStringLiteral("name"), QJsonArray {}}};
        QTest::newRow("POST description number")
            << false
            << QJsonObject {{QStringLiteral("name"), QStringLiteral("ok")}, {QStringLiteral("description"), 7}};
        QTest::newRow("PATCH enabled string")
            << true << QJsonObject {{QStringLiteral("enabled"), QStringLiteral("yes")}};
        QTest::newRow("PATCH enabled number") << true << QJsonObject {{QStringLiteral("enabled"), 1}};
        QTest::newRow("PATCH name bool") << true << QJsonObject {{QStringLiteral("name"), true}};
        QTest::newRow("PATCH description object")
            << true << QJsonObject {{QStringLiteral("description"), QJsonObject {}}};
    }
    void wrongTypes()
    {
        QFETCH(bool, isPatch);
        QFETCH(QJsonObject, body);
        TB_START_SHARED(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QString id = c.get(keysPath()).array().first().toObject().value(QLatin1String("id")).toString();
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        const HttpResponse r = isPatch ? c.patch(keyPath(id), body) : c.post(keysPath(), body);
        TB_PROBLEM(r, 400, "bad_request");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void unknownKeyIsNotFound()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(c.patch(keyPath(QStringLiteral("key_doesnotexist")),
                           QJsonObject {{QStringLiteral("name"), QStringLiteral("x")}}),
                   404, "not_found");
        TB_PROBLEM(c.del(keyPath(QStringLiteral("key_doesnotexist"))), 404, "not_found");
        TB_PROBLEM(c.get(QStringLiteral("/orgs/org_doesnotexist/api-keys")), 404, "not_found");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void keyOfAnotherOrgCannotBeManaged()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse created = c.post(keysPath(), keyBody(QStringLiteral("Acme only")));
        const QString secret = created.object().value(QLatin1String("secret")).toString();
        const QString id = created.object().value(QLatin1String("id")).toString();
        HttpClient gus(m_server.url());
        gus.setToken(login(m_server.url(), QStringLiteral("gus@globex.test")));
        const QString viaGlobex = QStringLiteral("/orgs/%1/api-keys/%2").arg(m_ids.globex, id);
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(gus.patch(viaGlobex, QJsonObject {{QStringLiteral("enabled"), false}}), 404, "not_found");
        TB_PROBLEM(gus.del(viaGlobex), 404, "not_found");
        QVERIFY(findById(gus.get(QStringLiteral("/orgs/%1/api-keys").arg(m_ids.globex)).array(), id).isEmpty());
        // And not through Acme's path either, gus being no member there.
        TB_PROBLEM(gus.del(keyPath(id)), 404, "not_found");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
        const HttpResponse p = ping(secret);
        TB_STATUS(p, 200);
        QCOMPARE(p.object().value(QLatin1String("orgId")).toString(), m_ids.acme);
    }

    void rolesWithoutKeyRights()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QString id = c.get(keysPath()).array().first().toObject().value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QStringList tokens;
        for (const char *email : {"uma@acme.test", "otto@acme.test", "bea@acme.test"})
            tokens << login(m_server.url(), s(email));
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        HttpClient other(m_server.url());
        for (const QString &token : tokens) {
            QVERIFY(!token.isEmpty());
            other.setToken(token);
            TB_PROBLEM(other.get(keysPath()), 403, "forbidden");
            TB_PROBLEM(other.post(keysPath(), keyBody(QStringLiteral("nope"))), 403, "forbidden");
            TB_PROBLEM(other.patch(keyPath(id), QJsonObject {{QStringLiteral("enabled"), false}}), 403, "forbidden");
            TB_PROBLEM(other.del(keyPath(id)), 403, "forbidden");
        }
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }
};

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
