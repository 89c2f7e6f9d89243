// "An org always has at least one Admin ... also when two such requests race" (API.md).
// Two server instances share one database (stateless instances behind a load balancer);
// two admins fire conflicting requests at the same moment, one through each instance.
#include "support/ServerHarness.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QtTest>

namespace {

struct RaceRequest
{
    QUrl base;
    QString token;
    QByteArray verb;
    QString path; // relative to /api/v1
    QByteArray body;
};

QNetworkReply *sendRequest(QNetworkAccessManager &nam, const RaceRequest &r)
{
    QUrl url(r.base.toString(QUrl::StripTrailingSlash) + QStringLiteral("/api/v1") + r.path);
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setRawHeader("Authorization", "Bearer " + r.token.toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    if (r.verb == "DELETE")
        return nam.deleteResource(request);
    if (r.verb == "POST")
        return nam.post(request, r.body);
    return nam.sendCustomRequest(request, r.verb, r.body);
}

HttpResponse toResponse(QNetworkReply *reply)
{
    HttpResponse response;
    if (reply->isFinished()) {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        response.status = status.isValid() ? status.toInt() : 0;
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
    }
    return response;
}

int count(const QList<HttpResponse> &responses, int status, const QString &code = QString())
{
    int n = 0;
    for (const HttpResponse &r : responses)
        if (r.status == status && (code.isEmpty() || r.code() == code))
            ++n;
    return n;
}

} // namespace

class TestLastAdminRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void instancesAreStateless();
    void selfDemotionRace();
    void mutualDemotionRace();
    void leaveRace();
    void selfRemovalRace();
    void mutualRemovalRace();

private:
    // Fires both requests before waiting for either; returns both answers.
    QPair<HttpResponse, HttpResponse> fireTogether(const RaceRequest &a, const RaceRequest &b);
    // A new org (created by ada through A) where ada and max are the only members, both admin.
    bool newTwoAdminOrg(QString *orgId);
    QString freshInvitationToken(const QString &email);
    int adminCount(const QString &orgId);
    QString userId(const QString &orgId, const QString &email);

    int m_rounds = 100;
    std::unique_ptr<ServerProcess> m_a;
    std::unique_ptr<ServerProcess> m_b;
    QString m_adaToken; // issued by A
    QString m_maxToken; // issued by B
    QString m_adaId;
    QString m_maxId;
    QString m_acme;
    QNetworkAccessManager m_namA;
    QNetworkAccessManager m_namB;
    QSet<QString> m_seenMail;
    int m_orgCounter = 0;
};

void TestLastAdminRace::initTestCase()
{
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("ORGDESK_RACE_ROUNDS", &ok);
    if (ok && rounds > 0)
        m_rounds = rounds;
    m_a = std::make_unique<ServerProcess>();
    QVERIFY2(m_a->start(), qPrintable(m_a->lastError()));
    m_b = std::make_unique<ServerProcess>();
    ServerOptions second;
    second.seedDemo = false;
    second.sharedDatabase = m_a->databaseUrl();
    QVERIFY2(m_b->start(second), qPrintable(m_b->lastError()));
    QVERIFY(m_a->baseUrl() != m_b->baseUrl());
    m_adaToken = login(m_a->baseUrl(), QStringLiteral("ada@acme.test"));
    m_maxToken = login(m_b->baseUrl(), QStringLiteral("max@acme.test"));
    QVERIFY(!m_adaToken.isEmpty());
    QVERIFY(!m_maxToken.isEmpty());
    HttpClient a(m_a->baseUrl());
    a.setToken(m_adaToken);
    m_adaId = a.get(QStringLiteral("/me"))
                  .object()
                  .value(QLatin1String("user"))
                  .toObject()
                  .value(QLatin1String("id"))
                  .toString();
    HttpClient b(m_b->baseUrl());
    b.setToken(m_maxToken);
    m_maxId = b.get(QStringLiteral("/me"))
                  .object()
                  .value(QLatin1String("user"))
                  .toObject()
                  .value(QLatin1String("id"))
                  .toString();
    QVERIFY(!m_adaId.isEmpty() && !m_maxId.isEmpty());
    m_acme = demoIds(m_a->baseUrl()).acme;
    QVERIFY(!m_acme.isEmpty());
    QCOMPARE(adminCount(m_acme), 1);
}

void TestLastAdminRace::cleanupTestCase()
{
    m_b.reset(); // B first: A created (and drops) the database
    m_a.reset();
}

