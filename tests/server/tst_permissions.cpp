// The permission matrix of API.md, exhaustively: every action × every demo role, with real
// requests. Allowed → the documented 2xx; denied → 403 forbidden and nothing changes.
// Also the check order: no token → 401 and non-member → 404 on every endpoint.
#include "support/ServerHarness.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QImage>
#include <QtTest>

#include <functional>

namespace {

const QStringList kRoles {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("user"),
                          QStringLiteral("observer"), QStringLiteral("business")};

QString emailFor(const QString &role)
{
    static const QHash<QString, QString> emails {
        {QStringLiteral("admin"), QStringLiteral("ada@acme.test")},
        {QStringLiteral("manager"), QStringLiteral("max@acme.test")},
        {QStringLiteral("user"), QStringLiteral("uma@acme.test")},
        {QStringLiteral("observer"), QStringLiteral("otto@acme.test")},
        {QStringLiteral("business"), QStringLiteral("bea@acme.test")},
    };
    return emails.value(role);
}

QByteArray smallPng()
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Request
{
    QByteArray verb;
    QString path;
    QByteArray body;
    QByteArray contentType = "application/json";
};

HttpResponse send(HttpClient &client, const Request &r)
{
    if (r.verb == "GET")
        return client.get(r.path);
    if (r.verb == "DELETE")
        return client.del(r.path);
    if (r.verb == "PUT")
        return client.put(r.path, r.body, r.contentType);
    if (r.verb == "PATCH")
        return client.patchRaw(r.path, r.body, r.contentType);
    return client.postRaw(r.path, r.body, r.contentType);
}

// One server with its demo ids, a token per role and shared targets created by the admin.
struct Fixture
{
    std::unique_ptr<ServerProcess> server;
    DemoIds ids;
    QHash<QString, QString> tokens; // role -> session token
    std::unique_ptr<HttpClient> ada;
    QString userInvitation; // pending invitation with role user
    QString adminInvitation; // pending invitation with role admin
    QString key; // an API key
    QString changeRoleTarget; // a generated member
    QString removeTarget; // another generated member, kept for denied removals
    QStringList spareMembers; // generated members an allowed removal may consume
    int counter = 0;

    QString unique(const QString &prefix) { return prefix + QString::number(++counter); }

    QString error;

    bool start()
    {
        server = std::make_unique<ServerProcess>();
        if (!server->start()) {
            error = server->lastError();
            return false;
        }
        ids = demoIds(server->baseUrl());
        if (ids.acme.isEmpty()) {
            error = QStringLiteral("demoIds failed");
            return false;
        }
        ada = std::make_unique<HttpClient>(server->baseUrl());
        ada->setToken(ids.adaToken);
        for (const QString &role : kRoles) {
            tokens.insert(role, login(server->baseUrl(), emailFor(role)));
            if (tokens.value(role).isEmpty()) {
                error = QStringLiteral("cannot log in as ") + emailFor(role);
                return false;
            }
        }
        userInvitation = createInvitation(QStringLiteral("user"));
        adminInvitation = createInvitation(QStringLiteral("admin"));
        key = createKey();
        if (userInvitation.isEmpty() || adminInvitation.isEmpty() || key.isEmpty())
            return false;
        const QJsonArray members = ada->get(orgPath(ids.acme, QStringLiteral("/members?perPage=500")))
                                       .object()
                                       .value(QLatin1String("items"))
                                       .toArray();
        for (const QJsonValue &v : members) {
            const QString email = v.toObject().value(QLatin1String("email")).toString();
            if (!email.endsWith(QLatin1String("@acme.test"))
                || !QStringList {QStringLiteral("ada"), QStringLiteral("max"), QStringLiteral("uma"),
                                 QStringLiteral("otto"), QStringLiteral("bea")}
                        .contains(email.section(QLatin1Char('@'), 0, 0)))
                spareMembers << v.toObject().value(QLatin1String("userId")).toString();
        }
        if (spareMembers.size() < 5) {
            error = QStringLiteral("too few generated members");
            return false;
        }
        changeRoleTarget = spareMembers.takeFirst();
        removeTarget = spareMembers.takeFirst();
        return true;
    }

