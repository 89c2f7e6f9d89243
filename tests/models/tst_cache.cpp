// OfflineCache: round trips of every kind of row, reset and meta semantics, member order,
// and every schema upgrade path (on :memory:). Files, damage, atomicity and threads are in
// tst_cache_files.cpp and tst_cache_concurrency.cpp.
#include "cache/OfflineCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString ms(const QDateTime &time)
{
    return time.isValid() ? QString::number(time.toMSecsSinceEpoch()) : QStringLiteral("invalid");
}

// Every field of each value as text, so a QCOMPARE of two lists names the row that differs.
QString describe(const domain::Member &m)
{
    return QStringList {m.userId, m.name, m.email, domain::roleToString(m.role), ms(m.joinedAt)}.join(QLatin1Char('|'));
}

QString describe(const domain::Invitation &i)
{
    return QStringList {
        i.id,           i.email, domain::roleToString(i.role), i.invitedBy.userId, i.invitedBy.name, ms(i.createdAt),
        ms(i.expiresAt)}
        .join(QLatin1Char('|'));
}

QString describe(const domain::ApiKey &k)
{
    return QStringList {k.id,
                        k.name,
                        k.description,
                        k.enabled ? QStringLiteral("on") : QStringLiteral("off"),
                        k.prefix,
                        ms(k.createdAt),
                        k.createdBy.userId,
                        k.createdBy.name,
                        k.lastUsedAt ? ms(*k.lastUsedAt) : QStringLiteral("never")}
        .join(QLatin1Char('|'));
}

QString describe(const domain::Invoice &i)
{
    QJsonArray lines;
    for (const domain::InvoiceLine &line : i.lines)
        lines.append(line.toJson());
    return QStringList {i.id,
                        i.number,
                        ms(i.issuedAt),
                        ms(i.periodStart),
                        ms(i.periodEnd),
                        QString::number(i.amount),
                        i.currency,
                        i.status,
                        QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact))}
        .join(QLatin1Char('|'));
}

QString describe(const domain::PaymentMethod &p)
{
    return QStringList {p.id,
                        p.brand,
                        p.last4,
                        QString::number(p.expMonth),
                        QString::number(p.expYear),
                        p.isDefault ? QStringLiteral("default") : QString()}
        .join(QLatin1Char('|'));
}

QString describe(const domain::OrgProfile &o)
{
    return QStringList {o.id,
                        o.name,
                        o.hasLogo ? QStringLiteral("logo") : QStringLiteral("no logo"),
                        o.logoEtag,
                        ms(o.createdAt),
                        QString::number(o.memberCount),
                        QString::number(o.version)}
        .join(QLatin1Char('|'));
}

QString describe(const domain::Subscription &s)
{
    return QStringList {s.plan,
                        s.status,
                        QString::number(s.seats),
                        s.pendingSeats ? QString::number(*s.pendingSeats) : QStringLiteral("none"),
                        QString::number(s.pricePerSeat),
                        s.currency,
                        s.interval,
                        ms(s.currentPeriodStart),
                        ms(s.currentPeriodEnd)}
        .join(QLatin1Char('|'));
}

template<typename T> QStringList describeAll(const QVector<T> &rows)
{
    QStringList out;
    for (const T &row : rows)
        out << describe(row);
    return out;
}

template<typename T> QStringList describeSorted(const QVector<T> &rows)
{
    QStringList out = describeAll(rows);
    out.sort();
    return out;
}

// The whole cache content as text (rows of the unordered kinds sorted).
QStringList describeBatch(const ChangeBatch &b)
{
    QStringList out;
    out << QStringLiteral("version %1 more %2 reset %3").arg(b.toVersion).arg(b.more).arg(b.reset);
    out << (b.org ? describe(*b.org) : QStringLiteral("no org"));
    out << (b.logo ? QString::fromLatin1(b.logo->toHex()) : QStringLiteral("no logo"));
    out << (b.subscription ? describe(*b.subscription) : QStringLiteral("no subscription"));
    out << describeAll(b.members.upserts) << describeSorted(b.invitations.upserts) << describeSorted(b.apiKeys.upserts)
        << describeSorted(b.invoices.upserts) << describeSorted(b.paymentMethods.upserts);
    return out;
}

domain::Member member(const QString &id, const QString &name, const QString &email,
                      domain::Role role = domain::Role::User, qint64 joinedMs = 1700000000123)
{
    return domain::Member {id, name, email, role, at(joinedMs)};
}

domain::OrgProfile org(const QString &name, const QString &etag)
{
    domain::OrgProfile o;
    o.id = QStringLiteral("org_1");
    o.name = name;
    o.hasLogo = !etag.isEmpty();
    o.logoEtag = etag;
    o.createdAt = at(1600000000456);
    o.memberCount = 3;
    o.version = 17;
    return o;
}

