#include "Seeder.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "Crypto.h"
#include "MemberStore.h"
#include "NameGenerator.h"
#include "Schema.h"
#include "Store.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSeed, "orgdesk.server.seed")

using domain::ChangeEntity;
using domain::Role;

namespace {
const QString kDemoPassword = QStringLiteral("demo-password");

struct Column
{
    const char *name;
    const char *pgType; // for PostgreSQL's unnest(): "text", "bigint" or "integer"
};

// A PostgreSQL array literal of the column's values: {"a","b"}, quoting every element.
QString pgArray(const QList<QVariantList> &rows, int column, int from, int to)
{
    QString out;
    out.reserve((to - from) * 24);
    out += QLatin1Char('{');
    for (int i = from; i < to; ++i) {
        if (i > from)
            out += QLatin1Char(',');
        QString value = rows.at(i).at(column).toString();
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('"'), QLatin1String("\\\""));
        out += QLatin1Char('"') + value + QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

// Bulk insert in few statements, which is what makes 100,000 members quick: on
// PostgreSQL one INSERT … SELECT FROM unnest(arrays) per 20,000 rows, on SQLite multi-row
// VALUES lists inside the one transaction.
void insertRows(Database &db, const QString &table, const QList<Column> &columns, const QList<QVariantList> &rows)
{
    QStringList names;
    for (const Column &column : columns)
        names << QLatin1String(column.name);
    const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + names.join(QLatin1Char(','))
        + QStringLiteral(") ");
    if (db.kind() == Database::Kind::Postgres) {
        QStringList arrays;
        for (const Column &column : columns)
            arrays << QStringLiteral("?::%1[]").arg(QLatin1String(column.pgType));
        const QString sql
            = head + QStringLiteral("SELECT * FROM unnest(") + arrays.join(QLatin1Char(',')) + QLatin1Char(')');
        constexpr int kChunk = 20000;
        for (int start = 0; start < rows.size(); start += kChunk) {
            const int end = std::min(int(rows.size()), start + kChunk);
            QVariantList bindings;
            for (int c = 0; c < columns.size(); ++c)
                bindings << pgArray(rows, c, start, end);
            db.exec(sql, bindings);
        }
        return;
    }
    const int perStatement = std::max(1, 2000 / int(columns.size()));
    const QString one
        = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    for (int start = 0; start < rows.size(); start += perStatement) {
        const int count = std::min(perStatement, int(rows.size()) - start);
        QVariantList bindings;
        bindings.reserve(count * columns.size());
        for (int i = start; i < start + count; ++i)
            bindings += rows.at(i);
        db.execCached(head + QStringLiteral("VALUES ") + QStringList(count, one).join(QLatin1Char(',')), bindings);
    }
}
} // namespace

bool Seeder::seedDemo(int memberCount)
{
    Database &db = m_store.database();
    {
        QSqlQuery any = db.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
        any.next();
        if (any.value(0).toLongLong() > 0)
            return false;
    }
    const qint64 now = Clock::now();
    const QString hash = Crypto::hashPassword(kDemoPassword); // once: Argon2 is slow on purpose
    AuthStore &auth = m_store.auth();
    OrgStore &orgs = m_store.orgs();
    MemberStore &members = m_store.members();
    BillingStore &billing = m_store.billing();
    ChangeLog log(db);

    // A cache large enough that the one big transaction never spills pages mid-way.
    if (db.kind() == Database::Kind::Sqlite)
        db.execRaw(QStringLiteral("PRAGMA cache_size = -524288"));
    WriteTransaction tx(db, QString());
    const auto ada = auth.createUser(QStringLiteral("ada@acme.test"), QStringLiteral("Ada Lovelace"), hash);
    const auto max = auth.createUser(QStringLiteral("max@acme.test"), QStringLiteral("Max Planck"), hash);
    const auto uma = auth.createUser(QStringLiteral("uma@acme.test"), QStringLiteral("Uma Thurman"), hash);
    const auto otto = auth.createUser(QStringLiteral("otto@acme.test"), QStringLiteral("Otto Hahn"), hash);
    const auto bea = auth.createUser(QStringLiteral("bea@acme.test"), QStringLiteral("Bea Arthur"), hash);
    const auto gus = auth.createUser(QStringLiteral("gus@globex.test"), QStringLiteral("Gus Fring"), hash);

    // Acme Monitoring
    const QString acme = Crypto::newId("org_");
    const qint64 day = 24 * 3600;
    orgs.insertRow(acme, QStringLiteral("Acme Monitoring"), now - 900 * day);
    log.upsert(acme, ChangeEntity::Org, acme);
    members.insert(acme, ada, Role::Admin, now - 900 * day);
    members.insert(acme, max, Role::Manager, now - 700 * day);
    members.insert(acme, uma, Role::User, now - 400 * day);
    members.insert(acme, otto, Role::Observer, now - 200 * day);
    members.insert(acme, bea, Role::Business, now - 100 * day);
    addGeneratedMembers(acme, memberCount, now);

    const domain::PersonRef adaRef {ada.id, ada.name};
    const domain::PersonRef maxRef {max.id, max.name};
    struct KeySeed
    {
        const char *name;
        const char *description;
        domain::PersonRef by;
        qint64 age;
    };
    for (const KeySeed &key :
         {KeySeed {"Production agents", "FusionReactor agents on the production cluster", adaRef, 300},
          KeySeed {"Staging agents", "Agents on the staging servers", maxRef, 120},
          KeySeed {"CI pipeline", "", adaRef, 20}}) {
        const QString secret = Crypto::newSecret("odk_"); // never shown: nobody holds the demo secrets
        const QString id = Crypto::newId("key_");
        db.exec(
            QStringLiteral("INSERT INTO api_keys (id, org_id, name, description, enabled, prefix, secret_hash,"
                           " created_at, created_by, created_by_name, last_used_at) VALUES (?,?,?,?,1,?,?,?,?,?,?)"),
            {id, acme, QString::fromUtf8(key.name), QString::fromUtf8(key.description), secret.left(12),
             Crypto::sha256Hex(secret), now - key.age * day, key.by.userId, key.by.name,
             key.age > 100 ? QVariant(now - 3600) : QVariant(QMetaType::fromType<qint64>())});
        log.upsert(acme, ChangeEntity::ApiKey, id);
    }

    for (const auto &[email, role] :
         {std::pair {"jordan.lee@acme.test", Role::User}, std::pair {"priya.natarajan@acme.test", Role::Manager}}) {
        const QString id = Crypto::newId("inv_");
        db.exec(
            QStringLiteral("INSERT INTO invitations (id, org_id, email, role, invited_by, invited_by_name, created_at,"
                           " expires_at, token_hash) VALUES (?,?,?,?,?,?,?,?,?)"),
            {id, acme, QLatin1String(email), int(role), ada.id, ada.name, now - 2 * day,
             now - 2 * day + InvitationStore::kLifetimeSeconds, Crypto::sha256Hex(Crypto::newSecret("odi_"))});
        log.upsert(acme, ChangeEntity::Invitation, id);
    }

    // Pro, 25 seats at 19.00 USD a month, the current calendar month running.
    const QDateTime nowTime = Clock::toDateTime(now);
    const QDateTime periodStart(QDate(nowTime.date().year(), nowTime.date().month(), 1), QTime(0, 0), Qt::UTC);
    domain::Subscription pro;
    pro.plan = QStringLiteral("pro");
    pro.status = QStringLiteral("active");
    pro.seats = 25;
    pro.pricePerSeat = 1900;
    pro.currency = QStringLiteral("USD");
    pro.interval = QStringLiteral("month");
    pro.currentPeriodStart = periodStart;
    pro.currentPeriodEnd = periodStart.addMonths(1);
    billing.insertSubscription(acme, pro);
    for (int monthsAgo = 12; monthsAgo >= 1; --monthsAgo) {
        domain::Invoice invoice;
        invoice.periodStart = periodStart.addMonths(-monthsAgo);
        invoice.periodEnd = periodStart.addMonths(-monthsAgo + 1);
        invoice.issuedAt = invoice.periodStart;
        invoice.amount = 25 * 1900;
        invoice.currency = QStringLiteral("USD");
        invoice.status = QStringLiteral("paid");
        invoice.lines.append({QStringLiteral("Pro plan, 25 seats"), 25, 1900, 25 * 1900});
        billing.insertInvoice(acme, invoice);
    }
    billing.insertPaymentMethod(
        acme, {QString(), QStringLiteral("visa"), QStringLiteral("4242"), 8, nowTime.date().year() + 2, true},
        now - 400 * day);
    billing.insertPaymentMethod(
        acme, {QString(), QStringLiteral("mastercard"), QStringLiteral("5454"), 11, nowTime.date().year() + 1, false},
        now - 30 * day);

    // Globex, where Ada is a user.
    const QString globex = Crypto::newId("org_");
    orgs.insertRow(globex, QStringLiteral("Globex"), now - 500 * day);
    log.upsert(globex, ChangeEntity::Org, globex);
    members.insert(globex, gus, Role::Admin, now - 500 * day);
    members.insert(globex, ada, Role::User, now - 50 * day);
    billing.insertFreeSubscription(globex, now);
    tx.commit();
    if (db.kind() == Database::Kind::Sqlite)
        db.execRaw(QStringLiteral("PRAGMA cache_size = -65536"));
    qCInfo(lcSeed) << "seeded the demo organizations with" << memberCount << "generated members";
    return true;
}

void Seeder::addGeneratedMembers(const QString &orgId, int count, qint64 now)
{
    if (count <= 0)
        return;
    Database &db = m_store.database();
    const NameGenerator names;
    QRandomGenerator random(20261128); // the same demo every time
    QElapsedTimer phase;
    phase.start();
    QList<QVariantList> users, memberships, changes;
    users.reserve(count);
    memberships.reserve(count);
    changes.reserve(count);

    // One block of versions for all of them: each row still gets its own.
    QSqlQuery reserve = db.exec(QStringLiteral("UPDATE orgs SET version = version + ?, member_count = member_count + ?"
                                               " WHERE id = ? RETURNING version"),
                                {count, count, orgId});
    reserve.next();
    qint64 version = reserve.value(0).toLongLong() - count;
    reserve.finish();

    for (int i = 0; i < count; ++i) {
        const NameGenerator::Person person = names.person(i);
        const QString id = Crypto::newId("usr_");
        const quint32 roll = random.bounded(100u);
        const Role role = roll < 3 ? Role::Manager
            : roll < 73            ? Role::User
            : roll < 93            ? Role::Observer
                                   : Role::Business;
        const qint64 joined = now - qint64(random.bounded(3u * 365 * 24 * 3600));
        users.append({id, person.email, person.name, now});
        memberships.append(
            {orgId, id, int(role), joined, person.name, MemberStore::sortKey(person.name), person.email});
        changes.append({orgId, QStringLiteral("member"), id, ++version, 0, now});
    }
    qCInfo(lcSeed) << "generated" << count << "members in" << phase.restart() << "ms";
    const auto indexes = Schema::bulkLoadIndexes();
    for (const auto &index : indexes)
        db.execRaw(QStringLiteral("DROP INDEX ") + index.first);
    insertRows(db, QStringLiteral("users"),
               {{"id", "text"}, {"email", "text"}, {"name", "text"}, {"created_at", "bigint"}}, users);
    insertRows(db, QStringLiteral("memberships"),
               {{"org_id", "text"},
                {"user_id", "text"},
                {"role", "integer"},
                {"joined_at", "bigint"},
                {"name", "text"},
                {"sort_name", "text"},
                {"email", "text"}},
               memberships);
    insertRows(db, QStringLiteral("changes"),
               {{"org_id", "text"},
                {"entity", "text"},
                {"entity_id", "text"},
                {"version", "bigint"},
                {"deleted", "integer"},
                {"changed_at", "bigint"}},
               changes);
    for (const auto &index : indexes)
        db.execRaw(index.second);
    qCInfo(lcSeed) << "inserted them in" << phase.elapsed() << "ms";
    // The org row shows the new member count: give it a version after all of them.
    ChangeLog(db).upsert(orgId, ChangeEntity::Org, orgId);
}