    QString createInvitation(const QString &role)
    {
        const HttpResponse r
            = ada->post(orgPath(ids.acme, QStringLiteral("/invitations")),
                        QJsonObject {{QStringLiteral("email"),
                                      QString(unique(QStringLiteral("invitee")) + QStringLiteral("@example.test"))},
                                     {QStringLiteral("role"), role}});
        if (r.status != 201)
            error = QStringLiteral("create invitation: ") + QString::fromUtf8(describe(r));
        return r.object().value(QLatin1String("id")).toString();
    }

    QString createKey()
    {
        const HttpResponse r
            = ada->post(orgPath(ids.acme, QStringLiteral("/api-keys")),
                        QJsonObject {{QStringLiteral("name"), unique(QStringLiteral("key "))},
                                     {QStringLiteral("description"), QStringLiteral("matrix fixture")}});
        if (r.status != 201)
            error = QStringLiteral("create key: ") + QString::fromUtf8(describe(r));
        return r.object().value(QLatin1String("id")).toString();
    }

    QString card(bool isDefault)
    {
        for (const QJsonValue &v : ada->get(orgPath(ids.acme, QStringLiteral("/billing/payment-methods"))).array())
            if (v.toObject().value(QLatin1String("isDefault")).toBool() == isDefault)
                return v.toObject().value(QLatin1String("id")).toString();
        return {};
    }

    QString memberRole(const QString &userId)
    {
        for (const QJsonValue &v : ada->get(orgPath(ids.acme, QStringLiteral("/members?perPage=500")))
                                       .object()
                                       .value(QLatin1String("items"))
                                       .toArray())
            if (v.toObject().value(QLatin1String("userId")).toString() == userId)
                return v.toObject().value(QLatin1String("role")).toString();
        return {};
    }

    QString userIdOf(const QString &email)
    {
        for (const QJsonValue &v : ada->get(orgPath(ids.acme, QStringLiteral("/members?perPage=500")))
                                       .object()
                                       .value(QLatin1String("items"))
                                       .toArray())
            if (v.toObject().value(QLatin1String("email")).toString() == email)
                return v.toObject().value(QLatin1String("userId")).toString();
        return {};
    }
};

struct Action
{
    QString name;
    QString matrix; // admin manager user observer business: 'Y' allowed, '.' denied
    int okStatus;
    bool freshServer; // an allowed run changes what other rows rely on
    // Prepares targets (as the admin) and returns the request to send as `role`.
    std::function<Request(Fixture &, const QString &role, bool allowed)> prepare;