domain::Subscription subscription(std::optional<int> pending)
{
    domain::Subscription s;
    s.plan = QStringLiteral("pro");
    s.status = QStringLiteral("active");
    s.seats = 25;
    s.pendingSeats = pending;
    s.pricePerSeat = 1900;
    s.currency = QStringLiteral("EUR");
    s.interval = QStringLiteral("year");
    s.currentPeriodStart = at(1700000000001);
    s.currentPeriodEnd = at(1731536000002);
    return s;
}

domain::Invitation invitation(const QString &id, const QString &email, qint64 createdMs)
{
    return domain::Invitation {id,
                               email,
                               domain::Role::Manager,
                               domain::PersonRef {QStringLiteral("usr_ada"), QStringLiteral("Ada")},
                               at(createdMs),
                               at(createdMs + 7 * 86400000LL)};
}

domain::ApiKey apiKey(const QString &id, std::optional<QDateTime> lastUsed)
{
    domain::ApiKey k;
    k.id = id;
    k.name = QStringLiteral("Key ") + id;
    k.description = QStringLiteral("agents in\nrack 7");
    k.enabled = lastUsed.has_value();
    k.prefix = QStringLiteral("odk_12345678");
    k.createdAt = at(1690000000789);
    k.createdBy = domain::PersonRef {QStringLiteral("usr_max"), QStringLiteral("Max")};
    k.lastUsedAt = lastUsed;
    return k;
}

domain::Invoice invoice(const QString &id, qint64 issuedMs, int lineCount)
{
    domain::Invoice i;
    i.id = id;
    i.number = QStringLiteral("INV-") + id;
    i.issuedAt = at(issuedMs);
    i.periodStart = at(issuedMs - 1000);
    i.periodEnd = at(issuedMs + 1000);
    i.amount = 47500;
    i.currency = QStringLiteral("USD");
    i.status = QStringLiteral("paid");
    for (int n = 0; n < lineCount; ++n)
        i.lines.append(domain::InvoiceLine {QStringLiteral("Seats \"pro\" #%1").arg(n), 25, 1900, 47500});
    return i;
}

domain::PaymentMethod card(const QString &id, bool isDefault)
{
    return domain::PaymentMethod {id, QStringLiteral("visa"), QStringLiteral("4242"), 12, 2031, isDefault};
}

// A batch with one or more rows of every kind.
ChangeBatch fullBatch(qint64 version)
{
    ChangeBatch b;
    b.reset = true;
    b.toVersion = version;
    b.org = org(QStringLiteral("Acme Monitoring"), QStringLiteral("etag-1"));
    b.logo = QByteArray("\x89PNG\r\n\x1a\n\0\0binary", 16);
    b.subscription = subscription(10);
    b.members.upserts = {member(QStringLiteral("usr_1"), QStringLiteral("Ada Lovelace"),
                                QStringLiteral("ada@acme.test"), domain::Role::Admin),
                         member(QStringLiteral("usr_2"), QStringLiteral("max Planck"), QStringLiteral("max@acme.test"),
                                domain::Role::Manager, 1500000000999),
                         member(QStringLiteral("usr_3"), QStringLiteral("Uma"), QStringLiteral("uma@acme.test")),
                         member(QStringLiteral("usr_4"), QStringLiteral("Otto"), QStringLiteral("otto@acme.test"),
                                domain::Role::Observer),
                         member(QStringLiteral("usr_5"), QStringLiteral("Bea"), QStringLiteral("bea@acme.test"),
                                domain::Role::Business)};
    b.invitations.upserts = {invitation(QStringLiteral("inv_1"), QStringLiteral("new@acme.test"), 1700000000000),
                             invitation(QStringLiteral("inv_2"), QStringLiteral("other@acme.test"), 1700000005000)};
    b.apiKeys.upserts
        = {apiKey(QStringLiteral("key_1"), at(1700000000333)), apiKey(QStringLiteral("key_2"), std::nullopt)};
    b.invoices.upserts
        = {invoice(QStringLiteral("in_1"), 1690000000000, 2), invoice(QStringLiteral("in_2"), 1695000000000, 0)};
    b.paymentMethods.upserts = {card(QStringLiteral("pm_1"), true), card(QStringLiteral("pm_2"), false)};
    return b;
}

QStringList members(const ChangeBatch &b)
{
    return describeAll(b.members.upserts);
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultPath();
    void openMemory();
    void notOpen();
    void roundTripEveryKind();
    void deletesOfEveryKind();
    void orgRemovedTakesLogo();
    void upsertReplacesById();
    void resetDropsRowsNotInBatch();
    void meta();
    void clearForgetsEverything();
    void memberLookup();
    void memberOrder();
    void memberOrderFollowsRename();
    void persistsAcrossReopen();
    void migrations_data();
    void migrations();
    void migrateFileOnOpen();
    void unknownSchemaVersionRefused();
};

void TestCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCache::defaultPath()
{
    const QString a = OfflineCache::defaultPath(QUrl(QStringLiteral("HTTPS://Example.COM:443/")),
                                                QStringLiteral("org_1"), QStringLiteral("usr_1"));
    const QString b = OfflineCache::defaultPath(QUrl(QStringLiteral("https://example.com")), QStringLiteral("org_1"),
                                                QStringLiteral("usr_1"));
    QCOMPARE(a, b);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/orgs/");
    QVERIFY2(a.startsWith(folder), qPrintable(a));
    QVERIFY(a.endsWith(QLatin1String(".sqlite")));
    const QString name = a.mid(folder.size()).chopped(7);
    QCOMPARE(name.size(), 64);
    QVERIFY(QByteArray::fromHex(name.toLatin1()).size() == 32);

    // Any other server, port, org or user is another file.
    QVERIFY(a
            != OfflineCache::defaultPath(QUrl(QStringLiteral("https://example.com:8443")), QStringLiteral("org_1"),
                                         QStringLiteral("usr_1")));
    QVERIFY(a
            != OfflineCache::defaultPath(QUrl(QStringLiteral("http://example.com")), QStringLiteral("org_1"),
                                         QStringLiteral("usr_1")));
    QVERIFY(a
            != OfflineCache::defaultPath(QUrl(QStringLiteral("https://example.com/other")), QStringLiteral("org_1"),
                                         QStringLiteral("usr_1")));
    QVERIFY(a
            != OfflineCache::defaultPath(QUrl(QStringLiteral("https://example.com")), QStringLiteral("org_2"),
                                         QStringLiteral("usr_1")));
    QVERIFY(a
            != OfflineCache::defaultPath(QUrl(QStringLiteral("https://example.com")), QStringLiteral("org_1"),
                                         QStringLiteral("usr_2")));
}

void TestCache::openMemory()
{
    OfflineCache cache;
    QVERIFY(!cache.isOpen());
    QCOMPARE(cache.open(QStringLiteral(":memory:")), OfflineCache::OpenResult::Created);
    QVERIFY(cache.isOpen());
    QCOMPARE(cache.path(), QStringLiteral(":memory:"));
    QCOMPARE(cache.schemaVersion(), OfflineCache::latestSchemaVersion());
    QVERIFY(OfflineCache::latestSchemaVersion() >= 2);
    QVERIFY(cache.setAsidePath().isEmpty());
    QCOMPARE(cache.version(), 0);
    QVERIFY(!cache.isComplete());
    QVERIFY(!cache.lastSyncedAt().isValid());

    const ChangeBatch empty = cache.load();
    QVERIFY(empty.reset);
    QVERIFY(!empty.more);
    QCOMPARE(empty.toVersion, 0);
    QVERIFY(!empty.hasRowChanges());
    QVERIFY(!empty.logo.has_value());

    cache.close();
    QVERIFY(!cache.isOpen());
}

void TestCache::notOpen()
{
    OfflineCache cache;
    QVERIFY(!cache.apply(fullBatch(1)));
    QVERIFY(!cache.lastError().isEmpty());
    QVERIFY(!cache.clear());
    QVERIFY(!cache.setLastSyncedAt(QDateTime::currentDateTimeUtc()));
    QVERIFY(!cache.migrateTo(OfflineCache::latestSchemaVersion()));
    QCOMPARE(cache.version(), 0);
    QVERIFY(!cache.member(QStringLiteral("usr_1")));
    const ChangeBatch b = cache.load();
    QVERIFY(b.reset);
    QVERIFY(!b.hasRowChanges());
}