void TestLastAdminRace::instancesAreStateless()
{
    // A token issued by A works on B and the reverse; a logout on one is seen by the other.
    const QString token = login(m_a->baseUrl(), QStringLiteral("uma@acme.test"));
    QVERIFY(!token.isEmpty());
    HttpClient onB(m_b->baseUrl());
    onB.setToken(token);
    const HttpResponse me = onB.get(QStringLiteral("/me"));
    QCOMPARE_STATUS(me, 200);
    QCOMPARE(me.object().value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString(),
             QStringLiteral("uma@acme.test"));
    const QString fromB = login(m_b->baseUrl(), QStringLiteral("otto@acme.test"));
    QVERIFY(!fromB.isEmpty());
    HttpClient onA(m_a->baseUrl());
    onA.setToken(fromB);
    QCOMPARE_STATUS(onA.get(QStringLiteral("/me")), 200);
    QCOMPARE_STATUS(onB.post(QStringLiteral("/auth/logout")), 204);
    HttpClient umaOnA(m_a->baseUrl());
    umaOnA.setToken(token);
    QVERIFY_PROBLEM(umaOnA.get(QStringLiteral("/me")), 401, "unauthenticated");
    // A change written through B is read through A.
    HttpClient adaOnB(m_b->baseUrl());
    adaOnB.setToken(m_adaToken);
    const HttpResponse created
        = adaOnB.post(QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Made on B")}});
    QCOMPARE_STATUS(created, 201);
    HttpClient adaOnA(m_a->baseUrl());
    adaOnA.setToken(m_adaToken);
    QCOMPARE(adaOnA.get(orgPath(created.object().value(QLatin1String("id")).toString()))
                 .object()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Made on B"));
}

QPair<HttpResponse, HttpResponse> TestLastAdminRace::fireTogether(const RaceRequest &a, const RaceRequest &b)
{
    QNetworkReply *ra = sendRequest(m_namA, a);
    QNetworkReply *rb = sendRequest(m_namB, b);
    QEventLoop loop;
    const auto check = [&] {
        if (ra->isFinished() && rb->isFinished())
            loop.quit();
    };
    connect(ra, &QNetworkReply::finished, &loop, check);
    connect(rb, &QNetworkReply::finished, &loop, check);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!(ra->isFinished() && rb->isFinished()))
        loop.exec();
    QPair<HttpResponse, HttpResponse> out {toResponse(ra), toResponse(rb)};
    ra->deleteLater();
    rb->deleteLater();
    return out;
}

QString TestLastAdminRace::freshInvitationToken(const QString &email)
{
    QString token;
    QDirIterator it(m_a->outboxDir(), {QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (m_seenMail.contains(path))
            continue;
        m_seenMail.insert(path);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const ParsedMail mail = parseMail(f.readAll());
        if (mail.to.contains(email))
            token = invitationTokenFrom(mail.body);
    }
    return token;
}

bool TestLastAdminRace::newTwoAdminOrg(QString *orgId)
{
    HttpClient ada(m_a->baseUrl());
    ada.setToken(m_adaToken);
    const HttpResponse created = ada.post(
        QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Race %1").arg(++m_orgCounter)}});
    if (created.status != 201) {
        qWarning("create org: %s", describe(created).constData());
        return false;
    }
    *orgId = created.object().value(QLatin1String("id")).toString();
    const HttpResponse invited = ada.post(orgPath(*orgId, QStringLiteral("/invitations")),
                                          QJsonObject {{QStringLiteral("email"), QStringLiteral("max@acme.test")},
                                                       {QStringLiteral("role"), QStringLiteral("admin")}});
    if (invited.status != 201) {
        qWarning("invite: %s", describe(invited).constData());
        return false;
    }
    const QString token = freshInvitationToken(QStringLiteral("max@acme.test"));
    if (token.isEmpty()) {
        qWarning("no invitation mail for max in %s", qPrintable(m_a->outboxDir()));
        return false;
    }
    HttpClient anonymous(m_b->baseUrl());
    const HttpResponse accepted
        = anonymous.post(QStringLiteral("/invitations/accept"), QJsonObject {{QStringLiteral("token"), token}});
    if (accepted.status != 200 || accepted.object().value(QLatin1String("role")).toString() != QLatin1String("admin")) {
        qWarning("accept: %s", describe(accepted).constData());
        return false;
    }
    return adminCount(*orgId) == 2;
}

int TestLastAdminRace::adminCount(const QString &orgId)
{
    // How the store writes "admin" is its business: take the value from ada's seeded Acme row.
    const QList<QVariantList> rows
        = queryDatabase(m_a->databaseUrl(),
                        QStringLiteral("SELECT COUNT(*) FROM memberships WHERE org_id = '%1' AND role = "
                                       "(SELECT role FROM memberships WHERE org_id = '%2' AND user_id = '%3')")
                            .arg(orgId, m_acme, m_adaId));
    return rows.isEmpty() ? -1 : rows.first().value(0).toInt();
}

void TestLastAdminRace::selfDemotionRace()
{
    // Each admin demotes themselves: the first wins, the second would leave no admin.
    QString org;
    QVERIFY(newTwoAdminOrg(&org));
    for (int round = 0; round < m_rounds; ++round) {
        const bool swap = round % 2; // alternate which instance serves whom
        const RaceRequest ada {swap ? m_b->baseUrl() : m_a->baseUrl(), m_adaToken, "PATCH",
                               orgPath(org, QStringLiteral("/members/") + m_adaId), "{\"role\":\"user\"}"};
        const RaceRequest max {swap ? m_a->baseUrl() : m_b->baseUrl(), m_maxToken, "PATCH",
                               orgPath(org, QStringLiteral("/members/") + m_maxId), "{\"role\":\"user\"}"};
        const auto [ra, rb] = fireTogether(ada, max);
        const QList<HttpResponse> both {ra, rb};
        QVERIFY2(count(both, 200) == 1 && count(both, 409, QStringLiteral("last_admin")) == 1,
                 qPrintable(QStringLiteral("round %1: ").arg(round)
                            + QString::fromUtf8(describe(ra) + " | " + describe(rb))));
        QCOMPARE(adminCount(org), 1);
        // Setup for the next round: the remaining admin re-promotes the other.
        const bool adaWon = ra.status == 200;
        HttpClient survivor(m_a->baseUrl());
        survivor.setToken(adaWon ? m_maxToken : m_adaToken);
        QCOMPARE_STATUS(survivor.patch(orgPath(org, QStringLiteral("/members/") + (adaWon ? m_adaId : m_maxId)),
                                       QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}}),
                        200);
        QCOMPARE(adminCount(org), 2);
    }
}

void TestLastAdminRace::mutualDemotionRace()
{
    // Each admin demotes the other. The winner's demotion commits; the loser is then no
    // longer an admin (403) or its change would leave no admin (409): never both succeed.
    QString org;
    QVERIFY(newTwoAdminOrg(&org));
    int lastAdminAnswers = 0;
    for (int round = 0; round < m_rounds; ++round) {
        const bool swap = round % 2;
        const RaceRequest ada {swap ? m_b->baseUrl() : m_a->baseUrl(), m_adaToken, "PATCH",
                               orgPath(org, QStringLiteral("/members/") + m_maxId), "{\"role\":\"user\"}"};
        const RaceRequest max {swap ? m_a->baseUrl() : m_b->baseUrl(), m_maxToken, "PATCH",
                               orgPath(org, QStringLiteral("/members/") + m_adaId), "{\"role\":\"user\"}"};
        const auto [ra, rb] = fireTogether(ada, max);
        const QList<HttpResponse> both {ra, rb};
        const int lost409 = count(both, 409, QStringLiteral("last_admin"));
        const int lost403 = count(both, 403, QStringLiteral("forbidden"));
        QVERIFY2(count(both, 200) == 1 && lost409 + lost403 == 1,
                 qPrintable(QStringLiteral("round %1: ").arg(round)
                            + QString::fromUtf8(describe(ra) + " | " + describe(rb))));
        lastAdminAnswers += lost409;
        QCOMPARE(adminCount(org), 1);
        const bool adaWon = ra.status == 200; // ada demoted max; ada re-promotes him
        HttpClient survivor(m_b->baseUrl());
        survivor.setToken(adaWon ? m_adaToken : m_maxToken);
        QCOMPARE_STATUS(survivor.patch(orgPath(org, QStringLiteral("/members/") + (adaWon ? m_maxId : m_adaId)),
                                       QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}}),
                        200);
        QCOMPARE(adminCount(org), 2);
    }
    qInfo("mutual demotion: %d of %d losers answered 409 last_admin, the rest 403", lastAdminAnswers, m_rounds);
}