    bool allows(const QString &role) const { return matrix.at(kRoles.indexOf(role)) == QLatin1Char('Y'); }
};

// API.md, "Roles and permissions", written out row by row:
//   view org profile and logo, leave org, read the changes feed  ✔ ✔ ✔ ✔ ✔
//   edit org name / logo                                           ✔ . . . .
//   delete org                                                     ✔ . . . .
//   view members                                                   ✔ ✔ ✔ ✔ .
//   invite; view / resend / revoke invitations                     ✔ ✔(not for the admin role) . . .
//   change a member's role, remove a member                        ✔ . . . .
//   view / generate / edit / enable / disable / delete API keys    ✔ ✔ . . .
//   view billing (subscription, invoices, payment methods)         ✔ . . . ✔
//   change seats, set default card, remove card, portal URL        ✔ . . . .
const QList<Action> &actions()
{
    static const QList<Action> list {
        {QStringLiteral("viewOrg"), QStringLiteral("YYYYY"), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"GET", orgPath(f.ids.acme), {}};
         }},
        {QStringLiteral("viewLogo"), QStringLiteral("YYYYY"), 200, false,
         [](Fixture &f, const QString &, bool) {
             f.ada->put(orgPath(f.ids.acme, QStringLiteral("/logo")), smallPng(), "image/png");
             return Request {"GET", orgPath(f.ids.acme, QStringLiteral("/logo")), {}};
         }},
        {QStringLiteral("readChanges"), QStringLiteral("YYYYY"), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"GET", orgPath(f.ids.acme, QStringLiteral("/changes?since=0")), {}};
         }},
        {QStringLiteral("leave"), QStringLiteral("YYYYY"), 204, true,
         [](Fixture &f, const QString &role, bool) {
             if (role == QLatin1String("admin")) { // the last admin may not leave: add another
                 f.ada->patch(
                     orgPath(f.ids.acme, QStringLiteral("/members/") + f.userIdOf(QStringLiteral("max@acme.test"))),
                     QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}});
             }
             return Request {"POST", orgPath(f.ids.acme, QStringLiteral("/leave")), "{}"};
         }},
        {QStringLiteral("editName"), QStringLiteral("Y...."), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"PATCH", orgPath(f.ids.acme),
                             json({{QStringLiteral("name"), f.unique(QStringLiteral("Acme "))}})};
         }},
        {QStringLiteral("uploadLogo"), QStringLiteral("Y...."), 204, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"PUT", orgPath(f.ids.acme, QStringLiteral("/logo")), smallPng(), "image/png"};
         }},
        {QStringLiteral("deleteLogo"), QStringLiteral("Y...."), 204, false,
         [](Fixture &f, const QString &, bool) {
             f.ada->put(orgPath(f.ids.acme, QStringLiteral("/logo")), smallPng(), "image/png");
             return Request {"DELETE", orgPath(f.ids.acme, QStringLiteral("/logo")), {}};
         }},
        {QStringLiteral("deleteOrg"), QStringLiteral("Y...."), 204, true,
         [](Fixture &f, const QString &, bool) {
             const QString name = f.ada->get(orgPath(f.ids.acme)).object().value(QLatin1String("name")).toString();
             return Request {"DELETE",
                             orgPath(f.ids.acme) + QStringLiteral("?confirm=")
                                 + QString::fromLatin1(QUrl::toPercentEncoding(name)),
                             {}};
         }},
        {QStringLiteral("viewMembers"), QStringLiteral("YYYY."), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"GET", orgPath(f.ids.acme, QStringLiteral("/members")), {}};
         }},
        {QStringLiteral("inviteUserRole"), QStringLiteral("YY..."), 201, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"POST", orgPath(f.ids.acme, QStringLiteral("/invitations")),
                             json({{QStringLiteral("email"),
                                    QString(f.unique(QStringLiteral("new")) + QStringLiteral("@example.test"))},
                                   {QStringLiteral("role"), QStringLiteral("user")}})};
         }},
        {QStringLiteral("inviteManagerRole"), QStringLiteral("YY..."), 201, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"POST", orgPath(f.ids.acme, QStringLiteral("/invitations")),
                             json({{QStringLiteral("email"),
                                    QString(f.unique(QStringLiteral("new")) + QStringLiteral("@example.test"))},
                                   {QStringLiteral("role"), QStringLiteral("manager")}})};
         }},
        {QStringLiteral("inviteAdminRole"), QStringLiteral("Y...."), 201, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"POST", orgPath(f.ids.acme, QStringLiteral("/invitations")),
                             json({{QStringLiteral("email"),
                                    QString(f.unique(QStringLiteral("new")) + QStringLiteral("@example.test"))},
                                   {QStringLiteral("role"), QStringLiteral("admin")}})};
         }},
        {QStringLiteral("listInvitations"), QStringLiteral("YY..."), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"GET", orgPath(f.ids.acme, QStringLiteral("/invitations")), {}};
         }},
        {QStringLiteral("resendInvitation"), QStringLiteral("YY..."), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {
                 "POST",
                 orgPath(f.ids.acme, QStringLiteral("/invitations/") + f.userInvitation + QStringLiteral("/resend")),
                 "{}"};
         }},
        {QStringLiteral("resendAdminInvitation"), QStringLiteral("Y...."), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {
                 "POST",
                 orgPath(f.ids.acme, QStringLiteral("/invitations/") + f.adminInvitation + QStringLiteral("/resend")),
                 "{}"};
         }},
        {QStringLiteral("revokeInvitation"), QStringLiteral("YY..."), 204, false,
         [](Fixture &f, const QString &, bool allowed) {
             const QString id = allowed ? f.createInvitation(QStringLiteral("user")) : f.userInvitation;
             return Request {"DELETE", orgPath(f.ids.acme, QStringLiteral("/invitations/") + id), {}};
         }},
        {QStringLiteral("revokeAdminInvitation"), QStringLiteral("Y...."), 204, false,
         [](Fixture &f, const QString &, bool allowed) {
             const QString id = allowed ? f.createInvitation(QStringLiteral("admin")) : f.adminInvitation;
             return Request {"DELETE", orgPath(f.ids.acme, QStringLiteral("/invitations/") + id), {}};
         }},
        {QStringLiteral("changeRole"), QStringLiteral("Y...."), 200, false,
         [](Fixture &f, const QString &, bool) {
             const QString role = f.memberRole(f.changeRoleTarget) == QLatin1String("observer")
                 ? QStringLiteral("user")
                 : QStringLiteral("observer");
             return Request {"PATCH", orgPath(f.ids.acme, QStringLiteral("/members/") + f.changeRoleTarget),
                             json({{QStringLiteral("role"), role}})};
         }},
        {QStringLiteral("removeMember"), QStringLiteral("Y...."), 204, false,
         [](Fixture &f, const QString &, bool allowed) {
             const QString target = allowed ? f.spareMembers.takeFirst() : f.removeTarget;
             return Request {"DELETE", orgPath(f.ids.acme, QStringLiteral("/members/") + target), {}};
         }},
        {QStringLiteral("listKeys"), QStringLiteral("YY..."), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"GET", orgPath(f.ids.acme, QStringLiteral("/api-keys")), {}};
         }},
        {QStringLiteral("generateKey"), QStringLiteral("YY..."), 201, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"POST", orgPath(f.ids.acme, QStringLiteral("/api-keys")),
                             json({{QStringLiteral("name"), f.unique(QStringLiteral("generated "))},
                                   {QStringLiteral("description"), QStringLiteral("from the matrix test")}})};
         }},
        {QStringLiteral("editKey"), QStringLiteral("YY..."), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"PATCH", orgPath(f.ids.acme, QStringLiteral("/api-keys/") + f.key),
                             json({{QStringLiteral("name"), f.unique(QStringLiteral("renamed "))},
                                   {QStringLiteral("description"), QStringLiteral("edited")}})};
         }},
        {QStringLiteral("enableKey"), QStringLiteral("YY..."), 200, false,
         [](Fixture &f, const QString &, bool) {
             f.ada->patch(orgPath(f.ids.acme, QStringLiteral("/api-keys/") + f.key),
                          QJsonObject {{QStringLiteral("enabled"), false}});
             return Request {"PATCH", orgPath(f.ids.acme, QStringLiteral("/api-keys/") + f.key),
                             json({{QStringLiteral("enabled"), true}})};
         }},
        {QStringLiteral("disableKey"), QStringLiteral("YY..."), 200, false,
         [](Fixture &f, const QString &, bool) {
             f.ada->patch(orgPath(f.ids.acme, QStringLiteral("/api-keys/") + f.key),
                          QJsonObject {{QStringLiteral("enabled"), true}});
             return Request {"PATCH", orgPath(f.ids.acme, QStringLiteral("/api-keys/") + f.key),
                             json({{QStringLiteral("enabled"), false}})};
         }},
        {QStringLiteral("deleteKey"), QStringLiteral("YY..."), 204, false,
         [](Fixture &f, const QString &, bool allowed) {
             const QString id = allowed ? f.createKey() : f.key;
             return Request {"DELETE", orgPath(f.ids.acme, QStringLiteral("/api-keys/") + id), {}};
         }},
        {QStringLiteral("viewSubscription"), QStringLiteral("Y...Y"), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"GET", orgPath(f.ids.acme, QStringLiteral("/billing/subscription")), {}};
         }},
        {QStringLiteral("viewInvoices"), QStringLiteral("Y...Y"), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"GET", orgPath(f.ids.acme, QStringLiteral("/billing/invoices")), {}};
         }},
        {QStringLiteral("viewPaymentMethods"), QStringLiteral("Y...Y"), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"GET", orgPath(f.ids.acme, QStringLiteral("/billing/payment-methods")), {}};
         }},
        {QStringLiteral("changeSeats"), QStringLiteral("Y...."), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"PATCH", orgPath(f.ids.acme, QStringLiteral("/billing/subscription")),
                             json({{QStringLiteral("seats"), 30}})};
         }},
        {QStringLiteral("setDefaultCard"), QStringLiteral("Y...."), 204, false,
         [](Fixture &f, const QString &, bool) {
             return Request {
                 "POST",
                 orgPath(f.ids.acme,
                         QStringLiteral("/billing/payment-methods/") + f.card(false) + QStringLiteral("/default")),
                 "{}"};
         }},
        {QStringLiteral("removeCard"), QStringLiteral("Y...."), 204, true,
         [](Fixture &f, const QString &, bool) {
             return Request {
                 "DELETE", orgPath(f.ids.acme, QStringLiteral("/billing/payment-methods/") + f.card(false)), {}};
         }},
        {QStringLiteral("billingPortal"), QStringLiteral("Y...."), 200, false,
         [](Fixture &f, const QString &, bool) {
             return Request {"GET", orgPath(f.ids.acme, QStringLiteral("/billing/portal")), {}};
         }},
    };
    return list;
}

