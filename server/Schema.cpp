#include "Schema.h"

QList<QStringList> Schema::migrations()
{
    // Version 1: the whole Org Admin API v1. Timestamps are epoch seconds (BIGINT), roles
    // are their rank (0 admin … 4 business) so that sort=role is an index order.
    QStringList v1 = {
        QStringLiteral("CREATE TABLE users ("
                       " id TEXT PRIMARY KEY,"
                       " email TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " password_hash TEXT,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE orgs ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 0,"
                       " horizon BIGINT NOT NULL DEFAULT 0,"
                       " member_count BIGINT NOT NULL DEFAULT 0,"
                       " logo %BLOB%,"
                       " logo_type TEXT,"
                       " logo_etag TEXT,"
                       " invoice_seq BIGINT NOT NULL DEFAULT 0)"),
        // name, sort_name and email are copied from users so that a page of 100,000
        // members is an index range, not a join and a sort.
        QStringLiteral("CREATE TABLE memberships ("
                       " org_id TEXT NOT NULL REFERENCES orgs(id),"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       " role INTEGER NOT NULL,"
                       " joined_at BIGINT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " sort_name TEXT NOT NULL,"
                       " email TEXT NOT NULL,"
                       " PRIMARY KEY (org_id, user_id))"),
        QStringLiteral("CREATE INDEX memberships_by_name ON memberships (org_id, sort_name, user_id, email)"),
        QStringLiteral("CREATE INDEX memberships_by_email ON memberships (org_id, email)"),
        QStringLiteral("CREATE INDEX memberships_by_joined ON memberships (org_id, joined_at, user_id)"),
        QStringLiteral("CREATE INDEX memberships_by_role ON memberships (org_id, role, sort_name, user_id)"),
        QStringLiteral("CREATE INDEX memberships_by_user ON memberships (user_id)"),
        QStringLiteral("CREATE TABLE sessions ("
                       " token_hash TEXT PRIMARY KEY,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       " created_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX sessions_by_expiry ON sessions (expires_at)"),
        QStringLiteral("CREATE TABLE login_failures ("
                       " email TEXT NOT NULL,"
                       " failed_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX login_failures_by_email ON login_failures (email, failed_at)"),
        QStringLiteral("CREATE TABLE invitations ("
                       " id TEXT PRIMARY KEY,"
                       " org_id TEXT NOT NULL REFERENCES orgs(id),"
                       " email TEXT NOT NULL,"
                       " role INTEGER NOT NULL,"
                       " invited_by TEXT NOT NULL,"
                       " invited_by_name TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL,"
                       " token_hash TEXT NOT NULL UNIQUE,"
                       " UNIQUE (org_id, email))"),
        QStringLiteral("CREATE TABLE invitation_sends ("
                       " org_id TEXT NOT NULL,"
                       " sent_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX invitation_sends_by_org ON invitation_sends (org_id, sent_at)"),
        QStringLiteral("CREATE TABLE api_keys ("
                       " id TEXT PRIMARY KEY,"
                       " org_id TEXT NOT NULL REFERENCES orgs(id),"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " enabled INTEGER NOT NULL,"
                       " prefix TEXT NOT NULL,"
                       " secret_hash TEXT NOT NULL UNIQUE,"
                       " created_at BIGINT NOT NULL,"
                       " created_by TEXT NOT NULL,"
                       " created_by_name TEXT NOT NULL,"
                       " last_used_at BIGINT)"),
        QStringLiteral("CREATE INDEX api_keys_by_org ON api_keys (org_id, created_at)"),
        QStringLiteral("CREATE TABLE subscriptions ("
                       " org_id TEXT PRIMARY KEY REFERENCES orgs(id),"
                       " plan TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " seats INTEGER NOT NULL,"
                       " pending_seats INTEGER,"
                       " price_per_seat BIGINT NOT NULL,"
                       " currency TEXT NOT NULL,"
                       " billing_interval TEXT NOT NULL,"
                       " period_start BIGINT NOT NULL,"
                       " period_end BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE invoices ("
                       " id TEXT PRIMARY KEY,"
                       " org_id TEXT NOT NULL REFERENCES orgs(id),"
                       " number TEXT NOT NULL,"
                       " issued_at BIGINT NOT NULL,"
                       " period_start BIGINT NOT NULL,"
                       " period_end BIGINT NOT NULL,"
                       " amount BIGINT NOT NULL,"
                       " currency TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " seq BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX invoices_by_org ON invoices (org_id, issued_at, seq)"),
        QStringLiteral("CREATE TABLE invoice_lines ("
                       " invoice_id TEXT NOT NULL REFERENCES invoices(id),"
                       " position INTEGER NOT NULL,"
                       " description TEXT NOT NULL,"
                       " quantity BIGINT NOT NULL,"
                       " unit_amount BIGINT NOT NULL,"
                       " amount BIGINT NOT NULL,"
                       " PRIMARY KEY (invoice_id, position))"),
        QStringLiteral("CREATE TABLE payment_methods ("
                       " id TEXT PRIMARY KEY,"
                       " org_id TEXT NOT NULL REFERENCES orgs(id),"
                       " brand TEXT NOT NULL,"
                       " last4 TEXT NOT NULL,"
                       " exp_month INTEGER NOT NULL,"
                       " exp_year INTEGER NOT NULL,"
                       " is_default INTEGER NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " seq BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX payment_methods_by_org ON payment_methods (org_id)"),
        // One row per live or deleted entity, at its latest version: the changes feed.
        QStringLiteral("CREATE TABLE changes ("
                       " org_id TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " entity_id TEXT NOT NULL,"
                       " version BIGINT NOT NULL,"
                       " deleted INTEGER NOT NULL,"
                       " changed_at BIGINT NOT NULL,"
                       " PRIMARY KEY (org_id, entity, entity_id))"),
        QStringLiteral("CREATE UNIQUE INDEX changes_by_version ON changes (org_id, version)"),
        QStringLiteral("CREATE INDEX changes_tombstones ON changes (deleted, changed_at)"),
    };
    return {v1};
}

QList<QPair<QString, QString>> Schema::bulkLoadIndexes()
{
    QList<QPair<QString, QString>> indexes;
    // Held here: a range-for over migrations().constFirst() would read a destroyed temporary.
    const QList<QStringList> all = migrations();
    for (const QString &statement : all.constFirst()) {
        if (!statement.contains(QLatin1String("INDEX memberships_by_"))
            && !statement.contains(QLatin1String("INDEX changes_")))
            continue;
        const QString name = statement.section(QLatin1String("INDEX "), 1).section(QLatin1Char(' '), 0, 0);
        indexes.append({name, statement});
    }
    return indexes;
}