void TestCache::roundTripEveryKind()
{
    OfflineCache cache;
    QCOMPARE(cache.open(QStringLiteral(":memory:")), OfflineCache::OpenResult::Created);
    ChangeBatch in = fullBatch(42);
    QVERIFY2(cache.apply(in), qPrintable(cache.lastError()));

    const ChangeBatch out = cache.load();
    QVERIFY(out.reset);
    QVERIFY(!out.more);
    QCOMPARE(out.toVersion, 42);
    QVERIFY(out.org);
    QCOMPARE(describe(*out.org), describe(*in.org));
    QVERIFY(out.logo);
    QCOMPARE(*out.logo, *in.logo);
    QVERIFY(out.subscription);
    QCOMPARE(describe(*out.subscription), describe(*in.subscription));
    QCOMPARE(describeSorted(out.members.upserts), describeSorted(in.members.upserts));
    QCOMPARE(describeSorted(out.invitations.upserts), describeSorted(in.invitations.upserts));
    QCOMPARE(describeSorted(out.apiKeys.upserts), describeSorted(in.apiKeys.upserts));
    QCOMPARE(describeSorted(out.invoices.upserts), describeSorted(in.invoices.upserts));
    QCOMPARE(describeSorted(out.paymentMethods.upserts), describeSorted(in.paymentMethods.upserts));
    QVERIFY(out.members.removed.isEmpty());

    // Invoices come newest first, as the API lists them.
    QCOMPARE(out.invoices.upserts.first().id, QStringLiteral("in_2"));

    // A subscription with no pending change and a member with no join time survive too.
    ChangeBatch more;
    more.toVersion = 43;
    more.subscription = subscription(std::nullopt);
    domain::Member undated = member(QStringLiteral("usr_9"), QStringLiteral("Nobody"), QStringLiteral("n@acme.test"));
    undated.joinedAt = QDateTime();
    more.members.upserts = {undated};
    QVERIFY(cache.apply(more));
    const ChangeBatch after = cache.load();
    QCOMPARE(describe(*after.subscription), describe(subscription(std::nullopt)));
    QVERIFY(describeAll(after.members.upserts).contains(describe(undated)));
}

void TestCache::deletesOfEveryKind()
{
    OfflineCache cache;
    QCOMPARE(cache.open(QStringLiteral(":memory:")), OfflineCache::OpenResult::Created);
    QVERIFY(cache.apply(fullBatch(10)));

    ChangeBatch del;
    del.toVersion = 11;
    del.logo = QByteArray(); // null: the org has no logo any more
    del.subscriptionRemoved = true;
    del.members.removed = {QStringLiteral("usr_2"), QStringLiteral("usr_unknown")};
    del.invitations.removed = {QStringLiteral("inv_1")};
    del.apiKeys.removed = {QStringLiteral("key_2")};
    del.invoices.removed = {QStringLiteral("in_1")};
    del.paymentMethods.removed = {QStringLiteral("pm_1")};
    QVERIFY2(cache.apply(del), qPrintable(cache.lastError()));

    const ChangeBatch out = cache.load();
    QCOMPARE(out.toVersion, 11);
    QVERIFY(out.org); // untouched
    QVERIFY(!out.logo);
    QVERIFY(!out.subscription);
    QStringList ids;
    for (const auto &m : out.members.upserts)
        ids << m.userId;
    ids.sort();
    QCOMPARE(ids,
             QStringList(
                 {QStringLiteral("usr_1"), QStringLiteral("usr_3"), QStringLiteral("usr_4"), QStringLiteral("usr_5")}));
    QCOMPARE(out.invitations.upserts.size(), 1);
    QCOMPARE(out.invitations.upserts.first().id, QStringLiteral("inv_2"));
    QCOMPARE(out.apiKeys.upserts.size(), 1);
    QCOMPARE(out.apiKeys.upserts.first().id, QStringLiteral("key_1"));
    QCOMPARE(out.invoices.upserts.size(), 1);
    QCOMPARE(out.invoices.upserts.first().id, QStringLiteral("in_2"));
    QCOMPARE(out.paymentMethods.upserts.size(), 1);
    QCOMPARE(out.paymentMethods.upserts.first().id, QStringLiteral("pm_2"));
    QVERIFY(!cache.member(QStringLiteral("usr_2")));
}

void TestCache::orgRemovedTakesLogo()
{
    OfflineCache cache;
    QCOMPARE(cache.open(QStringLiteral(":memory:")), OfflineCache::OpenResult::Created);
    QVERIFY(cache.apply(fullBatch(3)));
    QVERIFY(cache.load().logo);

    ChangeBatch gone;
    gone.toVersion = 4;
    gone.orgRemoved = true;
    QVERIFY(cache.apply(gone));
    const ChangeBatch out = cache.load();
    QVERIFY(!out.org);
    QVERIFY(!out.logo);
    QCOMPARE(out.members.upserts.size(), 5); // other rows come and go with their own changes
}