const Action *findAction(const QString &name)
{
    for (const Action &a : actions())
        if (a.name == name)
            return &a;
    return nullptr;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();
    void checkOrder_data();
    void checkOrder();
    void managerInvitationRules();
    void createOrgAnyRole();
    void forbiddenComesBeforeBodyChecks_data();
    void forbiddenComesBeforeBodyChecks();
    void notFoundComesBeforeForbidden_data();
    void notFoundComesBeforeForbidden();

private:
    Fixture m_shared;
};

void TestPermissions::initTestCase()
{
    QVERIFY2(m_shared.start(), qPrintable(m_shared.error));
}

void TestPermissions::cleanupTestCase()
{
    m_shared.server.reset();
}

void TestPermissions::matrix_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("role");
    for (const Action &a : actions())
        for (const QString &role : kRoles)
            QTest::addRow("%s/%s", qPrintable(a.name), qPrintable(role)) << a.name << role;
}

void TestPermissions::matrix()
{
    QFETCH(QString, action);
    QFETCH(QString, role);
    const Action *a = findAction(action);
    QVERIFY(a);
    const bool allowed = a->allows(role);

    Fixture fresh;
    Fixture *f = &m_shared;
    if (allowed && a->freshServer) {
        QVERIFY2(fresh.start(), qPrintable(fresh.error));
        f = &fresh;
    }
    const Request request = a->prepare(*f, role, allowed);
    QVERIFY2(f->error.isEmpty(), qPrintable(f->error));
    HttpClient client(f->server->baseUrl());
    client.setToken(f->tokens.value(role));

    if (allowed) {
        const HttpResponse r = send(client, request);
        QVERIFY2(
            r.status == a->okStatus,
            qPrintable(QStringLiteral("%1 as %2 is allowed by API.md: want %3, got ").arg(action, role).arg(a->okStatus)
                       + QString::fromUtf8(describe(r))));
        if (a->okStatus == 204)
            QVERIFY(r.body.isEmpty());
        if (action == QLatin1String("billingPortal")) {
            QVERIFY2(r.object()
                         .value(QLatin1String("url"))
                         .toString()
                         .contains(QStringLiteral("/billing-portal?org=") + f->ids.acme),
                     r.body.constData());
        }
        if (action == QLatin1String("generateKey"))
            QVERIFY(r.object().value(QLatin1String("secret")).toString().startsWith(QLatin1String("odk_")));
    } else {
        const QByteArray before = dumpDatabase(f->server->databaseUrl());
        const HttpResponse r = send(client, request);
        const QString mismatch = problemMismatch(r, 403, QStringLiteral("forbidden"));
        QVERIFY2(mismatch.isEmpty(),
                 qPrintable(QStringLiteral("%1 as %2 is denied by API.md: ").arg(action, role) + mismatch));
        QCOMPARE(dumpDatabase(f->server->databaseUrl()), before);
    }
}

