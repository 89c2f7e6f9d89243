// Black-box tests of the changes feed: a replay from 0 rebuilds what the GET endpoints show,
// deltas name exactly the touched rows, versions, role filtering, limits, pruning, ETags.
// Oracle: shared/API.md and docs/api-decisions.md.

#include "support_b.h"

#include <QTest>

using namespace tb;

namespace {

const QStringList kAllEntities {
    QStringLiteral("org"),          QStringLiteral("member"),  QStringLiteral("invitation"),   QStringLiteral("apiKey"),
    QStringLiteral("subscription"), QStringLiteral("invoice"), QStringLiteral("paymentMethod")};

struct Feed
{
    qint64 version = -1;
    QJsonArray changes;
    int pages = 0;
    QString error;
};

// Reads the feed from since to the end, page by page, checking each page's invariants.
Feed readFeed(HttpClient &c, const QString &org, qint64 since, int limit = 1000)
{
    Feed feed;
    QSet<QString> seen;
    qint64 cursor = since;
    for (int guard = 0; guard < 10000; ++guard) {
        const HttpResponse r
            = c.get(QStringLiteral("/orgs/%1/changes?since=%2&limit=%3").arg(org).arg(cursor).arg(limit));
        ++feed.pages;
        if (r.status != 200) {
            feed.error = QStringLiteral("changes?since=%1: ").arg(cursor) + describe(r);
            return feed;
        }
        const QJsonObject o = r.object();
        if (!o.value(QLatin1String("version")).isDouble() || !o.value(QLatin1String("more")).isBool()
            || !o.value(QLatin1String("changes")).isArray()) {
            feed.error = QStringLiteral("bad page shape: ") + describe(r);
            return feed;
        }
        const QJsonArray changes = o.value(QLatin1String("changes")).toArray();
        if (changes.size() > limit) {
            feed.error = QStringLiteral("page of %1 changes exceeds limit %2").arg(changes.size()).arg(limit);
            return feed;
        }
        qint64 previous = cursor;
        QSet<QString> inPage;
        for (const QJsonValue &v : changes) {
            const QJsonObject ch = v.toObject();
            const QString entity = ch.value(QLatin1String("entity")).toString();
            const QString op = ch.value(QLatin1String("op")).toString();
            const QString id = ch.value(QLatin1String("id")).toString();
            const qint64 version = ch.value(QLatin1String("version")).toInteger(-1);
            const QString key = entity + QLatin1Char('/') + id;
            if (!kAllEntities.contains(entity) || id.isEmpty())
                feed.error = QStringLiteral("bad entity or id: ") + compact(ch);
            else if (version <= previous)
                feed.error = QStringLiteral("version %1 not above %2: ").arg(version).arg(previous) + compact(ch);
            else if (op == QLatin1String("upsert") && !ch.value(QLatin1String("data")).isObject())
                feed.error = QStringLiteral("upsert without object data: ") + compact(ch);
            else if (op == QLatin1String("delete")
                     && !(ch.contains(QStringLiteral("data")) && ch.value(QLatin1String("data")).isNull()))
                feed.error = QStringLiteral("delete whose data is not null: ") + compact(ch);
            else if (op != QLatin1String("upsert") && op != QLatin1String("delete"))
                feed.error = QStringLiteral("bad op: ") + compact(ch);
            else if (inPage.contains(key))
                feed.error = QStringLiteral("row twice in one response: ") + key;
            else if (seen.contains(key))
                feed.error = QStringLiteral("row twice across pages: ") + key;
            if (!feed.error.isEmpty())
                return feed;
            inPage.insert(key);
            seen.insert(key);
            previous = version;
            feed.changes.append(ch);
        }
        const qint64 pageVersion = o.value(QLatin1String("version")).toInteger(-1);
        if (previous > pageVersion) {
            feed.error = QStringLiteral("a change's version %1 is above the response version %2")
                             .arg(previous)
                             .arg(pageVersion);
            return feed;
        }
        if (!o.value(QLatin1String("more")).toBool()) {
            feed.version = pageVersion;
            return feed;
        }
        if (changes.isEmpty()) {
            feed.error = QStringLiteral("more is true on an empty page");
            return feed;
        }
        cursor = previous;
    }
    feed.error = QStringLiteral("the feed never ended");
    return feed;
}

using State = QMap<QString, QJsonObject>; // "entity/id" -> data

void apply(State &state, const QJsonArray &changes)
{
    for (const QJsonValue &v : changes) {
        const QJsonObject ch = v.toObject();
        const QString key = ch.value(QLatin1String("entity")).toString() + QLatin1Char('/')
            + ch.value(QLatin1String("id")).toString();
        if (ch.value(QLatin1String("op")).toString() == QLatin1String("delete"))
            state.remove(key);
        else
            state.insert(key, ch.value(QLatin1String("data")).toObject());
    }
}

// Fields a feed row may legitimately hold at an older value than GET shows: the org's
// version (every other row raises it) and a key's lastUsedAt (stamping is not versioned).
QJsonObject comparable(const QString &key, QJsonObject data)
{
    if (key.startsWith(QLatin1String("org/")))
        data.remove(QStringLiteral("version"));
    if (key.startsWith(QLatin1String("apiKey/")))
        data.remove(QStringLiteral("lastUsedAt"));
    return data;
}

QString stateDiff(const State &got, const State &expected)
{
    QStringList out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!got.contains(it.key()))
            out << QStringLiteral("missing ") + it.key();
        else if (comparable(it.key(), got.value(it.key())) != comparable(it.key(), it.value()))
            out << QStringLiteral("%1 differs:\n  feed %2\n  GET  %3")
                       .arg(it.key(), compact(comparable(it.key(), got.value(it.key()))),
                            compact(comparable(it.key(), it.value())));
    }
    for (auto it = got.cbegin(); it != got.cend(); ++it)
        if (!expected.contains(it.key()))
            out << QStringLiteral("extra ") + it.key() + QLatin1Char(' ') + compact(it.value());
    return out.mid(0, 8).join(QLatin1Char('\n'));
}

