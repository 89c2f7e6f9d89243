// What happens as time passes, simulated by moving stored times into the past in the real
// database: invitations expire (without raising the version), an expired invitation is
// replaced by a new one for the same email, and a subscription's period renews, applying a
// scheduled seat decrease and billing the new period.
#include "support/ServerHarness.h"
#include "support/TestSupport.h"

#include <QtTest>

namespace {
qint64 orgVersion(HttpClient &client, const QString &org)
{
    return client.get(QStringLiteral("/orgs/") + org).object().value(QLatin1String("version")).toInteger(-1);
}

QJsonArray changesSince(HttpClient &client, const QString &org, qint64 since)
{
    return client.get(QStringLiteral("/orgs/%1/changes?since=%2").arg(org).arg(since))
        .object()
        .value(QLatin1String("changes"))
        .toArray();
}

void exec(const ServerProcess &server, const QString &sql)
{
    queryDatabase(server.databaseUrl(), sql);
}
} // namespace

class TestTime : public QObject
{
    Q_OBJECT

private slots:
    void invitationExpires();
    void expiredInvitationIsReplaced();
    void periodRenewalAppliesPendingSeatsAndBills();
    void freePlanRenewsWithoutInvoice();
};

void TestTime::invitationExpires()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const HttpResponse created = ada.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme),
                                          QJsonObject {{QStringLiteral("email"), QStringLiteral("late@example.test")},
                                                       {QStringLiteral("role"), QStringLiteral("user")}});
    QCOMPARE_STATUS(created, 201);
    const QString id = created.object().value(QLatin1String("id")).toString();
    const QString token = invitationTokenFrom(parseMail(outboxMessages(server.outboxDir()).last()).body);
    QVERIFY(token.startsWith(QLatin1String("odi_")));
    const qint64 version = orgVersion(ada, ids.acme);

    // Seven days pass.
    exec(server, QStringLiteral("UPDATE invitations SET expires_at = expires_at - 604800 - 1 WHERE id = '%1'").arg(id));

    const QJsonArray list = ada.get(QStringLiteral("/orgs/%1/invitations").arg(ids.acme)).array();
    bool seen = false;
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String("id")).toString() == id) {
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("expired"));
            seen = true;
        }
    }
    QVERIFY2(seen, "an expired invitation is still listed, as expired");
    // Passing the expiry raises no version and puts nothing in the feed.
    QCOMPARE(orgVersion(ada, ids.acme), version);
    QCOMPARE(changesSince(ada, ids.acme, version).size(), 0);
    // Its token no longer works.
    HttpClient anonymous(server.baseUrl());
    QVERIFY_PROBLEM(anonymous.post(QStringLiteral("/invitations/accept"),
                                   QJsonObject {{QStringLiteral("token"), token},
                                                {QStringLiteral("name"), QStringLiteral("Late Person")},
                                                {QStringLiteral("password"), QStringLiteral("long enough password")}}),
                    410, "invitation_expired");
    QVERIFY_PROBLEM(anonymous.post(QStringLiteral("/auth/login"),
                                   QJsonObject {{QStringLiteral("email"), QStringLiteral("late@example.test")},
                                                {QStringLiteral("password"), QStringLiteral("long enough password")}}),
                    401, "unauthenticated");
}

void TestTime::expiredInvitationIsReplaced()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const QJsonObject body {{QStringLiteral("email"), QStringLiteral("again@example.test")},
                            {QStringLiteral("role"), QStringLiteral("observer")}};
    const HttpResponse first = ada.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme), body);
    QCOMPARE_STATUS(first, 201);
    const QString oldId = first.object().value(QLatin1String("id")).toString();
    // While pending, a second invitation is a conflict.
    QVERIFY_PROBLEM(ada.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme), body), 409, "invitation_pending");

    exec(server, QStringLiteral("UPDATE invitations SET expires_at = 1 WHERE id = '%1'").arg(oldId));
    const qint64 version = orgVersion(ada, ids.acme);
    const HttpResponse second = ada.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme), body);
    QCOMPARE_STATUS(second, 201);
    const QString newId = second.object().value(QLatin1String("id")).toString();
    QVERIFY(newId != oldId);

    int forEmail = 0;
    for (const QJsonValue &v : ada.get(QStringLiteral("/orgs/%1/invitations").arg(ids.acme)).array()) {
        if (v.toObject().value(QLatin1String("email")).toString() == QLatin1String("again@example.test")) {
            ++forEmail;
            QCOMPARE(v.toObject().value(QLatin1String("id")).toString(), newId);
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        }
    }
    QCOMPARE(forEmail, 1);
    // The feed says exactly that: the old one deleted, the new one there.
    const QJsonArray delta = changesSince(ada, ids.acme, version);
    QCOMPARE(delta.size(), 2);
    QCOMPARE(delta.at(0).toObject().value(QLatin1String("id")).toString(), oldId);
    QCOMPARE(delta.at(0).toObject().value(QLatin1String("op")).toString(), QStringLiteral("delete"));
    QCOMPARE(delta.at(1).toObject().value(QLatin1String("id")).toString(), newId);
    QCOMPARE(delta.at(1).toObject().value(QLatin1String("op")).toString(), QStringLiteral("upsert"));
    QCOMPARE(orgVersion(ada, ids.acme), version + 2);
}

