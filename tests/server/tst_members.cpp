// Members: paging, sorting, search, role changes, removal, the last-admin rule.
// Oracle: shared/API.md and docs/api-decisions.md.
#include "support/ServerHarness.h"
#include "support/TestSupport.h"

#include <QtTest>

#include <functional>

namespace {

// Roles, highest first (API.md).
const QStringList kRoles {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("user"),
                          QStringLiteral("observer"), QStringLiteral("business")};

QString memberList(const QString &orgId, const QString &query)
{
    return orgPath(orgId, QStringLiteral("/members")) + query;
}

QJsonArray allMembers(HttpClient &client, const QString &orgId)
{
    return client.get(memberList(orgId, QStringLiteral("?perPage=500")))
        .object()
        .value(QLatin1String("items"))
        .toArray();
}

QString userIdOf(const QJsonArray &members, const QString &email)
{
    for (const QJsonValue &v : members)
        if (v.toObject().value(QLatin1String("email")).toString() == email)
            return v.toObject().value(QLatin1String("userId")).toString();
    return {};
}

QString roleOf(const QJsonArray &members, const QString &email)
{
    for (const QJsonValue &v : members)
        if (v.toObject().value(QLatin1String("email")).toString() == email)
            return v.toObject().value(QLatin1String("role")).toString();
    return {};
}

// Locale-independent comparison of sort keys: by rank for roles, else by Unicode code
// points of the case-folded text (joinedAt is RFC 3339 UTC, which sorts as text).
int compareKeys(const QString &sort, const QJsonObject &a, const QJsonObject &b)
{
    const QString field = sort;
    const QString ka = a.value(field).toString();
    const QString kb = b.value(field).toString();
    if (sort == QLatin1String("role"))
        return int(kRoles.indexOf(ka)) - int(kRoles.indexOf(kb));
    if (sort == QLatin1String("name"))
        return QString::compare(ka.toCaseFolded(), kb.toCaseFolded(), Qt::CaseSensitive);
    return QString::compare(ka, kb, Qt::CaseSensitive);
}

QStringList ids(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out << v.toObject().value(QLatin1String("userId")).toString();
    return out;
}

QString acceptInvitationAs(ServerProcess &server, HttpClient &admin, const QString &orgId, const QString &email,
                           const QString &name)
{
    const HttpResponse r
        = admin.post(orgPath(orgId, QStringLiteral("/invitations")),
                     QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("role"), QStringLiteral("user")}});
    if (r.status != 201)
        return QStringLiteral("invite: ") + QString::fromUtf8(describe(r));
    QString token;
    for (const QByteArray &raw : outboxMessages(server.outboxDir())) {
        const ParsedMail mail = parseMail(raw);
        if (mail.to.contains(email))
            token = invitationTokenFrom(mail.body);
    }
    if (token.isEmpty())
        return QStringLiteral("no invitation mail for ") + email;
    HttpClient anonymous(server.baseUrl());
    const HttpResponse accepted
        = anonymous.post(QStringLiteral("/invitations/accept"),
                         QJsonObject {{QStringLiteral("token"), token},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("password"), QStringLiteral("a-long-password")}});
    if (accepted.status != 200)
        return QStringLiteral("accept: ") + QString::fromUtf8(describe(accepted));
    return {};
}

} // namespace

class TestMembers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void memberShape();
    void paging();
    void pagingRejects_data();
    void pagingRejects();
    void defaultSortIsNameAsc();
    void sorting_data();
    void sorting();
    void search_data();
    void search();
    void searchIsLiteral_data();
    void searchIsLiteral();

    void changeRole();
    void changeRoleToSameRoleWritesNothing();
    void changeRoleRejects_data();
    void changeRoleRejects();
    void removeMember();
    void unknownMember404();
    void lastAdminRule();
    void adminMayDemoteSelfWhenAnotherAdminExists();

private:
    // One read-only server with 120 generated members for the list tests.
    std::unique_ptr<ServerProcess> m_listServer;
    DemoIds m_listIds;
    QJsonArray m_all; // every member of Acme, as perPage=500 lists them
};