void TestPermissions::checkOrder_data()
{
    QTest::addColumn<QString>("action");
    for (const Action &a : actions())
        QTest::newRow(qPrintable(a.name)) << a.name;
}

void TestPermissions::checkOrder()
{
    QFETCH(QString, action);
    const Action *a = findAction(action);
    QVERIFY(a);
    Fixture &f = m_shared;
    // Prepared as for a denied request: shared targets, nothing consumed.
    const Request request = a->prepare(f, QStringLiteral("observer"), false);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    if (!f.tokens.contains(QStringLiteral("gus")))
        f.tokens.insert(QStringLiteral("gus"), login(f.server->baseUrl(), QStringLiteral("gus@globex.test")));
    const QByteArray before = dumpDatabase(f.server->databaseUrl());

    // A non-member (Globex's admin) gets 404, as if the org did not exist.
    HttpClient gus(f.server->baseUrl());
    gus.setToken(f.tokens.value(QStringLiteral("gus")));
    const HttpResponse asGus = send(gus, request);
    const QString notFound = problemMismatch(asGus, 404, QStringLiteral("not_found"));
    QVERIFY2(notFound.isEmpty(), qPrintable(QStringLiteral("non-member: ") + notFound));

    // No token, a garbage token, and an API key: 401 before anything else.
    HttpClient anonymous(f.server->baseUrl());
    const HttpResponse noToken = send(anonymous, request);
    const QString unauth = problemMismatch(noToken, 401, QStringLiteral("unauthenticated"));
    QVERIFY2(unauth.isEmpty(), qPrintable(QStringLiteral("no token: ") + unauth));
    HttpClient garbage(f.server->baseUrl());
    garbage.setToken(QStringLiteral("ods_not-a-real-token"));
    const HttpResponse withGarbage = send(garbage, request);
    const QString unauth2 = problemMismatch(withGarbage, 401, QStringLiteral("unauthenticated"));
    QVERIFY2(unauth2.isEmpty(), qPrintable(QStringLiteral("garbage token: ") + unauth2));

    // The same request on an org that does not exist: 401 without a token, 404 with one.
    Request elsewhere = request;
    elsewhere.path.replace(f.ids.acme, QStringLiteral("org_doesnotexist"));
    QVERIFY_PROBLEM(send(anonymous, elsewhere), 401, "unauthenticated");
    HttpClient ada(f.server->baseUrl());
    ada.setToken(f.ids.adaToken);
    QVERIFY_PROBLEM(send(ada, elsewhere), 404, "not_found");

    QCOMPARE(dumpDatabase(f.server->databaseUrl()), before);
}

