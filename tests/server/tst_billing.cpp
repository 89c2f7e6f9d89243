// Black-box tests of billing: subscription, seat changes and proration, invoices, payment
// methods, the billing portal, and who may do what.
// Oracle: shared/API.md and docs/api-decisions.md.

#include "support_b.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tb;

namespace {

QJsonObject seats(const QJsonValue &v)
{
    return QJsonObject {{QStringLiteral("seats"), v}};
}

QSet<QString> idsOf(const QJsonArray &a)
{
    QSet<QString> out;
    for (const QJsonValue &v : a)
        out.insert(v.toObject().value(QLatin1String("id")).toString());
    return out;
}

QString defaultCard(const QJsonArray &cards)
{
    QString id;
    for (const QJsonValue &v : cards)
        if (v.toObject().value(QLatin1String("isDefault")).toBool())
            id += v.toObject().value(QLatin1String("id")).toString() + QLatin1Char(' ');
    return id.trimmed();
}

// The id of the (last) card that is not `except`, or empty.
QString otherCard(const QJsonArray &cards, const QString &except)
{
    QString other;
    for (const QJsonValue &v : cards)
        if (v.toObject().value(QLatin1String("id")).toString() != except)
            other = v.toObject().value(QLatin1String("id")).toString();
    return other;
}

} // namespace

class TestBilling : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    DemoIds m_ids;

    QString billing(const QString &rest) const { return QStringLiteral("/orgs/%1/billing/").arg(m_ids.acme) + rest; }