void TestCache::upsertReplacesById()
{
    OfflineCache cache;
    QCOMPARE(cache.open(QStringLiteral(":memory:")), OfflineCache::OpenResult::Created);
    QVERIFY(cache.apply(fullBatch(1)));

    ChangeBatch change;
    change.toVersion = 2;
    change.org = org(QStringLiteral("Acme Renamed"), QStringLiteral("etag-2"));
    change.logo = QByteArray("new logo bytes");
    change.members.upserts = {member(QStringLiteral("usr_3"), QStringLiteral("Uma Thurman"),
                                     QStringLiteral("uma@acme.test"), domain::Role::Admin, 1700000009999)};
    domain::ApiKey key = apiKey(QStringLiteral("key_2"), at(1710000000000));
    key.name = QStringLiteral("renamed");
    change.apiKeys.upserts = {key};
    domain::Invoice inv = invoice(QStringLiteral("in_1"), 1690000000000, 3);
    inv.status = QStringLiteral("void");
    change.invoices.upserts = {inv};
    change.paymentMethods.upserts = {card(QStringLiteral("pm_1"), false), card(QStringLiteral("pm_2"), true)};
    domain::Invitation resent = invitation(QStringLiteral("inv_1"), QStringLiteral("new@acme.test"), 1700000100000);
    change.invitations.upserts = {resent};
    QVERIFY(cache.apply(change));

    const ChangeBatch out = cache.load();
    QCOMPARE(describe(*out.org), describe(*change.org));
    QCOMPARE(*out.logo, QByteArray("new logo bytes"));
    QCOMPARE(out.members.upserts.size(), 5);
    QCOMPARE(describe(*cache.member(QStringLiteral("usr_3"))), describe(change.members.upserts.first()));
    QCOMPARE(out.apiKeys.upserts.size(), 2);
    QVERIFY(describeAll(out.apiKeys.upserts).contains(describe(key)));
    QCOMPARE(out.invoices.upserts.size(), 2);
    QVERIFY(describeAll(out.invoices.upserts).contains(describe(inv)));
    QCOMPARE(describeSorted(out.paymentMethods.upserts), describeSorted(change.paymentMethods.upserts));
    QCOMPARE(out.invitations.upserts.size(), 2);
    QVERIFY(describeAll(out.invitations.upserts).contains(describe(resent)));
}

void TestCache::resetDropsRowsNotInBatch()
{
    OfflineCache cache;
    QCOMPARE(cache.open(QStringLiteral(":memory:")), OfflineCache::OpenResult::Created);
    QVERIFY(cache.apply(fullBatch(50)));

    // A full resync's first page: only what it carries stays.
    ChangeBatch reset;
    reset.reset = true;
    reset.toVersion = 60;
    reset.more = true;
    reset.members.upserts = {member(QStringLiteral("usr_3"), QStringLiteral("Uma"), QStringLiteral("uma@acme.test"))};
    QVERIFY(cache.apply(reset));

    ChangeBatch out = cache.load();
    QCOMPARE(out.toVersion, 60);
    QVERIFY(!cache.isComplete());
    QVERIFY(!out.org);
    QVERIFY(!out.logo);
    QVERIFY(!out.subscription);
    QCOMPARE(members(out), QStringList {describe(reset.members.upserts.first())});
    QVERIFY(out.invitations.upserts.isEmpty());
    QVERIFY(out.apiKeys.upserts.isEmpty());
    QVERIFY(out.invoices.upserts.isEmpty());
    QVERIFY(out.paymentMethods.upserts.isEmpty());

    // The next page of the same sync adds to it.
    ChangeBatch next;
    next.toVersion = 61;
    next.org = org(QStringLiteral("Acme"), QString());
    next.members.upserts = {member(QStringLiteral("usr_1"), QStringLiteral("Ada"), QStringLiteral("ada@acme.test"))};
    QVERIFY(cache.apply(next));
    out = cache.load();
    QCOMPARE(out.members.upserts.size(), 2);
    QVERIFY(out.org);
    QVERIFY(cache.isComplete());
}

void TestCache::meta()
{
    OfflineCache cache;
    QCOMPARE(cache.open(QStringLiteral(":memory:")), OfflineCache::OpenResult::Created);

    ChangeBatch page;
    page.reset = true;
    page.toVersion = 100;
    page.more = true;
    QVERIFY(cache.apply(page));
    QCOMPARE(cache.version(), 100);
    QVERIFY(!cache.isComplete());

    page.reset = false;
    page.toVersion = 200;
    page.more = false;
    QVERIFY(cache.apply(page));
    QCOMPARE(cache.version(), 200);
    QVERIFY(cache.isComplete());

    // A delta with more pages to come keeps "a sync reached the end since the last reset".
    page.toVersion = 210;
    page.more = true;
    QVERIFY(cache.apply(page));
    QCOMPARE(cache.version(), 210);
    QVERIFY(!cache.isComplete());
    page.more = false;
    QVERIFY(cache.apply(page));
    QVERIFY(cache.isComplete());

    QVERIFY(!cache.lastSyncedAt().isValid());
    const QDateTime when = at(1764355747123);
    QVERIFY(cache.setLastSyncedAt(when));
    QCOMPARE(cache.lastSyncedAt(), when);
    QCOMPARE(cache.lastSyncedAt().timeSpec(), Qt::UTC);

    // A reset with more pages to come: not complete; the last sync time stays.
    page.reset = true;
    page.toVersion = 5;
    page.more = true;
    QVERIFY(cache.apply(page));
    QCOMPARE(cache.version(), 5);
    QVERIFY(!cache.isComplete());
    QCOMPARE(cache.lastSyncedAt(), when);
    QCOMPARE(cache.load().toVersion, 5);
}