void TestMembers::initTestCase()
{
    m_listServer = std::make_unique<ServerProcess>();
    ServerOptions options;
    options.members = 120;
    QVERIFY2(m_listServer->start(options), qPrintable(m_listServer->lastError()));
    m_listIds = demoIds(m_listServer->baseUrl());
    QVERIFY(!m_listIds.acme.isEmpty());
    // Two members whose names hold LIKE / SQL metacharacters, so literal matching is visible.
    HttpClient ada(m_listServer->baseUrl());
    ada.setToken(m_listIds.adaToken);
    QString error = acceptInvitationAs(*m_listServer, ada, m_listIds.acme, QStringLiteral("percent@example.test"),
                                       QStringLiteral("Pat 100% O'Hara_x"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = acceptInvitationAs(*m_listServer, ada, m_listIds.acme, QStringLiteral("backslash@example.test"),
                               QStringLiteral("Bob Back\\slash \"Quoted\""));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A name in lower case: sorting by name must not put it after every capitalised name.
    error = acceptInvitationAs(*m_listServer, ada, m_listIds.acme, QStringLiteral("lower@example.test"),
                               QStringLiteral("aaron lowercase"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const HttpResponse r = ada.get(memberList(m_listIds.acme, QStringLiteral("?perPage=500")));
    QCOMPARE_STATUS(r, 200);
    m_all = r.object().value(QLatin1String("items")).toArray();
    QCOMPARE(m_all.size(), 5 + 120 + 3);
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 128);
}

void TestMembers::cleanupTestCase()
{
    m_listServer.reset();
}

void TestMembers::memberShape()
{
    QSet<QString> userIds;
    QSet<QString> emails;
    int admins = 0;
    for (const QJsonValue &v : std::as_const(m_all)) {
        const QJsonObject m = v.toObject();
        const QString userId = m.value(QLatin1String("userId")).toString();
        QVERIFY(!userId.isEmpty());
        QVERIFY(!m.value(QLatin1String("name")).toString().isEmpty());
        const QString email = m.value(QLatin1String("email")).toString();
        QVERIFY2(email.contains(QLatin1Char('@')) && email == email.toLower(), qPrintable(email));
        QVERIFY2(kRoles.contains(m.value(QLatin1String("role")).toString()),
                 qPrintable(m.value(QLatin1String("role")).toString()));
        QVERIFY2(parseRfc3339Utc(m.value(QLatin1String("joinedAt")).toString()).isValid(),
                 qPrintable(m.value(QLatin1String("joinedAt")).toString()));
        userIds.insert(userId);
        emails.insert(email);
        if (m.value(QLatin1String("role")).toString() == QLatin1String("admin"))
            ++admins;
    }
    QCOMPARE(userIds.size(), m_all.size());
    QCOMPARE(emails.size(), m_all.size());
    QCOMPARE(admins, 1); // generated members are never admins
    QCOMPARE(roleOf(m_all, QStringLiteral("ada@acme.test")), QStringLiteral("admin"));
    QCOMPARE(roleOf(m_all, QStringLiteral("max@acme.test")), QStringLiteral("manager"));
    QCOMPARE(roleOf(m_all, QStringLiteral("uma@acme.test")), QStringLiteral("user"));
    QCOMPARE(roleOf(m_all, QStringLiteral("otto@acme.test")), QStringLiteral("observer"));
    QCOMPARE(roleOf(m_all, QStringLiteral("bea@acme.test")), QStringLiteral("business"));
}

void TestMembers::paging()
{
    HttpClient ada(m_listServer->baseUrl());
    ada.setToken(m_listIds.adaToken);
    const HttpResponse first = ada.get(memberList(m_listIds.acme, QString()));
    QCOMPARE_STATUS(first, 200);
    QCOMPARE(first.object().value(QLatin1String("page")).toInt(), 1);
    QCOMPARE(first.object().value(QLatin1String("perPage")).toInt(), 50);
    QCOMPARE(first.object().value(QLatin1String("total")).toInt(), 128);
    QCOMPARE(first.object().value(QLatin1String("items")).toArray().size(), 50);

    const HttpResponse third = ada.get(memberList(m_listIds.acme, QStringLiteral("?page=3&perPage=50")));
    QCOMPARE_STATUS(third, 200);
    QCOMPARE(third.object().value(QLatin1String("page")).toInt(), 3);
    QCOMPARE(third.object().value(QLatin1String("items")).toArray().size(), 28);
    const HttpResponse beyond = ada.get(memberList(m_listIds.acme, QStringLiteral("?page=4&perPage=50")));
    QCOMPARE_STATUS(beyond, 200);
    QCOMPARE(beyond.object().value(QLatin1String("items")).toArray().size(), 0);
    QCOMPARE(beyond.object().value(QLatin1String("total")).toInt(), 128);

    const HttpResponse max = ada.get(memberList(m_listIds.acme, QStringLiteral("?perPage=500")));
    QCOMPARE_STATUS(max, 200);
    QCOMPARE(max.object().value(QLatin1String("perPage")).toInt(), 500);
    QCOMPARE(max.object().value(QLatin1String("items")).toArray().size(), 128);

    // Walking pages of 10 gives every member exactly once, in the perPage=500 order.
    QStringList walked;
    for (int page = 1; page <= 13; ++page) {
        const HttpResponse r = ada.get(memberList(m_listIds.acme, QStringLiteral("?perPage=10&page=%1").arg(page)));
        QCOMPARE_STATUS(r, 200);
        QCOMPARE(r.object().value(QLatin1String("perPage")).toInt(), 10);
        QCOMPARE(r.object().value(QLatin1String("items")).toArray().size(), page < 13 ? 10 : 8);
        walked += ids(r.object().value(QLatin1String("items")).toArray());
    }
    QCOMPARE(walked, ids(m_all));
    // perPage=1 on the last page.
    const HttpResponse last = ada.get(memberList(m_listIds.acme, QStringLiteral("?perPage=1&page=128")));
    QCOMPARE(ids(last.object().value(QLatin1String("items")).toArray()), QStringList {ids(m_all).constLast()});
}

void TestMembers::pagingRejects_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("perPage 501") << QStringLiteral("?perPage=501");
    QTest::newRow("perPage 0") << QStringLiteral("?perPage=0");
    QTest::newRow("perPage -5") << QStringLiteral("?perPage=-5");
    QTest::newRow("perPage abc") << QStringLiteral("?perPage=abc");
    QTest::newRow("perPage 1.5") << QStringLiteral("?perPage=1.5");
    QTest::newRow("page 0") << QStringLiteral("?page=0");
    QTest::newRow("page -1") << QStringLiteral("?page=-1");
    QTest::newRow("page abc") << QStringLiteral("?page=abc");
    QTest::newRow("page empty") << QStringLiteral("?page=");
    QTest::newRow("sort unknown") << QStringLiteral("?sort=password_hash");
    QTest::newRow("order unknown") << QStringLiteral("?order=sideways");
    QTest::newRow("sort injection") << QStringLiteral("?sort=name%3BDROP%20TABLE%20users");
}

void TestMembers::pagingRejects()
{
    QFETCH(QString, query);
    HttpClient ada(m_listServer->baseUrl());
    ada.setToken(m_listIds.adaToken);
    QVERIFY_PROBLEM(ada.get(memberList(m_listIds.acme, query)), 400, "bad_request");
}

void TestMembers::defaultSortIsNameAsc()
{
    HttpClient ada(m_listServer->baseUrl());
    ada.setToken(m_listIds.adaToken);
    const QJsonArray byName = ada.get(memberList(m_listIds.acme, QStringLiteral("?perPage=500&sort=name&order=asc")))
                                  .object()
                                  .value(QLatin1String("items"))
                                  .toArray();
    QCOMPARE(ids(m_all), ids(byName));
    for (int i = 1; i < byName.size(); ++i)
        QVERIFY2(compareKeys(QStringLiteral("name"), byName.at(i - 1).toObject(), byName.at(i).toObject()) <= 0,
                 qPrintable(byName.at(i - 1).toObject().value(QLatin1String("name")).toString() + QStringLiteral(" > ")
                            + byName.at(i).toObject().value(QLatin1String("name")).toString()));
}

void TestMembers::sorting_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("order");
    for (const char *sort : {"name", "email", "joinedAt", "role"})
        for (const char *order : {"asc", "desc"})
            QTest::addRow("%s %s", sort, order) << QString::fromLatin1(sort) << QString::fromLatin1(order);
}

void TestMembers::sorting()
{
    QFETCH(QString, sort);
    QFETCH(QString, order);
    HttpClient ada(m_listServer->baseUrl());
    ada.setToken(m_listIds.adaToken);
    const QString query = QStringLiteral("?sort=%1&order=%2").arg(sort, order);
    const HttpResponse r = ada.get(memberList(m_listIds.acme, query + QStringLiteral("&perPage=500")));
    QCOMPARE_STATUS(r, 200);
    const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), m_all.size());
    const QStringList itemIds = ids(items);
    QCOMPARE(QSet<QString>(itemIds.cbegin(), itemIds.cend()).size(), m_all.size());
    const int direction = order == QLatin1String("asc") ? 1 : -1;
    for (int i = 1; i < items.size(); ++i) {
        const QJsonObject a = items.at(i - 1).toObject();
        const QJsonObject b = items.at(i).toObject();
        QVERIFY2(direction * compareKeys(sort, a, b) <= 0,
                 qPrintable(QStringLiteral("out of order at %1: '%2' then '%3'")
                                .arg(i)
                                .arg(a.value(sort).toString(), b.value(sort).toString())));
    }
    if (sort == QLatin1String("role")) {
        // Rank order: admin first ascending, business first descending.
        QCOMPARE(items.first().toObject().value(QLatin1String("role")).toString(),
                 direction > 0 ? QStringLiteral("admin") : QStringLiteral("business"));
    }
    // Ties are broken the same way on every request: pages of 9 give the same sequence.
    QStringList walked;
    for (int page = 1; walked.size() < items.size(); ++page) {
        const HttpResponse p
            = ada.get(memberList(m_listIds.acme, query + QStringLiteral("&perPage=9&page=%1").arg(page)));
        QCOMPARE_STATUS(p, 200);
        const QJsonArray pageItems = p.object().value(QLatin1String("items")).toArray();
        QVERIFY(!pageItems.isEmpty());
        walked += ids(pageItems);
    }
    QCOMPARE(walked, ids(items));
    // And asking again gives the same order.
    QCOMPARE(ids(ada.get(memberList(m_listIds.acme, query + QStringLiteral("&perPage=500")))
                     .object()
                     .value(QLatin1String("items"))
                     .toArray()),
             ids(items));
}