private slots:
    void init() { m_server.releaseIfOtherFunction(); }
    void cleanupTestCase() { m_server.release(); }

    void demoSubscription()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse r = c.get(billing(QStringLiteral("subscription")));
        TB_STATUS(r, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QLatin1String("plan")).toString(), QStringLiteral("pro"));
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QCOMPARE(o.value(QLatin1String("seats")), QJsonValue(25));
        QVERIFY2(o.contains(QStringLiteral("pendingSeats")) && o.value(QLatin1String("pendingSeats")).isNull(),
                 qPrintable(describe(r)));
        QCOMPARE(o.value(QLatin1String("pricePerSeat")), QJsonValue(1900));
        QCOMPARE(o.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(o.value(QLatin1String("interval")).toString(), QStringLiteral("month"));
        QVERIFY(isTimestamp(o.value(QLatin1String("currentPeriodStart"))));
        QVERIFY(isTimestamp(o.value(QLatin1String("currentPeriodEnd"))));
        const qint64 start = epoch(o.value(QLatin1String("currentPeriodStart")));
        const qint64 end = epoch(o.value(QLatin1String("currentPeriodEnd")));
        QVERIFY2(start <= nowSecs() && nowSecs() < end, qPrintable(describe(r)));
        QVERIFY2(end - start >= 28 * 86400 && end - start <= 31 * 86400, qPrintable(describe(r)));

        // A business member sees the same; other non-admin roles may not.
        HttpClient other(m_server.url());
        other.setToken(login(m_server.url(), QStringLiteral("bea@acme.test")));
        const HttpResponse b = other.get(billing(QStringLiteral("subscription")));
        TB_STATUS(b, 200);
        TB_JSON_EQ(b.object(), o);
        for (const char *email : {"max@acme.test", "uma@acme.test", "otto@acme.test"}) {
            other.setToken(login(m_server.url(), s(email)));
            TB_PROBLEM(other.get(billing(QStringLiteral("subscription"))), 403, "forbidden");
            TB_PROBLEM(other.get(billing(QStringLiteral("invoices"))), 403, "forbidden");
            TB_PROBLEM(other.get(billing(QStringLiteral("payment-methods"))), 403, "forbidden");
        }
    }

    void seatIncreaseInvoicesProratedRest()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QJsonObject sub = c.get(billing(QStringLiteral("subscription"))).object();
        const QJsonArray invoicesBefore = allInvoices(c, m_ids.acme);
        QCOMPARE(invoicesBefore.size(), 12);

        const qint64 t0 = nowSecs();
        const HttpResponse r = c.patch(billing(QStringLiteral("subscription")), seats(30));
        const qint64 t1 = nowSecs();
        TB_STATUS(r, 200);
        QJsonObject expected = sub;
        expected.insert(QStringLiteral("seats"), 30);
        TB_JSON_EQ(r.object(), expected);
        TB_JSON_EQ(c.get(billing(QStringLiteral("subscription"))).object(), expected);

        const QJsonArray invoicesAfter = allInvoices(c, m_ids.acme);
        QCOMPARE(invoicesAfter.size(), 13);
        QSet<QString> added = idsOf(invoicesAfter) - idsOf(invoicesBefore);
        QCOMPARE(added.size(), 1);
        const QJsonObject inv = invoicesAfter.first().toObject(); // newest first
        QCOMPARE(inv.value(QLatin1String("id")).toString(), *added.begin());
        QCOMPARE(inv.value(QLatin1String("status")).toString(), QStringLiteral("open"));
        QCOMPARE(inv.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
        QVERIFY(!inv.value(QLatin1String("number")).toString().isEmpty());
        QVERIFY(isTimestamp(inv.value(QLatin1String("issuedAt"))));
        const qint64 issued = epoch(inv.value(QLatin1String("issuedAt")));
        QVERIFY2(issued >= t0 - 2 && issued <= t1 + 2, qPrintable(compact(inv)));

        const double start = double(epoch(sub.value(QLatin1String("currentPeriodStart"))));
        const double end = double(epoch(sub.value(QLatin1String("currentPeriodEnd"))));
        const auto prorated = [&](double t) { return 5.0 * 1900.0 * (end - t) / (end - start); };
        const qint64 lo = qint64(std::llround(prorated(double(t1) + 3))) - 1;
        const qint64 hi = qint64(std::llround(prorated(double(t0) - 3))) + 1;
        const qint64 amount = inv.value(QLatin1String("amount")).toInteger(-1);
        QVERIFY2(
            amount >= lo && amount <= hi,
            qPrintable(QStringLiteral("amount %1 not in [%2, %3]: %4").arg(amount).arg(lo).arg(hi).arg(compact(inv))));

        const QJsonArray lines = inv.value(QLatin1String("lines")).toArray();
        QVERIFY2(!lines.isEmpty(), qPrintable(compact(inv)));
        qint64 sum = 0;
        for (const QJsonValue &l : lines) {
            const QJsonObject line = l.toObject();
            QVERIFY(!line.value(QLatin1String("description")).toString().isEmpty());
            QVERIFY(line.value(QLatin1String("quantity")).isDouble());
            QVERIFY(line.value(QLatin1String("unitAmount")).isDouble());
            sum += line.value(QLatin1String("amount")).toInteger();
        }
        QCOMPARE(sum, amount);
    }

    void seatDecreaseIsScheduled()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QString path = billing(QStringLiteral("subscription"));
        TB_STATUS(c.patch(path, seats(30)), 200);
        const int invoices = allInvoices(c, m_ids.acme).size();

        HttpResponse r = c.patch(path, seats(20));
        TB_STATUS(r, 200);
        QCOMPARE(r.object().value(QLatin1String("seats")), QJsonValue(30));
        QCOMPARE(r.object().value(QLatin1String("pendingSeats")), QJsonValue(20));
        TB_JSON_EQ(c.get(path).object(), r.object());
        QCOMPARE(allInvoices(c, m_ids.acme).size(), invoices);

        // Setting the current value clears the scheduled change.
        r = c.patch(path, seats(30));
        TB_STATUS(r, 200);
        QCOMPARE(r.object().value(QLatin1String("seats")), QJsonValue(30));
        QVERIFY(r.object().value(QLatin1String("pendingSeats")).isNull());
        QCOMPARE(allInvoices(c, m_ids.acme).size(), invoices);

        // So does a raise, which also invoices.
        TB_STATUS(c.patch(path, seats(1)), 200);
        QCOMPARE(c.get(path).object().value(QLatin1String("pendingSeats")), QJsonValue(1));
        r = c.patch(path, seats(35));
        TB_STATUS(r, 200);
        QCOMPARE(r.object().value(QLatin1String("seats")), QJsonValue(35));
        QVERIFY(r.object().value(QLatin1String("pendingSeats")).isNull());
        QCOMPARE(allInvoices(c, m_ids.acme).size(), invoices + 1);
    }

    void seatValidation_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("0") << QJsonValue(0) << 422;
        QTest::newRow("-1") << QJsonValue(-1) << 422;
        QTest::newRow("10001") << QJsonValue(10001) << 422;
        QTest::newRow("\"abc\"") << QJsonValue(QStringLiteral("abc")) << 400;
        QTest::newRow("\"30\"") << QJsonValue(QStringLiteral("30")) << 400;
        QTest::newRow("true") << QJsonValue(true) << 400;
        QTest::newRow("[30]") << QJsonValue(QJsonArray {30}) << 400;
    }
    void seatValidation()
    {
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        TB_START_SHARED(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        const HttpResponse r = c.patch(billing(QStringLiteral("subscription")), seats(value));
        if (status == 422) {
            TB_PROBLEM(r, 422, "validation_failed");
            QVERIFY2(errorFields(r).contains(QStringLiteral("seats")), qPrintable(describe(r)));
        } else {
            TB_PROBLEM(r, 400, "bad_request");
        }
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void seatBoundaries()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        HttpResponse r = c.patch(billing(QStringLiteral("subscription")), seats(10000));
        TB_STATUS(r, 200);
        QCOMPARE(r.object().value(QLatin1String("seats")), QJsonValue(10000));
        r = c.patch(billing(QStringLiteral("subscription")), seats(1));
        TB_STATUS(r, 200);
        QCOMPARE(r.object().value(QLatin1String("pendingSeats")), QJsonValue(1));
    }

    void freeOrgHasNoBilling()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse org
            = c.post(QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Free Org")}});
        TB_STATUS(org, 201);
        const QString base
            = QStringLiteral("/orgs/%1/billing/").arg(org.object().value(QLatin1String("id")).toString());
        const HttpResponse sub = c.get(base + QStringLiteral("subscription"));
        TB_STATUS(sub, 200);
        QCOMPARE(sub.object().value(QLatin1String("plan")).toString(), QStringLiteral("free"));
        QCOMPARE(sub.object().value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QCOMPARE(sub.object().value(QLatin1String("seats")), QJsonValue(1));
        QCOMPARE(sub.object().value(QLatin1String("pricePerSeat")), QJsonValue(0));
        QVERIFY(sub.object().value(QLatin1String("pendingSeats")).isNull());
        const HttpResponse inv = c.get(base + QStringLiteral("invoices"));
        TB_STATUS(inv, 200);
        QCOMPARE(inv.object().value(QLatin1String("total")), QJsonValue(0));
        QCOMPARE(inv.object().value(QLatin1String("items")).toArray().size(), 0);
        const HttpResponse cards = c.get(base + QStringLiteral("payment-methods"));
        TB_STATUS(cards, 200);
        QVERIFY(cards.body.trimmed().startsWith('['));
        QCOMPARE(cards.array().size(), 0);
        // A raise at price 0 invoices nothing.
        TB_STATUS(c.patch(base + QStringLiteral("subscription"), seats(5)), 200);
        QCOMPARE(c.get(base + QStringLiteral("invoices")).object().value(QLatin1String("total")), QJsonValue(0));
    }

    void demoInvoices()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse r = c.get(billing(QStringLiteral("invoices")));
        TB_STATUS(r, 200);
        const QJsonObject page = r.object();
        QCOMPARE(page.value(QLatin1String("page")), QJsonValue(1));
        QCOMPARE(page.value(QLatin1String("perPage")), QJsonValue(50));
        QCOMPARE(page.value(QLatin1String("total")), QJsonValue(12));
        const QJsonArray items = page.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 12);
        const QSet<QString> statuses {QStringLiteral("paid"), QStringLiteral("open"), QStringLiteral("void")};
        qint64 previous = std::numeric_limits<qint64>::max();
        QSet<QString> numbers;
        for (const QJsonValue &v : items) {
            const QJsonObject inv = v.toObject();
            QVERIFY(!inv.value(QLatin1String("id")).toString().isEmpty());
            QVERIFY(!inv.value(QLatin1String("number")).toString().isEmpty());
            numbers.insert(inv.value(QLatin1String("number")).toString());
            QVERIFY(isTimestamp(inv.value(QLatin1String("issuedAt"))));
            QVERIFY(isTimestamp(inv.value(QLatin1String("periodStart"))));
            QVERIFY(isTimestamp(inv.value(QLatin1String("periodEnd"))));
            QVERIFY(epoch(inv.value(QLatin1String("periodStart"))) < epoch(inv.value(QLatin1String("periodEnd"))));
            const qint64 issued = epoch(inv.value(QLatin1String("issuedAt")));
            QVERIFY2(issued <= previous, "invoices are not newest first");
            QVERIFY(issued <= nowSecs() + 2);
            previous = issued;
            QVERIFY2(statuses.contains(inv.value(QLatin1String("status")).toString()), qPrintable(compact(inv)));
            QCOMPARE(inv.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
            QVERIFY(inv.value(QLatin1String("amount")).isDouble());
            const QJsonArray lines = inv.value(QLatin1String("lines")).toArray();
            QVERIFY2(!lines.isEmpty(), qPrintable(compact(inv)));
            for (const QJsonValue &l : lines) {
                const QJsonObject line = l.toObject();
                QVERIFY2(!line.value(QLatin1String("description")).toString().isEmpty(), qPrintable(compact(line)));
                QVERIFY(line.value(QLatin1String("quantity")).isDouble());
                QVERIFY(line.value(QLatin1String("unitAmount")).isDouble());
                QVERIFY(line.value(QLatin1String("amount")).isDouble());
            }
        }
        QCOMPARE(numbers.size(), 12);

        // Paging: 5 + 5 + 2 in the same order, then nothing.
        QJsonArray paged;
        for (int p = 1; p <= 3; ++p) {
            const HttpResponse pr = c.get(billing(QStringLiteral("invoices?page=%1&perPage=5").arg(p)));
            TB_STATUS(pr, 200);
            QCOMPARE(pr.object().value(QLatin1String("page")), QJsonValue(p));
            QCOMPARE(pr.object().value(QLatin1String("perPage")), QJsonValue(5));
            QCOMPARE(pr.object().value(QLatin1String("total")), QJsonValue(12));
            const QJsonArray part = pr.object().value(QLatin1String("items")).toArray();
            QCOMPARE(part.size(), p < 3 ? 5 : 2);
            for (const QJsonValue &v : part)
                paged.append(v);
        }
        TB_JSON_EQ(paged, items);
        const HttpResponse beyond = c.get(billing(QStringLiteral("invoices?page=4&perPage=5")));
        TB_STATUS(beyond, 200);
        QCOMPARE(beyond.object().value(QLatin1String("items")).toArray().size(), 0);
        QCOMPARE(beyond.object().value(QLatin1String("total")), QJsonValue(12));

        TB_PROBLEM(c.get(billing(QStringLiteral("invoices?perPage=501"))), 400, "bad_request");
        TB_PROBLEM(c.get(billing(QStringLiteral("invoices?perPage=0"))), 400, "bad_request");
        TB_STATUS(c.get(billing(QStringLiteral("invoices?perPage=500"))), 200);

        // Business may read them.
        HttpClient bea(m_server.url());
        bea.setToken(login(m_server.url(), QStringLiteral("bea@acme.test")));
        const HttpResponse b = bea.get(billing(QStringLiteral("invoices")));
        TB_STATUS(b, 200);
        TB_JSON_EQ(b.object(), page);
    }

    void demoPaymentMethods()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse r = c.get(billing(QStringLiteral("payment-methods")));
        TB_STATUS(r, 200);
        const QJsonArray cards = r.array();
        QCOMPARE(cards.size(), 2);
        static const QRegularExpression last4(QStringLiteral("^\\d{4}$"));
        static const QRegularExpression cardNumber(QStringLiteral("\\d{12,19}"));
        // Card numbers never reach the API: only the documented fields, no long digit runs.
        const QSet<QString> fields {QStringLiteral("id"),       QStringLiteral("brand"),   QStringLiteral("last4"),
                                    QStringLiteral("expMonth"), QStringLiteral("expYear"), QStringLiteral("isDefault")};
        for (const QJsonValue &v : cards) {
            const QJsonObject card = v.toObject();
            for (auto it = card.constBegin(); it != card.constEnd(); ++it) {
                QVERIFY2(fields.contains(it.key()), qPrintable(compact(card)));
                if (it.key() != QLatin1String("id"))
                    QVERIFY2(!cardNumber.match(it.value().toVariant().toString()).hasMatch(),
                             qPrintable(compact(card)));
            }
        }
        int defaults = 0;
        for (const QJsonValue &v : cards) {
            const QJsonObject card = v.toObject();
            QVERIFY(!card.value(QLatin1String("id")).toString().isEmpty());
            QVERIFY(!card.value(QLatin1String("brand")).toString().isEmpty());
            QVERIFY2(card.value(QLatin1String("last4")).isString()
                         && last4.match(card.value(QLatin1String("last4")).toString()).hasMatch(),
                     qPrintable(compact(card)));
            const int month = card.value(QLatin1String("expMonth")).toInt(-1);
            QVERIFY2(month >= 1 && month <= 12, qPrintable(compact(card)));
            QVERIFY2(card.value(QLatin1String("expYear")).toInt(-1) >= 2000, qPrintable(compact(card)));
            QVERIFY(card.value(QLatin1String("isDefault")).isBool());
            defaults += card.value(QLatin1String("isDefault")).toBool() ? 1 : 0;
        }
        QCOMPARE(defaults, 1);
        HttpClient bea(m_server.url());
        bea.setToken(login(m_server.url(), QStringLiteral("bea@acme.test")));
        TB_JSON_EQ(bea.get(billing(QStringLiteral("payment-methods"))).array(), cards);
    }

    void setDefaultMovesTheFlag()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QJsonArray cards = c.get(billing(QStringLiteral("payment-methods"))).array();
        QCOMPARE(cards.size(), 2);
        const QString oldDefault = defaultCard(cards);
        const QString other = otherCard(cards, oldDefault);
        QVERIFY(!other.isEmpty());
        const HttpResponse r = c.post(billing(QStringLiteral("payment-methods/%1/default").arg(other)));
        TB_STATUS(r, 204);
        QVERIFY(r.body.isEmpty());
        const QJsonArray after = c.get(billing(QStringLiteral("payment-methods"))).array();
        QCOMPARE(after.size(), 2);
        QCOMPARE(defaultCard(after), other);
        // Everything else about the cards stays.
        for (const QJsonValue &v : cards) {
            QJsonObject o = v.toObject();
            o.insert(QStringLiteral("isDefault"), o.value(QLatin1String("id")).toString() == other);
            TB_JSON_EQ(findById(after, o.value(QLatin1String("id")).toString()), o);
        }
        // Making the default the default again changes nothing.
        TB_STATUS(c.post(billing(QStringLiteral("payment-methods/%1/default").arg(other))), 204);
        QCOMPARE(defaultCard(c.get(billing(QStringLiteral("payment-methods"))).array()), other);
    }

    void removingTheDefaultPromotesAnother()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QJsonArray cards = c.get(billing(QStringLiteral("payment-methods"))).array();
        QCOMPARE(cards.size(), 2);
        const QString oldDefault = defaultCard(cards);
        const HttpResponse r = c.del(billing(QStringLiteral("payment-methods/%1").arg(oldDefault)));
        TB_STATUS(r, 204);
        const QJsonArray after = c.get(billing(QStringLiteral("payment-methods"))).array();
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first().toObject().value(QLatin1String("id")).toString() != oldDefault);
        QCOMPARE(after.first().toObject().value(QLatin1String("isDefault")), QJsonValue(true));

        // The only card of an active paid subscription stays.
        const QString last = after.first().toObject().value(QLatin1String("id")).toString();
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(c.del(billing(QStringLiteral("payment-methods/%1").arg(last))), 409, "payment_method_required");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
        TB_JSON_EQ(c.get(billing(QStringLiteral("payment-methods"))).array(), after);
        TB_PROBLEM(c.del(billing(QStringLiteral("payment-methods/%1").arg(oldDefault))), 404, "not_found");
    }

    void removingAnotherCardKeepsTheDefault()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QJsonArray cards = c.get(billing(QStringLiteral("payment-methods"))).array();
        QCOMPARE(cards.size(), 2);
        const QString def = defaultCard(cards);
        const QString other = otherCard(cards, def);
        TB_STATUS(c.del(billing(QStringLiteral("payment-methods/%1").arg(other))), 204);
        const QJsonArray after = c.get(billing(QStringLiteral("payment-methods"))).array();
        QCOMPARE(after.size(), 1);
        TB_JSON_EQ(after.first(), findById(cards, def));
        TB_PROBLEM(c.del(billing(QStringLiteral("payment-methods/%1").arg(def))), 409, "payment_method_required");
    }

    void portalUrl()
    {
        ServerOptions options;
        TB_START_WITH(m_server, options);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse r = c.get(billing(QStringLiteral("portal")));
        TB_STATUS(r, 200);
        const QString url = r.object().value(QLatin1String("url")).toString();
        const QUrl parsed(url);
        QVERIFY2(parsed.isValid()
                     && (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https"))
                     && !parsed.host().isEmpty(),
                 qPrintable(describe(r)));
        QVERIFY2(url.startsWith(m_server.url().toString()), qPrintable(url));
        QVERIFY2(url.contains(m_ids.acme), qPrintable(url));
        HttpClient browser(m_server.url());
        TB_STATUS(browser.get(url), 200);

        HttpClient bea(m_server.url());
        bea.setToken(login(m_server.url(), QStringLiteral("bea@acme.test")));
        TB_PROBLEM(bea.get(billing(QStringLiteral("portal"))), 403, "forbidden");
    }

    void unknownCards()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QString card = c.get(billing(QStringLiteral("payment-methods")))
                                 .array()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("id"))
                                 .toString();
        HttpClient gus(m_server.url());
        gus.setToken(login(m_server.url(), QStringLiteral("gus@globex.test")));
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(c.post(billing(QStringLiteral("payment-methods/pm_doesnotexist/default"))), 404, "not_found");
        TB_PROBLEM(c.del(billing(QStringLiteral("payment-methods/pm_doesnotexist"))), 404, "not_found");
        const QString viaGlobex = QStringLiteral("/orgs/%1/billing/payment-methods/%2").arg(m_ids.globex, card);
        TB_PROBLEM(gus.post(viaGlobex + QStringLiteral("/default")), 404, "not_found");
        TB_PROBLEM(gus.del(viaGlobex), 404, "not_found");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void businessMayOnlyRead()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const QJsonArray cards = c.get(billing(QStringLiteral("payment-methods"))).array();
        const QString nonDefault = otherCard(cards, defaultCard(cards));
        QVERIFY(!nonDefault.isEmpty());
        QStringList tokens;
        for (const char *email : {"bea@acme.test", "max@acme.test", "uma@acme.test", "otto@acme.test"})
            tokens << login(m_server.url(), s(email));
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        HttpClient other(m_server.url());
        for (const QString &token : tokens) {
            QVERIFY(!token.isEmpty());
            other.setToken(token);
            TB_PROBLEM(other.patch(billing(QStringLiteral("subscription")), seats(40)), 403, "forbidden");
            TB_PROBLEM(other.post(billing(QStringLiteral("payment-methods/%1/default").arg(nonDefault))), 403,
                       "forbidden");
            TB_PROBLEM(other.del(billing(QStringLiteral("payment-methods/%1").arg(nonDefault))), 403, "forbidden");
            TB_PROBLEM(other.get(billing(QStringLiteral("portal"))), 403, "forbidden");
        }
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }
};

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