void TestCache::clearForgetsEverything()
{
    OfflineCache cache;
    QCOMPARE(cache.open(QStringLiteral(":memory:")), OfflineCache::OpenResult::Created);
    QVERIFY(cache.apply(fullBatch(9)));
    QVERIFY(cache.setLastSyncedAt(QDateTime::currentDateTimeUtc()));
    QVERIFY(cache.clear());
    QCOMPARE(cache.version(), 0);
    QVERIFY(!cache.isComplete());
    QVERIFY(!cache.lastSyncedAt().isValid());
    const ChangeBatch out = cache.load();
    QVERIFY(!out.hasRowChanges());
    QCOMPARE(out.toVersion, 0);
    // Still usable.
    QVERIFY(cache.apply(fullBatch(10)));
    QCOMPARE(cache.load().members.upserts.size(), 5);
}

void TestCache::memberLookup()
{
    OfflineCache cache;
    QCOMPARE(cache.open(QStringLiteral(":memory:")), OfflineCache::OpenResult::Created);
    QVERIFY(!cache.member(QStringLiteral("usr_1")));
    const ChangeBatch b = fullBatch(1);
    QVERIFY(cache.apply(b));
    for (const domain::Member &m : b.members.upserts) {
        const auto found = cache.member(m.userId);
        QVERIFY(found);
        QCOMPARE(describe(*found), describe(m));
    }
    QVERIFY(!cache.member(QStringLiteral("usr_404")));
    QVERIFY(!cache.member(QString()));
}

void TestCache::memberOrder()
{
    OfflineCache cache;
    QCOMPARE(cache.open(QStringLiteral(":memory:")), OfflineCache::OpenResult::Created);
    ChangeBatch b;
    b.toVersion = 1;
    const QStringList names {QStringLiteral("bob"),   QStringLiteral("Alice"),  QStringLiteral("alice"),
                             QStringLiteral("Ann B"), QStringLiteral("Ann"),    QStringLiteral("Émile"),
                             QStringLiteral("eve"),   QStringLiteral("Zoë"),    QStringLiteral("zoe"),
                             QStringLiteral("BOB"),   QStringLiteral("Ωmega"),  QStringLiteral("ÄRGER"),
                             QStringLiteral("ärger"), QStringLiteral("Straße"), QStringLiteral("STRASSE"),
                             QStringLiteral("李"),    QStringLiteral("123"),    QStringLiteral("")};
    // Emails in an order unrelated to the names, so that ties on the name are decided by them.
    for (int i = 0; i < names.size(); ++i) {
        b.members.upserts.append(
            member(QStringLiteral("usr_%1").arg(i), names.at(i),
                   QStringLiteral("m%1@acme.test").arg((i * 7) % names.size(), 2, 10, QLatin1Char('0'))));
    }
    QVERIFY(cache.apply(b));

    QVector<domain::Member> expected = b.members.upserts;
    std::sort(expected.begin(), expected.end(), [](const domain::Member &l, const domain::Member &r) {
        return OfflineCache::memberSortKey(l.name, l.email) < OfflineCache::memberSortKey(r.name, r.email);
    });
    QCOMPARE(members(cache.load()), describeAll(expected));

    // The key itself: the name case-folded, a newline, the email.
    QCOMPARE(OfflineCache::memberSortKey(QStringLiteral("ÄRGER Bob"), QStringLiteral("b@x.test")),
             QStringLiteral("ärger bob\nb@x.test"));
    // So "Ann" sorts before "Ann B" whatever the emails, and case does not matter.
    const QStringList order = [&] {
        QStringList n;
        for (const auto &m : cache.load().members.upserts)
            n << m.name;
        return n;
    }();
    QVERIFY(order.indexOf(QStringLiteral("Ann")) < order.indexOf(QStringLiteral("Ann B")));
    QVERIFY(order.indexOf(QStringLiteral("alice")) < order.indexOf(QStringLiteral("Ann")));
    QVERIFY(order.indexOf(QStringLiteral("Alice")) < order.indexOf(QStringLiteral("bob")));
    QVERIFY(order.indexOf(QStringLiteral("bob")) < order.indexOf(QStringLiteral("eve")));
}