void TestLastAdminRace::leaveRace()
{
    for (int round = 0; round < m_rounds; ++round) {
        QString org;
        QVERIFY2(newTwoAdminOrg(&org), qPrintable(QStringLiteral("round %1 setup").arg(round)));
        const bool swap = round % 2;
        const RaceRequest ada {swap ? m_b->baseUrl() : m_a->baseUrl(), m_adaToken, "POST",
                               orgPath(org, QStringLiteral("/leave")), "{}"};
        const RaceRequest max {swap ? m_a->baseUrl() : m_b->baseUrl(), m_maxToken, "POST",
                               orgPath(org, QStringLiteral("/leave")), "{}"};
        const auto [ra, rb] = fireTogether(ada, max);
        const QList<HttpResponse> both {ra, rb};
        QVERIFY2(count(both, 204) == 1 && count(both, 409, QStringLiteral("last_admin")) == 1,
                 qPrintable(QStringLiteral("round %1: ").arg(round)
                            + QString::fromUtf8(describe(ra) + " | " + describe(rb))));
        QCOMPARE(adminCount(org), 1);
        // The survivor still sees the org, with one member.
        HttpClient survivor(m_a->baseUrl());
        survivor.setToken(ra.status == 204 ? m_maxToken : m_adaToken);
        const HttpResponse o = survivor.get(orgPath(org));
        QCOMPARE_STATUS(o, 200);
        QCOMPARE(o.object().value(QLatin1String("memberCount")).toInt(), 1);
    }
}