QSet<QString> entitiesOf(const QJsonArray &changes)
{
    QSet<QString> out;
    for (const QJsonValue &v : changes)
        out.insert(v.toObject().value(QLatin1String("entity")).toString());
    return out;
}

QString entityList(const QSet<QString> &set)
{
    QStringList l(set.cbegin(), set.cend());
    l.sort();
    return l.join(QLatin1Char(','));
}

// A 1x1 PNG.
QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    DemoIds m_ids;
    int m_counter = 0;

    QString org() const { return QStringLiteral("/orgs/%1").arg(m_ids.acme); }
    qint64 orgVersion(HttpClient &c) { return c.get(org()).object().value(QLatin1String("version")).toInteger(-1); }

    // What the GET endpoints show, keyed like the feed; empty map on failure.
    State stateFromGets(HttpClient &c)
    {
        State s;
        const QString acme = m_ids.acme;
        s.insert(QStringLiteral("org/") + acme, c.get(org()).object());
        for (const QJsonValue &v : allMembers(c, acme, 37))
            s.insert(QStringLiteral("member/") + v.toObject().value(QLatin1String("userId")).toString(), v.toObject());
        for (const QJsonValue &v : c.get(org() + QStringLiteral("/invitations")).array())
            s.insert(QStringLiteral("invitation/") + v.toObject().value(QLatin1String("id")).toString(), v.toObject());
        for (const QJsonValue &v : c.get(org() + QStringLiteral("/api-keys")).array())
            s.insert(QStringLiteral("apiKey/") + v.toObject().value(QLatin1String("id")).toString(), v.toObject());
        s.insert(QStringLiteral("subscription/") + acme,
                 c.get(org() + QStringLiteral("/billing/subscription")).object());
        for (const QJsonValue &v : allInvoices(c, acme))
            s.insert(QStringLiteral("invoice/") + v.toObject().value(QLatin1String("id")).toString(), v.toObject());
        for (const QJsonValue &v : c.get(org() + QStringLiteral("/billing/payment-methods")).array())
            s.insert(QStringLiteral("paymentMethod/") + v.toObject().value(QLatin1String("id")).toString(),
                     v.toObject());
        return s;
    }

    QJsonObject currentShape(HttpClient &c, const QString &entity, const QString &id)
    {
        return stateFromGets(c).value(entity + QLatin1Char('/') + id);
    }

    // Members other than the five demo people (the generated ones, and anyone accepted later).
    QJsonArray generatedMembers(HttpClient &c)
    {
        const QStringList demo {QStringLiteral("ada@acme.test"), QStringLiteral("max@acme.test"),
                                QStringLiteral("uma@acme.test"), QStringLiteral("otto@acme.test"),
                                QStringLiteral("bea@acme.test")};
        QJsonArray out;
        for (const QJsonValue &v : allMembers(c, m_ids.acme))
            if (!demo.contains(v.toObject().value(QLatin1String("email")).toString()))
                out.append(v);
        return out;
    }