void TestMembers::search_data()
{
    QTest::addColumn<QString>("q");
    QTest::newRow("ada") << QStringLiteral("ada");
    QTest::newRow("ADA") << QStringLiteral("ADA");
    QTest::newRow("domain upper") << QStringLiteral("@ACME.TEST");
    QTest::newRow("single letter") << QStringLiteral("e");
    QTest::newRow("middle of email") << QStringLiteral("ax@acm");
    QTest::newRow("name part") << QStringLiteral("o'hara");
    QTest::newRow("no match") << QStringLiteral("zzqqxxnomatch");
    QTest::newRow("at sign") << QStringLiteral("@");
}

void TestMembers::search()
{
    QFETCH(QString, q);
    HttpClient ada(m_listServer->baseUrl());
    ada.setToken(m_listIds.adaToken);
    QStringList expected;
    for (const QJsonValue &v : std::as_const(m_all)) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("name")).toString().contains(q, Qt::CaseInsensitive)
            || m.value(QLatin1String("email")).toString().contains(q, Qt::CaseInsensitive))
            expected << m.value(QLatin1String("userId")).toString();
    }
    const HttpResponse r = ada.get(memberList(
        m_listIds.acme, QStringLiteral("?perPage=500&q=") + QString::fromLatin1(QUrl::toPercentEncoding(q))));
    QCOMPARE_STATUS(r, 200);
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), expected.size());
    QCOMPARE(ids(r.object().value(QLatin1String("items")).toArray()), expected); // same order as unfiltered
    // Paging within a search.
    if (expected.size() > 3) {
        const HttpResponse page2 = ada.get(memberList(
            m_listIds.acme, QStringLiteral("?perPage=3&page=2&q=") + QString::fromLatin1(QUrl::toPercentEncoding(q))));
        QCOMPARE(page2.object().value(QLatin1String("total")).toInt(), expected.size());
        QCOMPARE(ids(page2.object().value(QLatin1String("items")).toArray()), expected.mid(3, 3));
    }
}