void TestPermissions::managerInvitationRules()
{
    // The manager's limit is about the admin role: inviting, resending and revoking admin
    // invitations is 403, while user-role invitations work. Invalid data still gets 403
    // first (403 before 422) when the role asked for is admin.
    Fixture &f = m_shared;
    HttpClient max(f.server->baseUrl());
    max.setToken(f.tokens.value(QStringLiteral("manager")));
    const QByteArray before = dumpDatabase(f.server->databaseUrl());
    QVERIFY_PROBLEM(max.post(orgPath(f.ids.acme, QStringLiteral("/invitations")),
                             QJsonObject {{QStringLiteral("email"), QStringLiteral("boss@example.test")},
                                          {QStringLiteral("role"), QStringLiteral("admin")}}),
                    403, "forbidden");
    QVERIFY_PROBLEM(max.post(orgPath(f.ids.acme, QStringLiteral("/invitations")),
                             QJsonObject {{QStringLiteral("email"), QStringLiteral("not an email")},
                                          {QStringLiteral("role"), QStringLiteral("admin")}}),
                    403, "forbidden");
    QCOMPARE(dumpDatabase(f.server->databaseUrl()), before);
    // A user may not invite even with invalid data: 403 before 422.
    HttpClient uma(f.server->baseUrl());
    uma.setToken(f.tokens.value(QStringLiteral("user")));
    QVERIFY_PROBLEM(uma.post(orgPath(f.ids.acme, QStringLiteral("/invitations")),
                             QJsonObject {{QStringLiteral("email"), QStringLiteral("not an email")},
                                          {QStringLiteral("role"), QStringLiteral("nonsense")}}),
                    403, "forbidden");
    // Manager's invitation list includes admin-role invitations (viewing is allowed).
    const HttpResponse list = max.get(orgPath(f.ids.acme, QStringLiteral("/invitations")));
    QCOMPARE_STATUS(list, 200);
    bool sawAdminInvitation = false;
    for (const QJsonValue &v : list.array())
        sawAdminInvitation
            = sawAdminInvitation || v.toObject().value(QLatin1String("id")).toString() == f.adminInvitation;
    QVERIFY(sawAdminInvitation);
}

void TestPermissions::createOrgAnyRole()
{
    Fixture &f = m_shared;
    for (const QString &role : kRoles) {
        HttpClient client(f.server->baseUrl());
        client.setToken(f.tokens.value(role));
        const HttpResponse r = client.post(
            QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), QString(QStringLiteral("Org of ") + role)}});
        QCOMPARE_STATUS(r, 201);
        // Its creator is its admin: may do admin-only things there.
        const QString id = r.object().value(QLatin1String("id")).toString();
        QCOMPARE_STATUS(client.get(orgPath(id, QStringLiteral("/billing/portal"))), 200);
        QCOMPARE_STATUS(client.patch(orgPath(id), QJsonObject {{QStringLiteral("name"), QStringLiteral("Renamed")}}),
                        200);
    }
}