private slots:
    void init() { m_server.releaseIfOtherFunction(); }
    void cleanupTestCase() { m_server.release(); }

    void replayFromZeroEqualsGets()
    {
        ServerOptions options;
        options.members = 100; // ~150 rows: forces several pages of 50
        TB_START_WITH(m_server, options);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);

        // Some history first, deletions included, so that the snapshot is not just the seed.
        TB_STATUS(c.patch(org(), QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Monitoring Ltd")}}), 200);
        const QJsonArray keys = c.get(org() + QStringLiteral("/api-keys")).array();
        TB_STATUS(
            c.del(org() + QStringLiteral("/api-keys/") + keys.first().toObject().value(QLatin1String("id")).toString()),
            204);
        const QJsonArray invitations = c.get(org() + QStringLiteral("/invitations")).array();
        TB_STATUS(c.del(org() + QStringLiteral("/invitations/")
                        + invitations.first().toObject().value(QLatin1String("id")).toString()),
                  204);
        const QJsonArray generated = generatedMembers(c);
        QVERIFY(generated.size() >= 100);
        TB_STATUS(c.del(org() + QStringLiteral("/members/")
                        + generated.first().toObject().value(QLatin1String("userId")).toString()),
                  204);
        TB_STATUS(c.patch(org() + QStringLiteral("/billing/subscription"), QJsonObject {{QStringLiteral("seats"), 27}}),
                  200);

        Feed feed = readFeed(c, m_ids.acme, 0, 50);
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        QVERIFY2(feed.pages >= 3, "limit=50 should need several pages");
        State state;
        apply(state, feed.changes);
        const State expected = stateFromGets(c);
        QCOMPARE(entityList(QSet<QString>(entitiesOf(feed.changes))),
                 entityList(QSet<QString>(kAllEntities.cbegin(), kAllEntities.cend())));
        const QString diff = stateDiff(state, expected);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(feed.version, orgVersion(c));
        QCOMPARE(feed.version,
                 expected.value(QStringLiteral("org/") + m_ids.acme).value(QLatin1String("version")).toInteger(-2));

        // The same with a tiny page size.
        const Feed small = readFeed(c, m_ids.acme, 0, 7);
        QVERIFY2(small.error.isEmpty(), qPrintable(small.error));
        State state2;
        apply(state2, small.changes);
        QVERIFY2(stateDiff(state2, expected).isEmpty(), qPrintable(stateDiff(state2, expected)));
        QCOMPARE(small.version, feed.version);

        // Then deltas on top of the replay keep it equal to GET.
        const qint64 v1 = feed.version;
        TB_STATUS(c.post(org() + QStringLiteral("/invitations"),
                         QJsonObject {{QStringLiteral("email"), QStringLiteral("delta@example.test")},
                                      {QStringLiteral("role"), QStringLiteral("user")}}),
                  201);
        TB_STATUS(c.del(org() + QStringLiteral("/members/")
                        + generated.at(1).toObject().value(QLatin1String("userId")).toString()),
                  204);
        TB_STATUS(c.patch(org() + QStringLiteral("/members/")
                              + generated.at(2).toObject().value(QLatin1String("userId")).toString(),
                          QJsonObject {{QStringLiteral("role"), QStringLiteral("observer")}}),
                  200);
        TB_STATUS(
            c.del(org() + QStringLiteral("/api-keys/") + keys.at(1).toObject().value(QLatin1String("id")).toString()),
            204);
        const Feed delta = readFeed(c, m_ids.acme, v1, 50);
        QVERIFY2(delta.error.isEmpty(), qPrintable(delta.error));
        apply(state, delta.changes);
        const State expected2 = stateFromGets(c);
        QVERIFY2(stateDiff(state, expected2).isEmpty(), qPrintable(stateDiff(state, expected2)));
        QCOMPARE(delta.version, orgVersion(c));

        // since=0 is a snapshot of the live rows: no tombstones in it. (Later pages of a
        // paged snapshot ask with since > 0, like any delta, so they may carry deletes of
        // rows this client never had; applying those is a no-op, as apply() above shows.)
        const HttpResponse snapshot = c.get(QStringLiteral("/orgs/%1/changes?since=0&limit=5000").arg(m_ids.acme));
        TB_STATUS(snapshot, 200);
        const QJsonArray live = snapshot.object().value(QLatin1String("changes")).toArray();
        QVERIFY(!live.isEmpty());
        QVERIFY(!snapshot.object().value(QLatin1String("more")).toBool());
        for (const QJsonValue &v : live)
            QVERIFY2(v.toObject().value(QLatin1String("op")).toString() == QLatin1String("upsert"),
                     qPrintable(QStringLiteral("a snapshot holds live rows only: ") + compact(v)));
        // The deleted key, invitation and member are not in it at all.
        QSet<QString> liveIds;
        for (const QJsonValue &v : live)
            liveIds.insert(v.toObject().value(QLatin1String("id")).toString());
        QVERIFY(!liveIds.contains(keys.first().toObject().value(QLatin1String("id")).toString()));
        QVERIFY(!liveIds.contains(invitations.first().toObject().value(QLatin1String("id")).toString()));
        QVERIFY(!liveIds.contains(generated.first().toObject().value(QLatin1String("userId")).toString()));
    }

    void deltaNamesExactlyTheTouchedRows_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"rename org", "put logo", "delete logo", "change role", "remove member", "invite",
                                 "resend", "revoke", "accept", "generate key", "disable key", "edit key", "delete key",
                                 "raise seats", "lower seats", "default card", "remove default card", "leave"})
            QTest::newRow(kind) << s(kind);
    }
    void deltaNamesExactlyTheTouchedRows()
    {
        QFETCH(QString, kind);
        TB_START_SHARED(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const int n = ++m_counter;
        const QString invitations = org() + QStringLiteral("/invitations");
        const QString keys = org() + QStringLiteral("/api-keys");
        const QString cards = org() + QStringLiteral("/billing/payment-methods");
        const QJsonArray generated = generatedMembers(c);
        QVERIFY(generated.size() >= 10);

        // Setup that is not measured.
        QString inviteId, inviteToken, keyId;
        if (kind == QLatin1String("delete logo"))
            TB_STATUS(c.put(org() + QStringLiteral("/logo"), tinyPng(), "image/png"), 204);
        if (kind == QLatin1String("resend") || kind == QLatin1String("revoke") || kind == QLatin1String("accept")) {
            const QString email = QStringLiteral("delta%1@example.test").arg(n);
            const HttpResponse r = c.post(
                invitations,
                QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("role"), QStringLiteral("user")}});
            TB_STATUS(r, 201);
            inviteId = r.object().value(QLatin1String("id")).toString();
            const QList<ParsedMail> mails = mailsTo(outboxMessages(m_server.process().outboxDir()), email);
            QCOMPARE(mails.size(), 1);
            inviteToken = invitationTokenFrom(mails.first().body);
        }
        if (kind == QLatin1String("disable key") || kind == QLatin1String("edit key")
            || kind == QLatin1String("delete key")) {
            const HttpResponse r = c.post(keys,
                                          QJsonObject {{QStringLiteral("name"), QStringLiteral("delta key %1").arg(n)},
                                                       {QStringLiteral("description"), QStringLiteral("d")}});
            TB_STATUS(r, 201);
            keyId = r.object().value(QLatin1String("id")).toString();
        }
        QJsonArray cardList = c.get(cards).array();
        QString defaultCard, otherCard;
        for (const QJsonValue &v : cardList)
            (v.toObject().value(QLatin1String("isDefault")).toBool() ? defaultCard : otherCard)
                = v.toObject().value(QLatin1String("id")).toString();
        HttpClient maxClient(m_server.url());

        const qint64 v0 = orgVersion(c);
        QVERIFY(v0 > 0);
        const QJsonArray invoicesBefore = allInvoices(c, m_ids.acme);

        // The write, and the rows it must touch: entity/id -> op.
        QMap<QString, QString> expected;
        const auto touch = [&](const QString &entity, const QString &id, const char *op) {
            expected.insert(entity + QLatin1Char('/') + id, s(op));
        };
        const QString acme = m_ids.acme;
        if (kind == QLatin1String("rename org")) {
            TB_STATUS(c.patch(org(), QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme %1").arg(n)}}), 200);
            touch(QStringLiteral("org"), acme, "upsert");
        } else if (kind == QLatin1String("put logo")) {
            TB_STATUS(c.put(org() + QStringLiteral("/logo"), tinyPng(), "image/png"), 204);
            touch(QStringLiteral("org"), acme, "upsert");
        } else if (kind == QLatin1String("delete logo")) {
            TB_STATUS(c.del(org() + QStringLiteral("/logo")), 204);
            touch(QStringLiteral("org"), acme, "upsert");
        } else if (kind == QLatin1String("change role")) {
            const QJsonObject m = generated.at(0).toObject();
            const QString role = m.value(QLatin1String("role")).toString() == QLatin1String("manager")
                ? QStringLiteral("observer")
                : QStringLiteral("manager");
            TB_STATUS(c.patch(org() + QStringLiteral("/members/") + m.value(QLatin1String("userId")).toString(),
                              QJsonObject {{QStringLiteral("role"), role}}),
                      200);
            touch(QStringLiteral("member"), m.value(QLatin1String("userId")).toString(), "upsert");
        } else if (kind == QLatin1String("remove member")) {
            const QString userId = generated.at(1).toObject().value(QLatin1String("userId")).toString();
            TB_STATUS(c.del(org() + QStringLiteral("/members/") + userId), 204);
            touch(QStringLiteral("member"), userId, "delete");
            touch(QStringLiteral("org"), acme, "upsert");
        } else if (kind == QLatin1String("invite")) {
            const HttpResponse r
                = c.post(invitations,
                         QJsonObject {{QStringLiteral("email"), QStringLiteral("delta%1@example.test").arg(n)},
                                      {QStringLiteral("role"), QStringLiteral("observer")}});
            TB_STATUS(r, 201);
            touch(QStringLiteral("invitation"), r.object().value(QLatin1String("id")).toString(), "upsert");
        } else if (kind == QLatin1String("resend")) {
            TB_STATUS(c.post(invitations + QStringLiteral("/%1/resend").arg(inviteId)), 200);
            touch(QStringLiteral("invitation"), inviteId, "upsert");
        } else if (kind == QLatin1String("revoke")) {
            TB_STATUS(c.del(invitations + QLatin1Char('/') + inviteId), 204);
            touch(QStringLiteral("invitation"), inviteId, "delete");
        } else if (kind == QLatin1String("accept")) {
            HttpClient anon(m_server.url());
            TB_STATUS(anon.post(QStringLiteral("/invitations/accept"),
                                QJsonObject {{QStringLiteral("token"), inviteToken},
                                             {QStringLiteral("name"), QStringLiteral("Delta Person")},
                                             {QStringLiteral("password"), QStringLiteral("long-enough-pw")}}),
                      200);
            const Person p = signIn(m_server.url(), QStringLiteral("delta%1@example.test").arg(n),
                                    QStringLiteral("long-enough-pw"));
            QVERIFY(!p.userId.isEmpty());
            touch(QStringLiteral("invitation"), inviteId, "delete");
            touch(QStringLiteral("member"), p.userId, "upsert");
            touch(QStringLiteral("org"), acme, "upsert");
        } else if (kind == QLatin1String("generate key")) {
            const HttpResponse r = c.post(keys,
                                          QJsonObject {{QStringLiteral("name"), QStringLiteral("new key")},
                                                       {QStringLiteral("description"), QStringLiteral("d")}});
            TB_STATUS(r, 201);
            touch(QStringLiteral("apiKey"), r.object().value(QLatin1String("id")).toString(), "upsert");
        } else if (kind == QLatin1String("disable key")) {
            TB_STATUS(c.patch(keys + QLatin1Char('/') + keyId, QJsonObject {{QStringLiteral("enabled"), false}}), 200);
            touch(QStringLiteral("apiKey"), keyId, "upsert");
        } else if (kind == QLatin1String("edit key")) {
            TB_STATUS(c.patch(keys + QLatin1Char('/') + keyId,
                              QJsonObject {{QStringLiteral("name"), QStringLiteral("renamed")},
                                           {QStringLiteral("description"), QStringLiteral("d")}}),
                      200);
            touch(QStringLiteral("apiKey"), keyId, "upsert");
        } else if (kind == QLatin1String("delete key")) {
            TB_STATUS(c.del(keys + QLatin1Char('/') + keyId), 204);
            touch(QStringLiteral("apiKey"), keyId, "delete");
        } else if (kind == QLatin1String("raise seats")) {
            const int current
                = c.get(org() + QStringLiteral("/billing/subscription")).object().value(QLatin1String("seats")).toInt();
            TB_STATUS(c.patch(org() + QStringLiteral("/billing/subscription"),
                              QJsonObject {{QStringLiteral("seats"), current + 5}}),
                      200);
            touch(QStringLiteral("subscription"), acme, "upsert");
            const QJsonArray after = allInvoices(c, acme);
            QCOMPARE(after.size(), invoicesBefore.size() + 1);
            touch(QStringLiteral("invoice"), after.first().toObject().value(QLatin1String("id")).toString(), "upsert");
        } else if (kind == QLatin1String("lower seats")) {
            TB_STATUS(
                c.patch(org() + QStringLiteral("/billing/subscription"), QJsonObject {{QStringLiteral("seats"), 3}}),
                200);
            touch(QStringLiteral("subscription"), acme, "upsert");
        } else if (kind == QLatin1String("default card")) {
            QVERIFY(!otherCard.isEmpty());
            TB_STATUS(c.post(cards + QStringLiteral("/%1/default").arg(otherCard)), 204);
            touch(QStringLiteral("paymentMethod"), otherCard, "upsert");
            touch(QStringLiteral("paymentMethod"), defaultCard, "upsert");
        } else if (kind == QLatin1String("remove default card")) {
            QVERIFY(!otherCard.isEmpty());
            TB_STATUS(c.del(cards + QLatin1Char('/') + defaultCard), 204);
            touch(QStringLiteral("paymentMethod"), defaultCard, "delete");
            touch(QStringLiteral("paymentMethod"), otherCard, "upsert");
        } else if (kind == QLatin1String("leave")) {
            const Person max = signIn(m_server.url(), QStringLiteral("max@acme.test"));
            maxClient.setToken(max.token);
            TB_STATUS(maxClient.post(org() + QStringLiteral("/leave")), 204);
            touch(QStringLiteral("member"), max.userId, "delete");
            touch(QStringLiteral("org"), acme, "upsert");
        } else {
            QFAIL("unknown kind");
        }

        const HttpResponse r = c.get(org() + QStringLiteral("/changes?since=%1").arg(v0));
        TB_STATUS(r, 200);
        const QJsonObject page = r.object();
        const QJsonArray changes = page.value(QLatin1String("changes")).toArray();
        QMap<QString, QString> got;
        qint64 previous = v0;
        for (const QJsonValue &v : changes) {
            const QJsonObject ch = v.toObject();
            const QString key = ch.value(QLatin1String("entity")).toString() + QLatin1Char('/')
                + ch.value(QLatin1String("id")).toString();
            QVERIFY2(!got.contains(key), qPrintable(QStringLiteral("twice: ") + compact(changes)));
            got.insert(key, ch.value(QLatin1String("op")).toString());
            const qint64 version = ch.value(QLatin1String("version")).toInteger(-1);
            QVERIFY2(version > previous, qPrintable(compact(changes)));
            previous = version;
        }
        const auto mapText = [](const QMap<QString, QString> &m) {
            QStringList l;
            for (auto it = m.cbegin(); it != m.cend(); ++it)
                l << it.key() + QLatin1Char(':') + it.value();
            return l.join(QLatin1Char(' '));
        };
        QVERIFY2(
            got == expected,
            qPrintable(
                QStringLiteral("feed: %1\nexpected: %2\n%3").arg(mapText(got), mapText(expected), compact(changes))));
        QCOMPARE(page.value(QLatin1String("more")), QJsonValue(false));
        QCOMPARE(page.value(QLatin1String("version")).toInteger(-1), v0 + expected.size());
        QCOMPARE(orgVersion(c), v0 + expected.size());
        QCOMPARE(previous, v0 + expected.size());

        // Upserts carry the row as GET shapes it; deletes carry null.
        const State now = stateFromGets(c);
        for (const QJsonValue &v : changes) {
            const QJsonObject ch = v.toObject();
            const QString key = ch.value(QLatin1String("entity")).toString() + QLatin1Char('/')
                + ch.value(QLatin1String("id")).toString();
            if (ch.value(QLatin1String("op")).toString() == QLatin1String("delete")) {
                QVERIFY2(ch.contains(QStringLiteral("data")) && ch.value(QLatin1String("data")).isNull(),
                         qPrintable(compact(ch)));
                QVERIFY2(!now.contains(key), qPrintable(key));
            } else {
                QVERIFY2(now.contains(key), qPrintable(key));
                TB_JSON_EQ(comparable(key, ch.value(QLatin1String("data")).toObject()),
                           comparable(key, now.value(key)));
            }
        }
    }

    void feedIsFilteredByRole_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QStringList>("visible");
        QTest::addColumn<bool>("allMembers");
        const QString org = QStringLiteral("org"), member = QStringLiteral("member");
        QTest::newRow("admin") << QStringLiteral("ada@acme.test") << kAllEntities << true;
        QTest::newRow("manager") << QStringLiteral("max@acme.test")
                                 << QStringList {org, member, QStringLiteral("invitation"), QStringLiteral("apiKey")}
                                 << true;
        QTest::newRow("user") << QStringLiteral("uma@acme.test") << QStringList {org, member} << true;
        QTest::newRow("observer") << QStringLiteral("otto@acme.test") << QStringList {org, member} << true;
        QTest::newRow("business") << QStringLiteral("bea@acme.test")
                                  << QStringList {org, member, QStringLiteral("subscription"),
                                                  QStringLiteral("invoice"), QStringLiteral("paymentMethod")}
                                  << false;
    }
    void feedIsFilteredByRole()
    {
        QFETCH(QString, email);
        QFETCH(QStringList, visible);
        QFETCH(bool, allMembers);
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient admin(m_server.url());
        admin.setToken(m_ids.adaToken);
        const Person me = signIn(m_server.url(), email);
        QVERIFY(!me.token.isEmpty());
        HttpClient c(m_server.url());
        c.setToken(me.token);
        const QSet<QString> visibleSet(visible.cbegin(), visible.cend());

        const Feed snapshot = readFeed(c, m_ids.acme, 0, 40);
        QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
        QCOMPARE(entityList(entitiesOf(snapshot.changes)), entityList(visibleSet));
        QCOMPARE(snapshot.version, orgVersion(admin));
        QSet<QString> memberIds;
        for (const QJsonValue &v : snapshot.changes)
            if (v.toObject().value(QLatin1String("entity")).toString() == QLatin1String("member"))
                memberIds.insert(v.toObject().value(QLatin1String("id")).toString());
        if (allMembers)
            QCOMPARE(memberIds.size(),
                     admin.get(org() + QStringLiteral("/members")).object().value(QLatin1String("total")).toInt());
        else
            QCOMPARE(memberIds, QSet<QString> {me.userId});
        QVERIFY(memberIds.contains(me.userId));

        // Writes of every kind, then the caller's delta.
        const qint64 v0 = snapshot.version;
        const QJsonArray generated = generatedMembers(admin);
        const QJsonArray cards = admin.get(org() + QStringLiteral("/billing/payment-methods")).array();
        QString nonDefault;
        for (const QJsonValue &v : cards)
            if (!v.toObject().value(QLatin1String("isDefault")).toBool())
                nonDefault = v.toObject().value(QLatin1String("id")).toString();
        TB_STATUS(admin.patch(org(), QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Filtered")}}), 200);
        const QJsonObject someone = generated.first().toObject();
        const QString newRole = someone.value(QLatin1String("role")).toString() == QLatin1String("observer")
            ? QStringLiteral("user")
            : QStringLiteral("observer");
        TB_STATUS(admin.patch(org() + QStringLiteral("/members/") + someone.value(QLatin1String("userId")).toString(),
                              QJsonObject {{QStringLiteral("role"), newRole}}),
                  200);
        TB_STATUS(admin.post(org() + QStringLiteral("/invitations"),
                             QJsonObject {{QStringLiteral("email"), QStringLiteral("filtered@example.test")},
                                          {QStringLiteral("role"), QStringLiteral("user")}}),
                  201);
        TB_STATUS(admin.post(org() + QStringLiteral("/api-keys"),
                             QJsonObject {{QStringLiteral("name"), QStringLiteral("filtered")},
                                          {QStringLiteral("description"), QStringLiteral("d")}}),
                  201);
        TB_STATUS(
            admin.patch(org() + QStringLiteral("/billing/subscription"), QJsonObject {{QStringLiteral("seats"), 40}}),
            200);
        TB_STATUS(admin.post(org() + QStringLiteral("/billing/payment-methods/%1/default").arg(nonDefault)), 204);

        const Feed delta = readFeed(c, m_ids.acme, v0, 1000);
        QVERIFY2(delta.error.isEmpty(), qPrintable(delta.error));
        QCOMPARE(delta.version, orgVersion(admin));
        QCOMPARE(delta.version, v0 + 8); // org, member, invitation, key, subscription + invoice, 2 cards
        QSet<QString> expectedEntities = visibleSet;
        if (!allMembers)
            expectedEntities.remove(QStringLiteral("member")); // someone else's row changed
        QCOMPARE(entityList(entitiesOf(delta.changes)), entityList(expectedEntities));
        for (const QJsonValue &v : delta.changes) {
            const QJsonObject ch = v.toObject();
            if (!allMembers && ch.value(QLatin1String("entity")).toString() == QLatin1String("member"))
                QCOMPARE(ch.value(QLatin1String("id")).toString(), me.userId);
        }
    }

    void ownMemberRowArrivesWhenOwnRoleChanges()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient admin(m_server.url());
        admin.setToken(m_ids.adaToken);
        const Person bea = signIn(m_server.url(), QStringLiteral("bea@acme.test"));
        HttpClient c(m_server.url());
        c.setToken(bea.token);
        const qint64 v0 = orgVersion(admin);
        TB_STATUS(admin.patch(org() + QStringLiteral("/members/") + bea.userId,
                              QJsonObject {{QStringLiteral("role"), QStringLiteral("observer")}}),
                  200);
        const Feed delta = readFeed(c, m_ids.acme, v0);
        QVERIFY2(delta.error.isEmpty(), qPrintable(delta.error));
        QCOMPARE(delta.changes.size(), 1);
        const QJsonObject ch = delta.changes.first().toObject();
        QCOMPARE(ch.value(QLatin1String("entity")).toString(), QStringLiteral("member"));
        QCOMPARE(ch.value(QLatin1String("id")).toString(), bea.userId);
        QCOMPARE(ch.value(QLatin1String("data")).toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("observer"));
        // From 0 again, the observer now gets every member and no billing.
        const Feed again = readFeed(c, m_ids.acme, 0);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(entityList(entitiesOf(again.changes)), QStringLiteral("member,org"));
    }

    void queryLimits_data()
    {
        QTest::addColumn<QString>("query"); // %1 = the org's version
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("limit 5001") << QStringLiteral("since=0&limit=5001") << 400 << QStringLiteral("bad_request");
        QTest::newRow("limit 5000") << QStringLiteral("since=0&limit=5000") << 200 << QString();
        QTest::newRow("limit 0") << QStringLiteral("since=0&limit=0") << 400 << QStringLiteral("bad_request");
        QTest::newRow("since -1") << QStringLiteral("since=-1") << 400 << QStringLiteral("bad_request");
        QTest::newRow("since abc") << QStringLiteral("since=abc") << 400 << QStringLiteral("bad_request");
        QTest::newRow("since version+1") << QStringLiteral("since=%2") << 410 << QStringLiteral("resync_required");
        QTest::newRow("since version+1000") << QStringLiteral("since=%3") << 410 << QStringLiteral("resync_required");
        QTest::newRow("since version") << QStringLiteral("since=%1") << 200 << QString();
    }
    void queryLimits()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        TB_START_SHARED(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const qint64 v = orgVersion(c);
        QVERIFY(v > 0);
        QString q = query;
        q.replace(QStringLiteral("%1"), QString::number(v))
            .replace(QStringLiteral("%2"), QString::number(v + 1))
            .replace(QStringLiteral("%3"), QString::number(v + 1000));
        const HttpResponse r = c.get(org() + QStringLiteral("/changes?") + q);
        if (code.isEmpty()) {
            TB_STATUS(r, status);
            QCOMPARE(r.object().value(QLatin1String("version")).toInteger(-1), v);
            if (q.startsWith(QLatin1String("since=0")))
                QVERIFY(!r.object().value(QLatin1String("changes")).toArray().isEmpty());
            else
                QCOMPARE(r.object().value(QLatin1String("changes")).toArray().size(), 0);
            QCOMPARE(r.object().value(QLatin1String("more")), QJsonValue(false));
        } else {
            TB_PROBLEM(r, status, code);
        }
    }

    void prunedHistoryNeedsResync()
    {
        ServerOptions options;
        options.extraArgs << QStringLiteral("--retention") << QStringLiteral("1");
        TB_START_WITH(m_server, options);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse key = c.post(org() + QStringLiteral("/api-keys"),
                                        QJsonObject {{QStringLiteral("name"), QStringLiteral("short-lived")},
                                                     {QStringLiteral("description"), QStringLiteral("d")}});
        TB_STATUS(key, 201);
        const QString keyId = key.object().value(QLatin1String("id")).toString();
        const qint64 old = orgVersion(c);
        TB_STATUS(c.del(org() + QStringLiteral("/api-keys/") + keyId), 204); // a tombstone at old + 1
        const QString stale = org() + QStringLiteral("/changes?since=%1").arg(old);
        // Pruning runs every min(retention, 3600) s; wait for it to drop the tombstone.
        QTRY_COMPARE_WITH_TIMEOUT(c.get(stale).status, 410, 10000);
        TB_PROBLEM(c.get(stale), 410, "resync_required");

        const Feed fresh = readFeed(c, m_ids.acme, 0);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        State state;
        apply(state, fresh.changes);
        QVERIFY(!state.contains(QStringLiteral("apiKey/") + keyId));
        QVERIFY2(stateDiff(state, stateFromGets(c)).isEmpty(), qPrintable(stateDiff(state, stateFromGets(c))));
        QCOMPARE(fresh.version, orgVersion(c));
        // The current version stays a valid cursor.
        const HttpResponse current = c.get(org() + QStringLiteral("/changes?since=%1").arg(fresh.version));
        TB_STATUS(current, 200);
        QCOMPARE(current.object().value(QLatin1String("changes")).toArray().size(), 0);
    }

    void orgEtagAnswers304()
    {
        TB_START(m_server);
        m_ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(m_ids.adaToken);
        const HttpResponse first = c.get(org());
        TB_STATUS(first, 200);
        const qint64 v = first.object().value(QLatin1String("version")).toInteger(-1);
        const QByteArray etag = first.header("ETag");
        QCOMPARE(etag, QByteArray("\"" + QByteArray::number(v) + "\""));
        const HttpResponse same = c.get(org(), {{QByteArray("If-None-Match"), etag}});
        TB_STATUS(same, 304);
        QVERIFY(same.body.isEmpty());

        TB_STATUS(c.patch(org(), QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Renamed")}}), 200);
        const HttpResponse changed = c.get(org(), {{QByteArray("If-None-Match"), etag}});
        TB_STATUS(changed, 200);
        QCOMPARE(changed.object().value(QLatin1String("name")).toString(), QStringLiteral("Acme Renamed"));
        QCOMPARE(changed.object().value(QLatin1String("version")).toInteger(-1), v + 1);
        QCOMPARE(changed.header("ETag"), QByteArray("\"" + QByteArray::number(v + 1) + "\""));
        // A change elsewhere in the org also moves the version, so the ETag too.
        TB_STATUS(c.post(org() + QStringLiteral("/api-keys"),
                         QJsonObject {{QStringLiteral("name"), QStringLiteral("etag")},
                                      {QStringLiteral("description"), QStringLiteral("d")}}),
                  201);
        TB_STATUS(c.get(org(), {{QByteArray("If-None-Match"), changed.header("ETag")}}), 200);
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