void TestMembers::searchIsLiteral_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QStringList>("emails"); // members that must match (and the literal filter decides the rest)
    const QStringList percent {QStringLiteral("percent@example.test")};
    const QStringList backslash {QStringLiteral("backslash@example.test")};
    QTest::newRow("%") << QStringLiteral("%") << percent;
    QTest::newRow("%%") << QStringLiteral("%%") << QStringList();
    QTest::newRow("a%e") << QStringLiteral("a%e") << QStringList();
    QTest::newRow("_") << QStringLiteral("_") << percent;
    QTest::newRow("_x") << QStringLiteral("_x") << percent;
    QTest::newRow("a_a") << QStringLiteral("a_a") << QStringList();
    QTest::newRow("quote") << QStringLiteral("'") << percent;
    QTest::newRow("o'h") << QStringLiteral("O'H") << percent;
    QTest::newRow("sql injection") << QStringLiteral("\"; DROP TABLE users;--") << QStringList();
    QTest::newRow("quote injection") << QStringLiteral("' OR '1'='1") << QStringList();
    QTest::newRow("backslash") << QStringLiteral("\\") << backslash;
    QTest::newRow("backslash s") << QStringLiteral("k\\s") << backslash;
    QTest::newRow("backslash percent") << QStringLiteral("\\%") << QStringList();
    QTest::newRow("double quote") << QStringLiteral("\"quoted\"") << backslash;
    QTest::newRow("star") << QStringLiteral("*") << QStringList();
    QTest::newRow("brackets") << QStringLiteral("[a-z]") << QStringList();
}