void TestCache::memberOrderFollowsRename()
{
    OfflineCache cache;
    QCOMPARE(cache.open(QStringLiteral(":memory:")), OfflineCache::OpenResult::Created);
    ChangeBatch b;
    b.toVersion = 1;
    b.members.upserts = {member(QStringLiteral("u1"), QStringLiteral("Anna"), QStringLiteral("a@x.test")),
                         member(QStringLiteral("u2"), QStringLiteral("Berta"), QStringLiteral("b@x.test")),
                         member(QStringLiteral("u3"), QStringLiteral("Clara"), QStringLiteral("c@x.test"))};
    QVERIFY(cache.apply(b));

    ChangeBatch rename;
    rename.toVersion = 2;
    rename.members.upserts = {member(QStringLiteral("u1"), QStringLiteral("Zelda"), QStringLiteral("a@x.test"))};
    QVERIFY(cache.apply(rename));
    QStringList ids;
    for (const auto &m : cache.load().members.upserts)
        ids << m.userId;
    QCOMPARE(ids, QStringList({QStringLiteral("u2"), QStringLiteral("u3"), QStringLiteral("u1")}));
    QCOMPARE(cache.member(QStringLiteral("u1"))->name, QStringLiteral("Zelda"));
}

void TestCache::persistsAcrossReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    const ChangeBatch in = fullBatch(77);
    const QDateTime when = at(1764355747000);
    {
        OfflineCache cache;
        QCOMPARE(cache.open(path), OfflineCache::OpenResult::Created);
        QVERIFY(cache.apply(in));
        QVERIFY(cache.setLastSyncedAt(when));
    }
    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Opened);
    QCOMPARE(cache.path(), path);
    QCOMPARE(cache.version(), 77);
    QVERIFY(cache.isComplete());
    QCOMPARE(cache.lastSyncedAt(), when);
    ChangeBatch expected = in;
    expected.reset = true;
    // The batch as applied lists members in its own order; load() sorts them.
    std::sort(expected.members.upserts.begin(), expected.members.upserts.end(),
              [](const domain::Member &l, const domain::Member &r) {
                  return OfflineCache::memberSortKey(l.name, l.email) < OfflineCache::memberSortKey(r.name, r.email);
              });
    QCOMPARE(describeBatch(cache.load()), describeBatch(expected));
}

void TestCache::migrations_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < OfflineCache::latestSchemaVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

// Rows as each older schema stored them, written with that schema's own SQL: what an older
// build left on disk. Returns false if this test does not know the schema yet.
static bool writeRowsAtSchema(const QString &connection, int version)
{
    if (version < 1)
        return true; // no tables yet
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery q(db);
    const auto hexKey = [](const char *key) { return QString::fromLatin1(QByteArray(key).toHex()); };
    const QStringList statements {
        QStringLiteral("UPDATE meta SET version = 42, complete = 1, last_synced_at = 1764355747123"),
        QStringLiteral("INSERT INTO org (slot, id, name, has_logo, logo_etag, created_at, member_count, version) "
                       "VALUES (1, 'org_1', 'Acme', 1, 'etag-9', 1600000000456, 3, 41)"),
        QStringLiteral("INSERT INTO subscription (slot, plan, status, seats, pending_seats, price_per_seat, currency, "
                       "billing_interval, period_start, period_end) "
                       "VALUES (1, 'pro', 'active', 25, NULL, 1900, 'USD', 'month', 1700000000001, 1702592000002)"),
        // sort_key: the UTF-8 bytes of the case-folded name, '\n', the email.
        QStringLiteral("INSERT INTO members (user_id, name, email, role, joined_at, sort_key) VALUES "
                       "('u_b', 'bob', 'bob@x.test', 2, 1700000000123, X'%1'), "
                       "('u_a', 'Alice', 'alice@x.test', 0, 1600000000999, X'%2'), "
                       "('u_c', 'Carol', 'carol@x.test', 3, NULL, X'%3')")
            .arg(hexKey("bob\nbob@x.test"), hexKey("alice\nalice@x.test"), hexKey("carol\ncarol@x.test")),
        QStringLiteral(
            "INSERT INTO invitations (id, email, role, invited_by_id, invited_by_name, created_at, expires_at) "
            "VALUES ('inv_1', 'new@x.test', 1, 'u_a', 'Alice', 1700000000000, 1700604800000)"),
        QStringLiteral("INSERT INTO api_keys (id, name, description, enabled, prefix, created_at, created_by_id, "
                       "created_by_name, last_used_at) "
                       "VALUES ('key_1', 'CI', '', 1, 'odk_abcdefgh', 1690000000000, 'u_a', 'Alice', NULL)"),
        QStringLiteral(
            "INSERT INTO invoices (id, number, issued_at, period_start, period_end, amount, currency, status, "
            "lines) VALUES ('in_1', 'INV-1', 1690000000000, 1680000000000, 1690000000000, 47500, 'USD', "
            "'paid', '[{\"description\":\"Seats\",\"quantity\":25,\"unitAmount\":1900,\"amount\":47500}]')"),
        QStringLiteral("INSERT INTO payment_methods (id, brand, last4, exp_month, exp_year, is_default) "
                       "VALUES ('pm_1', 'visa', '4242', 12, 2031, 1)"),
    };
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            qWarning() << statement << q.lastError().text();
            return false;
        }
    }
    return true;
}

