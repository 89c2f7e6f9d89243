#include "cache/CacheSchema.h"

#include "cache/CacheLogging.h"
#include "cache/SqlTransaction.h"

#include <QSqlQuery>
#include <QStringList>

namespace {

bool execAll(const QSqlDatabase &db, const QStringList &statements, QSqlError *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError();
            qCWarning(lcCache) << "schema:" << statement << error->text();
            return false;
        }
    }
    return true;
}

} // namespace

int CacheSchema::latestVersion()
{
    return 2;
}

const QList<QLatin1String> &CacheSchema::rowTables()
{
    static const QList<QLatin1String> tables {
        QLatin1String("org"),          QLatin1String("logo"),
        QLatin1String("subscription"), QLatin1String("members"),
        QLatin1String("invitations"),  QLatin1String("api_keys"),
        QLatin1String("invoices"),     QLatin1String("payment_methods"),
    };
    return tables;
}

std::optional<int> CacheSchema::version(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool CacheSchema::migrate(const QSqlDatabase &db, int target, QSqlError *error)
{
    const std::optional<int> current = version(db, error);
    if (!current)
        return false;
    bool ok = true;
    // Each case runs its step only while the target lies beyond it, and && stops at the
    // first step that fails, leaving the file at the last version that committed.
    switch (*current) {
    case 0:
        ok = ok && (target < 1 || runStep(db, 1, &CacheSchema::createTables, error));
        [[fallthrough]];
    case 1:
        ok = ok && (target < 2 || runStep(db, 2, &CacheSchema::addLogoAndMemberOrder, error));
        [[fallthrough]];
    default:
        break;
    }
    return ok;
}

bool CacheSchema::runStep(const QSqlDatabase &db, int stepVersion, Step step, QSqlError *error)
{
    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        *error = transaction.lastError();
        return false;
    }
    // Two instances may open the same file at once: the one that waited for the write lock
    // finds the step done already.
    const std::optional<int> current = version(db, error);
    if (!current)
        return false;
    if (*current >= stepVersion)
        return true;
    if (!step(db, error))
        return false;
    if (!execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(stepVersion)}, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.lastError();
        return false;
    }
    qCDebug(lcCache) << "schema now at version" << stepVersion;
    return true;
}

bool CacheSchema::createTables(const QSqlDatabase &db, QSqlError *error)
{
    // Times are INTEGER ms since the epoch (UTC). Single-row tables use slot = 1.
    // No column holds anything secret, and there is no free-form "extra data" column that
    // could come to hold one.
    return execAll(
        db,
        {
            // Qt hands SQLite UTF-16 and wants it back: stored as UTF-16, text needs no
            // conversion either way, which makes load() of 100k members ~20% faster (the file
            // is ~40% larger). Only takes effect on an empty database, as here.
            QStringLiteral("PRAGMA encoding = 'UTF-16le'"),
            QStringLiteral("CREATE TABLE meta (slot INTEGER PRIMARY KEY CHECK (slot = 1), "
                           "version INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0, "
                           "last_synced_at INTEGER)"),
            QStringLiteral("INSERT INTO meta (slot) VALUES (1)"),
            QStringLiteral("CREATE TABLE org (slot INTEGER PRIMARY KEY CHECK (slot = 1), id TEXT NOT NULL, "
                           "name TEXT NOT NULL, has_logo INTEGER NOT NULL, logo_etag TEXT NOT NULL, "
                           "created_at INTEGER, member_count INTEGER NOT NULL, version INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE subscription (slot INTEGER PRIMARY KEY CHECK (slot = 1), "
                           "plan TEXT NOT NULL, status TEXT NOT NULL, seats INTEGER NOT NULL, pending_seats INTEGER, "
                           "price_per_seat INTEGER NOT NULL, currency TEXT NOT NULL, billing_interval TEXT NOT NULL, "
                           "period_start INTEGER, period_end INTEGER)"),
            // sort_key: the UTF-8 bytes of the name case-folded, '\n', the email: the members
            // list's order. A BLOB compares bytewise, so code point order; UTF-16 text would
            // compare by little-endian bytes. (Unindexed here; step 2 clusters the table on it.)
            QStringLiteral("CREATE TABLE members (user_id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
                           "email TEXT NOT NULL, role INTEGER NOT NULL, joined_at INTEGER, sort_key BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE invitations (id TEXT PRIMARY KEY NOT NULL, email TEXT NOT NULL, "
                           "role INTEGER NOT NULL, invited_by_id TEXT NOT NULL, invited_by_name TEXT NOT NULL, "
                           "created_at INTEGER, expires_at INTEGER)"),
            QStringLiteral("CREATE TABLE api_keys (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
                           "description TEXT NOT NULL, enabled INTEGER NOT NULL, prefix TEXT NOT NULL, "
                           "created_at INTEGER, created_by_id TEXT NOT NULL, created_by_name TEXT NOT NULL, "
                           "last_used_at INTEGER)"),
            // lines: the invoice's lines as their JSON array (a list inside a row).
            QStringLiteral("CREATE TABLE invoices (id TEXT PRIMARY KEY NOT NULL, number TEXT NOT NULL, "
                           "issued_at INTEGER, period_start INTEGER, period_end INTEGER, amount INTEGER NOT NULL, "
                           "currency TEXT NOT NULL, status TEXT NOT NULL, lines TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE payment_methods (id TEXT PRIMARY KEY NOT NULL, brand TEXT NOT NULL, "
                           "last4 TEXT NOT NULL, exp_month INTEGER NOT NULL, exp_year INTEGER NOT NULL, "
                           "is_default INTEGER NOT NULL)"),
        },
        error);
}

bool CacheSchema::addLogoAndMemberOrder(const QSqlDatabase &db, QSqlError *error)
{
    // Members move to a table clustered on (sort_key, user_id): load() then reads them in
    // order straight off the table. A plain index on sort_key costs one random row lookup per
    // member, which doubles the load of 100k members (~150 ms → ~300 ms on the dev machine).
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE logo (slot INTEGER PRIMARY KEY CHECK (slot = 1), "
                           "etag TEXT NOT NULL, bytes BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE members_by_name (sort_key BLOB NOT NULL, user_id TEXT NOT NULL, "
                           "name TEXT NOT NULL, email TEXT NOT NULL, role INTEGER NOT NULL, joined_at INTEGER, "
                           "PRIMARY KEY (sort_key, user_id)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO members_by_name (sort_key, user_id, name, email, role, joined_at) "
                           "SELECT sort_key, user_id, name, email, role, joined_at FROM members"),
            QStringLiteral("DROP TABLE members"),
            QStringLiteral("ALTER TABLE members_by_name RENAME TO members"),
            // Upserts and removals find a member by id.
            QStringLiteral("CREATE UNIQUE INDEX members_by_user_id ON members (user_id)"),
        },
        error);
}