void TestMembers::searchIsLiteral()
{
    QFETCH(QString, q);
    QFETCH(QStringList, emails);
    HttpClient ada(m_listServer->baseUrl());
    ada.setToken(m_listIds.adaToken);
    const QByteArray before = dumpDatabase(m_listServer->databaseUrl());
    const HttpResponse r = ada.get(memberList(
        m_listIds.acme, QStringLiteral("?perPage=500&q=") + QString::fromLatin1(QUrl::toPercentEncoding(q))));
    QCOMPARE_STATUS(r, 200);
    QStringList got;
    for (const QJsonValue &v : r.object().value(QLatin1String("items")).toArray())
        got << v.toObject().value(QLatin1String("email")).toString();
    QStringList expected; // literal, case-insensitive substring of name or email
    for (const QJsonValue &v : std::as_const(m_all)) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("name")).toString().contains(q, Qt::CaseInsensitive)
            || m.value(QLatin1String("email")).toString().contains(q, Qt::CaseInsensitive))
            expected << m.value(QLatin1String("email")).toString();
    }
    for (const QString &email : std::as_const(emails))
        QVERIFY2(expected.contains(email), qPrintable(email));
    QCOMPARE(got, expected);
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), expected.size());
    QCOMPARE(dumpDatabase(m_listServer->databaseUrl()), before);
    QCOMPARE(allMembers(ada, m_listIds.acme).size(), m_all.size());
}