void TestCache::migrations()
{
    QFETCH(int, from);
    const QString connection = QStringLiteral("migration-test-%1").arg(from);
    OfflineCache cache(connection);
    QCOMPARE(cache.openAtSchemaVersion(QStringLiteral(":memory:"), from), OfflineCache::OpenResult::Created);
    QCOMPARE(cache.schemaVersion(), from);
    QVERIFY(writeRowsAtSchema(connection, from));

    QVERIFY2(cache.migrateTo(OfflineCache::latestSchemaVersion()), qPrintable(cache.lastError()));
    QCOMPARE(cache.schemaVersion(), OfflineCache::latestSchemaVersion());

    const ChangeBatch out = cache.load();
    if (from >= 1) {
        QCOMPARE(cache.version(), 42);
        QVERIFY(cache.isComplete());
        QCOMPARE(cache.lastSyncedAt(), at(1764355747123));
        QCOMPARE(out.toVersion, 42);
        QVERIFY(out.org);
        QCOMPARE(out.org->name, QStringLiteral("Acme"));
        QCOMPARE(out.org->logoEtag, QStringLiteral("etag-9"));
        QCOMPARE(out.org->createdAt, at(1600000000456));
        QVERIFY(out.subscription);
        QCOMPARE(out.subscription->seats, 25);
        QVERIFY(!out.subscription->pendingSeats);
        QCOMPARE(members(out),
                 QStringList({QStringLiteral("u_a|Alice|alice@x.test|admin|1600000000999"),
                              QStringLiteral("u_b|bob|bob@x.test|user|1700000000123"),
                              QStringLiteral("u_c|Carol|carol@x.test|observer|invalid")}));
        QCOMPARE(out.invitations.upserts.size(), 1);
        QCOMPARE(out.invitations.upserts.first().invitedBy.name, QStringLiteral("Alice"));
        QCOMPARE(out.apiKeys.upserts.size(), 1);
        QVERIFY(!out.apiKeys.upserts.first().lastUsedAt);
        QCOMPARE(out.invoices.upserts.size(), 1);
        QCOMPARE(out.invoices.upserts.first().lines.size(), 1);
        QCOMPARE(out.invoices.upserts.first().lines.first().quantity, 25);
        QCOMPARE(out.paymentMethods.upserts.size(), 1);
        QVERIFY(out.paymentMethods.upserts.first().isDefault);
        QVERIFY(cache.member(QStringLiteral("u_b")));
    } else {
        QCOMPARE(cache.version(), 0);
        QVERIFY(!out.hasRowChanges());
    }

    // The upgraded cache takes every kind of change, the newest ones (logo) included.
    ChangeBatch change;
    change.toVersion = 43;
    change.logo = QByteArray("logo");
    change.members.upserts = {member(QStringLiteral("u_0"), QStringLiteral("Aaron"), QStringLiteral("aaron@x.test"))};
    change.members.removed = {QStringLiteral("u_b")};
    QVERIFY2(cache.apply(change), qPrintable(cache.lastError()));
    const ChangeBatch after = cache.load();
    QCOMPARE(*after.logo, QByteArray("logo"));
    QCOMPARE(after.members.upserts.first().userId, QStringLiteral("u_0"));
    QCOMPARE(after.members.upserts.size(), from >= 1 ? 3 : 1);
    QVERIFY(!cache.member(QStringLiteral("u_b")));
}

void TestCache::migrateFileOnOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        OfflineCache old(QStringLiteral("old-build"));
        QCOMPARE(old.openAtSchemaVersion(path, 1), OfflineCache::OpenResult::Created);
        QVERIFY(writeRowsAtSchema(QStringLiteral("old-build"), 1));
    }
    OfflineCache cache;
    QCOMPARE(cache.open(path), OfflineCache::OpenResult::Opened);
    QCOMPARE(cache.schemaVersion(), OfflineCache::latestSchemaVersion());
    QCOMPARE(cache.version(), 42);
    QCOMPARE(cache.load().members.upserts.size(), 3);
    QVERIFY(cache.setAsidePath().isEmpty());
}

void TestCache::unknownSchemaVersionRefused()
{
    OfflineCache cache;
    QCOMPARE(cache.openAtSchemaVersion(QStringLiteral(":memory:"), OfflineCache::latestSchemaVersion() + 1),
             OfflineCache::OpenResult::Failed);
    QVERIFY(!cache.lastError().isEmpty());
    QCOMPARE(cache.openAtSchemaVersion(QStringLiteral(":memory:"), 1), OfflineCache::OpenResult::Created);
    QVERIFY(!cache.migrateTo(OfflineCache::latestSchemaVersion() + 1));
    QCOMPARE(cache.schemaVersion(), 1);
}

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