void TestPermissions::forbiddenComesBeforeBodyChecks_data()
{
    // Check order (API.md): 401 → 404 → 403 → 413 → 400 → 422 → 409. A role that may not
    // act gets 403 whatever is wrong with its body.
    QTest::addColumn<QString>("role");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path"); // appended to /orgs/{acme}
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    const QByteArray json("application/json");
    QTest::newRow("user rename, empty name")
        << QStringLiteral("user") << QByteArray("PATCH") << QString() << QByteArray("{\"name\":\"\"}") << json;
    QTest::newRow("user rename, malformed json")
        << QStringLiteral("user") << QByteArray("PATCH") << QString() << QByteArray("{\"name\":") << json;
    QTest::newRow("manager rename, name number")
        << QStringLiteral("manager") << QByteArray("PATCH") << QString() << QByteArray("{\"name\":1}") << json;
    QTest::newRow("observer logo, not an image")
        << QStringLiteral("observer") << QByteArray("PUT") << QStringLiteral("/logo") << QByteArray("text")
        << QByteArray("text/plain");
    QTest::newRow("business logo, 2 MiB") << QStringLiteral("business") << QByteArray("PUT") << QStringLiteral("/logo")
                                          << QByteArray(2 * 1024 * 1024, 'x') << QByteArray("image/png");
    QTest::newRow("manager seats 0") << QStringLiteral("manager") << QByteArray("PATCH")
                                     << QStringLiteral("/billing/subscription") << QByteArray("{\"seats\":0}") << json;
    QTest::newRow("business seats string")
        << QStringLiteral("business") << QByteArray("PATCH") << QStringLiteral("/billing/subscription")
        << QByteArray("{\"seats\":\"many\"}") << json;
    QTest::newRow("user key, name too long")
        << QStringLiteral("user") << QByteArray("POST") << QStringLiteral("/api-keys")
        << QByteArray("{\"name\":\"" + QByteArray(101, 'k') + "\"}") << json;
    QTest::newRow("observer invite, bad email")
        << QStringLiteral("observer") << QByteArray("POST") << QStringLiteral("/invitations")
        << QByteArray("{\"email\":\"nope\",\"role\":\"user\"}") << json;
    QTest::newRow("manager delete org, no confirm")
        << QStringLiteral("manager") << QByteArray("DELETE") << QString() << QByteArray() << QByteArray();
}

void TestPermissions::forbiddenComesBeforeBodyChecks()
{
    QFETCH(QString, role);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    Fixture &f = m_shared;
    HttpClient client(f.server->baseUrl());
    client.setToken(f.tokens.value(role));
    const QByteArray before = dumpDatabase(f.server->databaseUrl());
    QVERIFY_PROBLEM(send(client, Request {verb, orgPath(f.ids.acme, path), body, contentType}), 403, "forbidden");
    QCOMPARE(dumpDatabase(f.server->databaseUrl()), before);
}

void TestPermissions::notFoundComesBeforeForbidden_data()
{
    // 404 (no such member / invitation / key / card) answers before 403.
    QTest::addColumn<QString>("role");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("user deletes unknown key") << QStringLiteral("user") << QByteArray("DELETE")
                                              << QStringLiteral("/api-keys/key_doesnotexist") << QByteArray();
    QTest::newRow("observer resends unknown invitation")
        << QStringLiteral("observer") << QByteArray("POST") << QStringLiteral("/invitations/inv_doesnotexist/resend")
        << QByteArray("{}");
    QTest::newRow("business changes role of unknown member")
        << QStringLiteral("business") << QByteArray("PATCH") << QStringLiteral("/members/usr_doesnotexist")
        << QByteArray("{\"role\":\"user\"}");
    QTest::newRow("manager removes unknown card")
        << QStringLiteral("manager") << QByteArray("DELETE")
        << QStringLiteral("/billing/payment-methods/pm_doesnotexist") << QByteArray();
}

void TestPermissions::notFoundComesBeforeForbidden()
{
    QFETCH(QString, role);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    Fixture &f = m_shared;
    HttpClient client(f.server->baseUrl());
    client.setToken(f.tokens.value(role));
    QVERIFY_PROBLEM(send(client, Request {verb, orgPath(f.ids.acme, path), body}), 404, "not_found");
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