void TestMembers::changeRole()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const QJsonArray members = allMembers(ada, ids.acme);
    const QString uma = userIdOf(members, QStringLiteral("uma@acme.test"));
    const qint64 versionBefore = qint64(ada.get(orgPath(ids.acme)).object().value(QLatin1String("version")).toDouble());

    for (const QString &role : {QStringLiteral("manager"), QStringLiteral("observer"), QStringLiteral("business"),
                                QStringLiteral("admin"), QStringLiteral("user")}) {
        const HttpResponse r = ada.patch(orgPath(ids.acme, QStringLiteral("/members/") + uma),
                                         QJsonObject {{QStringLiteral("role"), role}});
        QCOMPARE_STATUS(r, 200);
        const QJsonObject m = r.object();
        QCOMPARE(m.value(QLatin1String("userId")).toString(), uma);
        QCOMPARE(m.value(QLatin1String("email")).toString(), QStringLiteral("uma@acme.test"));
        QVERIFY(!m.value(QLatin1String("name")).toString().isEmpty());
        QCOMPARE(m.value(QLatin1String("role")).toString(), role);
        QVERIFY(parseRfc3339Utc(m.value(QLatin1String("joinedAt")).toString()).isValid());
        QCOMPARE(roleOf(allMembers(ada, ids.acme), QStringLiteral("uma@acme.test")), role);
    }
    HttpClient umaClient(server.baseUrl());
    umaClient.setToken(login(server.baseUrl(), QStringLiteral("uma@acme.test")));
    ada.patch(orgPath(ids.acme, QStringLiteral("/members/") + uma),
              QJsonObject {{QStringLiteral("role"), QStringLiteral("manager")}});
    QString roleInMe;
    for (const QJsonValue &v : umaClient.get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == ids.acme)
            roleInMe = v.toObject().value(QLatin1String("role")).toString();
    QCOMPARE(roleInMe, QStringLiteral("manager"));
    // The new role takes effect at once: a manager may list API keys, a user may not.
    QCOMPARE_STATUS(umaClient.get(orgPath(ids.acme, QStringLiteral("/api-keys"))), 200);
    ada.patch(orgPath(ids.acme, QStringLiteral("/members/") + uma),
              QJsonObject {{QStringLiteral("role"), QStringLiteral("user")}});
    QVERIFY_PROBLEM(umaClient.get(orgPath(ids.acme, QStringLiteral("/api-keys"))), 403, "forbidden");
    const qint64 versionAfter = qint64(ada.get(orgPath(ids.acme)).object().value(QLatin1String("version")).toDouble());
    QVERIFY(versionAfter > versionBefore);
}

void TestMembers::changeRoleToSameRoleWritesNothing()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const QString otto = userIdOf(allMembers(ada, ids.acme), QStringLiteral("otto@acme.test"));
    const qint64 versionBefore = qint64(ada.get(orgPath(ids.acme)).object().value(QLatin1String("version")).toDouble());
    const QByteArray before = dumpDatabase(server.databaseUrl());
    const HttpResponse r = ada.patch(orgPath(ids.acme, QStringLiteral("/members/") + otto),
                                     QJsonObject {{QStringLiteral("role"), QStringLiteral("observer")}});
    QCOMPARE_STATUS(r, 200);
    QCOMPARE(r.object().value(QLatin1String("role")).toString(), QStringLiteral("observer"));
    QCOMPARE(dumpDatabase(server.databaseUrl()), before);
    QCOMPARE(qint64(ada.get(orgPath(ids.acme)).object().value(QLatin1String("version")).toDouble()), versionBefore);
}

void TestMembers::changeRoleRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown role") << QByteArray("{\"role\":\"owner\"}") << 422;
    QTest::newRow("empty role") << QByteArray("{\"role\":\"\"}") << 422;
    QTest::newRow("role with spaces") << QByteArray("{\"role\":\" admin\"}") << 422;
    QTest::newRow("role number") << QByteArray("{\"role\":3}") << 400;
    QTest::newRow("role array") << QByteArray("{\"role\":[\"admin\"]}") << 400;
    QTest::newRow("malformed") << QByteArray("{\"role\":\"admin\"") << 400;
    QTest::newRow("scalar body") << QByteArray("\"admin\"") << 400;
}

void TestMembers::changeRoleRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const QString uma = userIdOf(allMembers(ada, ids.acme), QStringLiteral("uma@acme.test"));
    const QByteArray before = dumpDatabase(server.databaseUrl());
    const HttpResponse r = ada.patchRaw(orgPath(ids.acme, QStringLiteral("/members/") + uma), body);
    if (status == 422)
        QVERIFY_VALIDATION(r, "role");
    else
        QVERIFY_PROBLEM(r, 400, "bad_request");
    QCOMPARE(dumpDatabase(server.databaseUrl()), before);
}