void TestLastAdminRace::selfRemovalRace()
{
    // DELETE /members/{ownId} is the same as leaving, subject to last_admin (api-decisions.md).
    for (int round = 0; round < m_rounds; ++round) {
        QString org;
        QVERIFY2(newTwoAdminOrg(&org), qPrintable(QStringLiteral("round %1 setup").arg(round)));
        const bool swap = round % 2;
        const RaceRequest ada {swap ? m_b->baseUrl() : m_a->baseUrl(),
                               m_adaToken,
                               "DELETE",
                               orgPath(org, QStringLiteral("/members/") + m_adaId),
                               {}};
        const RaceRequest max {swap ? m_a->baseUrl() : m_b->baseUrl(),
                               m_maxToken,
                               "DELETE",
                               orgPath(org, QStringLiteral("/members/") + m_maxId),
                               {}};
        const auto [ra, rb] = fireTogether(ada, max);
        const QList<HttpResponse> both {ra, rb};
        QVERIFY2(count(both, 204) == 1 && count(both, 409, QStringLiteral("last_admin")) == 1,
                 qPrintable(QStringLiteral("round %1: ").arg(round)
                            + QString::fromUtf8(describe(ra) + " | " + describe(rb))));
        QCOMPARE(adminCount(org), 1);
    }
}

void TestLastAdminRace::mutualRemovalRace()
{
    // Each admin removes the other. The winner's removal commits; the loser is then not in
    // the org (404) or its removal would leave no admin (409): never both succeed.
    int lastAdminAnswers = 0;
    for (int round = 0; round < m_rounds; ++round) {
        QString org;
        QVERIFY2(newTwoAdminOrg(&org), qPrintable(QStringLiteral("round %1 setup").arg(round)));
        const bool swap = round % 2;
        const RaceRequest ada {swap ? m_b->baseUrl() : m_a->baseUrl(),
                               m_adaToken,
                               "DELETE",
                               orgPath(org, QStringLiteral("/members/") + m_maxId),
                               {}};
        const RaceRequest max {swap ? m_a->baseUrl() : m_b->baseUrl(),
                               m_maxToken,
                               "DELETE",
                               orgPath(org, QStringLiteral("/members/") + m_adaId),
                               {}};
        const auto [ra, rb] = fireTogether(ada, max);
        const QList<HttpResponse> both {ra, rb};
        const int lost409 = count(both, 409, QStringLiteral("last_admin"));
        const int lost404 = count(both, 404, QStringLiteral("not_found"));
        QVERIFY2(count(both, 204) == 1 && lost409 + lost404 == 1,
                 qPrintable(QStringLiteral("round %1: ").arg(round)
                            + QString::fromUtf8(describe(ra) + " | " + describe(rb))));
        lastAdminAnswers += lost409;
        QCOMPARE(adminCount(org), 1);
        const QList<QVariantList> members = queryDatabase(
            m_a->databaseUrl(), QStringLiteral("SELECT COUNT(*) FROM memberships WHERE org_id = '%1'").arg(org));
        QCOMPARE(members.value(0).value(0).toInt(), 1);
    }
    qInfo("mutual removal: %d of %d losers answered 409 last_admin, the rest 404", lastAdminAnswers, m_rounds);
}

QTEST_GUILESS_MAIN(TestLastAdminRace)
#include "tst_last_admin_race.moc"