void TestTime::periodRenewalAppliesPendingSeatsAndBills()
{
    ServerProcess first;
    QVERIFY2(first.start(), qPrintable(first.lastError()));
    const DemoIds ids = demoIds(first.baseUrl());
    HttpClient ada(first.baseUrl());
    ada.setToken(ids.adaToken);
    const QString billing = QStringLiteral("/orgs/%1/billing").arg(ids.acme);
    const QJsonObject lowered
        = ada.patch(billing + QStringLiteral("/subscription"), QJsonObject {{QStringLiteral("seats"), 20}}).object();
    QCOMPARE(lowered.value(QLatin1String("seats")).toInt(), 25);
    QCOMPARE(lowered.value(QLatin1String("pendingSeats")).toInt(), 20);
    const QDateTime oldEnd
        = QDateTime::fromString(lowered.value(QLatin1String("currentPeriodEnd")).toString(), Qt::ISODate);
    const int invoicesBefore
        = ada.get(billing + QStringLiteral("/invoices")).object().value(QLatin1String("total")).toInt();
    const qint64 version = orgVersion(ada, ids.acme);
    first.stop();

    // The period ends while no server runs: it ended an hour ago, after running a month.
    const qint64 end = QDateTime::currentSecsSinceEpoch() - 3600;
    const qint64 start = QDateTime::fromSecsSinceEpoch(end, Qt::UTC).addMonths(-1).toSecsSinceEpoch();
    exec(first,
         QStringLiteral("UPDATE subscriptions SET period_start = %1, period_end = %2 WHERE org_id = '%3'")
             .arg(start)
             .arg(end)
             .arg(ids.acme));

    ServerProcess second;
    ServerOptions options;
    options.sharedDatabase = first.databaseUrl();
    QVERIFY2(second.start(options), qPrintable(second.lastError()));
    HttpClient ada2(second.baseUrl());
    ada2.setToken(login(second.baseUrl(), QStringLiteral("ada@acme.test")));
    const QJsonObject renewed = ada2.get(billing + QStringLiteral("/subscription")).object();
    QCOMPARE(renewed.value(QLatin1String("seats")).toInt(), 20); // the scheduled decrease took effect
    QVERIFY(renewed.value(QLatin1String("pendingSeats")).isNull());
    const QDateTime newStart
        = QDateTime::fromString(renewed.value(QLatin1String("currentPeriodStart")).toString(), Qt::ISODate);
    const QDateTime newEnd
        = QDateTime::fromString(renewed.value(QLatin1String("currentPeriodEnd")).toString(), Qt::ISODate);
    QCOMPARE(newStart.toSecsSinceEpoch(), end);
    QCOMPARE(newEnd, newStart.addMonths(1));
    QVERIFY(newEnd > QDateTime::currentDateTimeUtc());
    QVERIFY(oldEnd.isValid());

    const QJsonObject invoices = ada2.get(billing + QStringLiteral("/invoices")).object();
    QCOMPARE(invoices.value(QLatin1String("total")).toInt(), invoicesBefore + 1);
    const QJsonObject newest = invoices.value(QLatin1String("items")).toArray().first().toObject();
    QCOMPARE(newest.value(QLatin1String("amount")).toInt(), 20 * 1900);
    QCOMPARE(newest.value(QLatin1String("status")).toString(), QStringLiteral("paid")); // a default card is on file
    QCOMPARE(newest.value(QLatin1String("periodStart")).toString(),
             renewed.value(QLatin1String("currentPeriodStart")).toString());

    // The feed carries the renewed subscription and the new invoice.
    QStringList entities;
    for (const QJsonValue &change : changesSince(ada2, ids.acme, version))
        entities << change.toObject().value(QLatin1String("entity")).toString();
    entities.sort();
    QCOMPARE(entities, (QStringList {QStringLiteral("invoice"), QStringLiteral("subscription")}));
    QVERIFY2(second.log().contains("renewed 1 subscription"), second.log().constData());
}

void TestTime::freePlanRenewsWithoutInvoice()
{
    ServerProcess first;
    QVERIFY2(first.start(), qPrintable(first.lastError()));
    const DemoIds ids = demoIds(first.baseUrl());
    first.stop();
    const qint64 end = QDateTime::currentSecsSinceEpoch() - 60;
    exec(first,
         QStringLiteral("UPDATE subscriptions SET period_start = %1, period_end = %2 WHERE org_id = '%3'")
             .arg(end - 31 * 86400)
             .arg(end)
             .arg(ids.globex));

    ServerProcess second;
    ServerOptions options;
    options.sharedDatabase = first.databaseUrl();
    QVERIFY2(second.start(options), qPrintable(second.lastError()));
    HttpClient gus(second.baseUrl());
    gus.setToken(login(second.baseUrl(), QStringLiteral("gus@globex.test")));
    const QString billing = QStringLiteral("/orgs/%1/billing").arg(ids.globex);
    const QJsonObject renewed = gus.get(billing + QStringLiteral("/subscription")).object();
    QCOMPARE(renewed.value(QLatin1String("plan")).toString(), QStringLiteral("free"));
    QCOMPARE(QDateTime::fromString(renewed.value(QLatin1String("currentPeriodStart")).toString(), Qt::ISODate)
                 .toSecsSinceEpoch(),
             end);
    QCOMPARE(gus.get(billing + QStringLiteral("/invoices")).object().value(QLatin1String("total")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestTime)
#include "tst_time.moc"