void TestMembers::removeMember()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    HttpClient umaClient(server.baseUrl());
    umaClient.setToken(login(server.baseUrl(), QStringLiteral("uma@acme.test")));
    const QString uma = userIdOf(allMembers(ada, ids.acme), QStringLiteral("uma@acme.test"));
    const HttpResponse r = ada.del(orgPath(ids.acme, QStringLiteral("/members/") + uma));
    QCOMPARE_STATUS(r, 204);
    QVERIFY(r.body.isEmpty());
    const QJsonArray after = allMembers(ada, ids.acme);
    QCOMPARE(after.size(), 24);
    QVERIFY(userIdOf(after, QStringLiteral("uma@acme.test")).isEmpty());
    QCOMPARE(ada.get(orgPath(ids.acme)).object().value(QLatin1String("memberCount")).toInt(), 24);
    // Access ends at once; the account stays.
    QVERIFY_PROBLEM(umaClient.get(orgPath(ids.acme)), 404, "not_found");
    QCOMPARE_STATUS(umaClient.get(QStringLiteral("/me")), 200);
    QVERIFY(!login(server.baseUrl(), QStringLiteral("uma@acme.test")).isEmpty());
    QCOMPARE(
        queryDatabase(server.databaseUrl(), QStringLiteral("SELECT COUNT(*) FROM users WHERE email = 'uma@acme.test'"))
            .value(0)
            .value(0)
            .toInt(),
        1);
    // Removing again: 404.
    QVERIFY_PROBLEM(ada.del(orgPath(ids.acme, QStringLiteral("/members/") + uma)), 404, "not_found");

    // gus removes ada from Globex: ada still signs in and keeps Acme.
    HttpClient gus(server.baseUrl());
    gus.setToken(login(server.baseUrl(), QStringLiteral("gus@globex.test")));
    const QString adaId = userIdOf(allMembers(gus, ids.globex), QStringLiteral("ada@acme.test"));
    QVERIFY(!adaId.isEmpty());
    QCOMPARE_STATUS(gus.del(orgPath(ids.globex, QStringLiteral("/members/") + adaId)), 204);
    const QString adaAgain = login(server.baseUrl(), QStringLiteral("ada@acme.test"));
    QVERIFY(!adaAgain.isEmpty());
    HttpClient ada2(server.baseUrl());
    ada2.setToken(adaAgain);
    const QJsonArray orgs = ada2.get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray();
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.first().toObject().value(QLatin1String("id")).toString(), ids.acme);
    QCOMPARE(orgs.first().toObject().value(QLatin1String("role")).toString(), QStringLiteral("admin"));
}

void TestMembers::unknownMember404()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    HttpClient gus(server.baseUrl());
    gus.setToken(login(server.baseUrl(), QStringLiteral("gus@globex.test")));
    const QString gusId = userIdOf(allMembers(gus, ids.globex), QStringLiteral("gus@globex.test"));
    QVERIFY(!gusId.isEmpty());
    const QByteArray before = dumpDatabase(server.databaseUrl());
    // A user that does not exist, and a user that exists but is not in Acme.
    for (const QString &userId : {QStringLiteral("usr_doesnotexist"), gusId}) {
        QVERIFY_PROBLEM(ada.patch(orgPath(ids.acme, QStringLiteral("/members/") + userId),
                                  QJsonObject {{QStringLiteral("role"), QStringLiteral("user")}}),
                        404, "not_found");
        QVERIFY_PROBLEM(ada.del(orgPath(ids.acme, QStringLiteral("/members/") + userId)), 404, "not_found");
    }
    // 404 comes before 422: an unknown member with an unknown role.
    QVERIFY_PROBLEM(ada.patch(orgPath(ids.acme, QStringLiteral("/members/usr_doesnotexist")),
                              QJsonObject {{QStringLiteral("role"), QStringLiteral("owner")}}),
                    404, "not_found");
    QCOMPARE(dumpDatabase(server.databaseUrl()), before);
}

void TestMembers::lastAdminRule()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const QJsonArray members = allMembers(ada, ids.acme);
    const QString adaId = userIdOf(members, QStringLiteral("ada@acme.test"));
    const QByteArray before = dumpDatabase(server.databaseUrl());
    for (const QString &role :
         {QStringLiteral("manager"), QStringLiteral("user"), QStringLiteral("observer"), QStringLiteral("business")}) {
        QVERIFY_PROBLEM(ada.patch(orgPath(ids.acme, QStringLiteral("/members/") + adaId),
                                  QJsonObject {{QStringLiteral("role"), role}}),
                        409, "last_admin");
    }
    QVERIFY_PROBLEM(ada.del(orgPath(ids.acme, QStringLiteral("/members/") + adaId)), 409, "last_admin");
    QCOMPARE(dumpDatabase(server.databaseUrl()), before);
    // Promoting to admin the role one already has is fine.
    QCOMPARE_STATUS(ada.patch(orgPath(ids.acme, QStringLiteral("/members/") + adaId),
                              QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}}),
                    200);

    // With a second admin, removal of the other admin works; then the rule applies to the survivor.
    const QString max = userIdOf(members, QStringLiteral("max@acme.test"));
    QCOMPARE_STATUS(ada.patch(orgPath(ids.acme, QStringLiteral("/members/") + max),
                              QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}}),
                    200);
    HttpClient maxClient(server.baseUrl());
    maxClient.setToken(login(server.baseUrl(), QStringLiteral("max@acme.test")));
    QCOMPARE_STATUS(maxClient.del(orgPath(ids.acme, QStringLiteral("/members/") + adaId)), 204);
    const QByteArray onlyMax = dumpDatabase(server.databaseUrl());
    QVERIFY_PROBLEM(maxClient.patch(orgPath(ids.acme, QStringLiteral("/members/") + max),
                                    QJsonObject {{QStringLiteral("role"), QStringLiteral("user")}}),
                    409, "last_admin");
    QVERIFY_PROBLEM(maxClient.del(orgPath(ids.acme, QStringLiteral("/members/") + max)), 409, "last_admin");
    QVERIFY_PROBLEM(maxClient.post(orgPath(ids.acme, QStringLiteral("/leave"))), 409, "last_admin");
    QCOMPARE(dumpDatabase(server.databaseUrl()), onlyMax);
}

void TestMembers::adminMayDemoteSelfWhenAnotherAdminExists()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const QJsonArray members = allMembers(ada, ids.acme);
    const QString adaId = userIdOf(members, QStringLiteral("ada@acme.test"));
    const QString otto = userIdOf(members, QStringLiteral("otto@acme.test"));
    QCOMPARE_STATUS(ada.patch(orgPath(ids.acme, QStringLiteral("/members/") + otto),
                              QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}}),
                    200);
    const HttpResponse r = ada.patch(orgPath(ids.acme, QStringLiteral("/members/") + adaId),
                                     QJsonObject {{QStringLiteral("role"), QStringLiteral("manager")}});
    QCOMPARE_STATUS(r, 200);
    QCOMPARE(r.object().value(QLatin1String("role")).toString(), QStringLiteral("manager"));
    // Ada is a manager now: she may no longer change roles or rename the org.
    QVERIFY_PROBLEM(ada.patch(orgPath(ids.acme, QStringLiteral("/members/") + adaId),
                              QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}}),
                    403, "forbidden");
    QVERIFY_PROBLEM(ada.patch(orgPath(ids.acme), QJsonObject {{QStringLiteral("name"), QStringLiteral("X")}}), 403,
                    "forbidden");
    // Otto, the remaining admin, is protected by the rule.
    HttpClient ottoClient(server.baseUrl());
    ottoClient.setToken(login(server.baseUrl(), QStringLiteral("otto@acme.test")));
    QVERIFY_PROBLEM(ottoClient.patch(orgPath(ids.acme, QStringLiteral("/members/") + otto),
                                     QJsonObject {{QStringLiteral("role"), QStringLiteral("user")}}),
                    409, "last_admin");
}

QTEST_GUILESS_MAIN(TestMembers)
#include "tst_members.moc"
