#include "cache/CacheWriter.h"

#include "cache/CacheSchema.h"
#include "cache/SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

#include <initializer_list>

namespace {

// "INSERT … ON CONFLICT (first column) DO UPDATE SET …": an update in place keeps the row
// and touches only the indexes whose columns changed (INSERT OR REPLACE deletes and inserts).
QString upsertSql(QLatin1String table, std::initializer_list<QLatin1String> columns)
{
    QStringList names, placeholders, updates;
    for (const QLatin1String column : columns) {
        names << column;
        placeholders << QStringLiteral("?");
        if (names.size() > 1)
            updates << QString(column + QLatin1String(" = excluded.") + column);
    }
    return QString(QLatin1String("INSERT INTO ") + table + QLatin1String(" (") + names.join(QLatin1String(", "))
                   + QLatin1String(") VALUES (") + placeholders.join(QLatin1String(", "))
                   + QLatin1String(") ON CONFLICT (") + names.first() + QLatin1String(") DO UPDATE SET ")
                   + updates.join(QLatin1String(", ")));
}

// Prepares one statement, then binds and executes it once per row; the first failure wins.
class RowStatement
{
public:
    RowStatement(const QSqlDatabase &db, const QString &sql, QSqlError *error)
        : m_query(db)
        , m_error(error)
    {
        m_ok = m_query.prepare(sql);
        if (!m_ok)
            *m_error = m_query.lastError();
    }
    bool ok() const { return m_ok; }
    RowStatement &bind(const QVariant &value)
    {
        m_query.bindValue(m_next++, value);
        return *this;
    }
    // Text columns are NOT NULL: a null QString (which Qt binds as NULL) is stored empty.
    RowStatement &bind(const QString &text)
    {
        m_query.bindValue(m_next++, text.isNull() ? QString(QLatin1String("")) : text);
        return *this;
    }
    bool exec()
    {
        m_next = 0;
        if (m_query.exec())
            return true;
        *m_error = m_query.lastError();
        return false;
    }

private:
    QSqlQuery m_query;
    QSqlError *m_error;
    int m_next = 0;
    bool m_ok = false;
};

} // namespace

CacheWriter::CacheWriter(const QSqlDatabase &db)
    : m_db(db)
{ }

QString CacheWriter::memberSortKey(const QString &name, const QString &email)
{
    return name.toCaseFolded() + QLatin1Char('\n') + email;
}

bool CacheWriter::run(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = query.lastError();
    return false;
}

bool CacheWriter::deleteAllRows()
{
    for (const QLatin1String table : CacheSchema::rowTables()) {
        if (!run(QString(QLatin1String("DELETE FROM ") + table)))
            return false;
    }
    return true;
}

bool CacheWriter::writeMeta(qint64 version, bool complete)
{
    RowStatement meta(m_db, QStringLiteral("UPDATE meta SET version = ?, complete = ? WHERE slot = 1"), &m_error);
    return meta.ok() && meta.bind(version).bind(complete ? 1 : 0).exec();
}

bool CacheWriter::writeLastSyncedAt(const QDateTime &when)
{
    RowStatement meta(m_db, QStringLiteral("UPDATE meta SET last_synced_at = ? WHERE slot = 1"), &m_error);
    return meta.ok() && meta.bind(SqlValue::fromTime(when)).exec();
}

bool CacheWriter::resetMeta()
{
    return run(QStringLiteral("UPDATE meta SET version = 0, complete = 0, last_synced_at = NULL WHERE slot = 1"));
}

bool CacheWriter::apply(const ChangeBatch &batch)
{
    if (batch.reset && !deleteAllRows())
        return false;
    // An org that is gone takes its logo with it.
    if (batch.orgRemoved && !(run(QStringLiteral("DELETE FROM org")) && run(QStringLiteral("DELETE FROM logo"))))
        return false;
    if (batch.org && !upsertOrg(*batch.org))
        return false;
    if (batch.logo) {
        const bool ok
            = batch.logo->isNull() ? run(QStringLiteral("DELETE FROM logo")) : writeLogo(*batch.logo, batch.org);
        if (!ok)
            return false;
    }
    if (batch.subscriptionRemoved && !run(QStringLiteral("DELETE FROM subscription")))
        return false;
    if (batch.subscription && !upsertSubscription(*batch.subscription))
        return false;
    return upsertMembers(batch.members.upserts)
        && removeIds(QLatin1String("members"), QLatin1String("user_id"), batch.members.removed)
        && upsertInvitations(batch.invitations.upserts)
        && removeIds(QLatin1String("invitations"), QLatin1String("id"), batch.invitations.removed)
        && upsertApiKeys(batch.apiKeys.upserts)
        && removeIds(QLatin1String("api_keys"), QLatin1String("id"), batch.apiKeys.removed)
        && upsertInvoices(batch.invoices.upserts)
        && removeIds(QLatin1String("invoices"), QLatin1String("id"), batch.invoices.removed)
        && upsertPaymentMethods(batch.paymentMethods.upserts)
        && removeIds(QLatin1String("payment_methods"), QLatin1String("id"), batch.paymentMethods.removed)
        && writeMeta(batch.toVersion, !batch.more);
}

bool CacheWriter::upsertOrg(const domain::OrgProfile &org)
{
    RowStatement row(m_db,
                     upsertSql(QLatin1String("org"),
                               {QLatin1String("slot"), QLatin1String("id"), QLatin1String("name"),
                                QLatin1String("has_logo"), QLatin1String("logo_etag"), QLatin1String("created_at"),
                                QLatin1String("member_count"), QLatin1String("version")}),
                     &m_error);
    return row.ok()
        && row.bind(1)
               .bind(org.id)
               .bind(org.name)
               .bind(org.hasLogo ? 1 : 0)
               .bind(org.logoEtag)
               .bind(SqlValue::fromTime(org.createdAt))
               .bind(org.memberCount)
               .bind(org.version)
               .exec();
}

bool CacheWriter::writeLogo(const QByteArray &bytes, const std::optional<domain::OrgProfile> &org)
{
    // The etag the bytes belong to: the org row in the same batch (a logo is fetched because
    // its etag changed), else the cached org's.
    QString etag;
    if (org) {
        etag = org->logoEtag;
    } else {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT logo_etag FROM org WHERE slot = 1"))) {
            m_error = query.lastError();
            return false;
        }
        if (query.next())
            etag = query.value(0).toString();
    }
    RowStatement row(
        m_db, upsertSql(QLatin1String("logo"), {QLatin1String("slot"), QLatin1String("etag"), QLatin1String("bytes")}),
        &m_error);
    return row.ok() && row.bind(1).bind(etag).bind(QVariant(bytes)).exec();
}

bool CacheWriter::upsertSubscription(const domain::Subscription &s)
{
    RowStatement row(
        m_db,
        upsertSql(QLatin1String("subscription"),
                  {QLatin1String("slot"), QLatin1String("plan"), QLatin1String("status"), QLatin1String("seats"),
                   QLatin1String("pending_seats"), QLatin1String("price_per_seat"), QLatin1String("currency"),
                   QLatin1String("billing_interval"), QLatin1String("period_start"), QLatin1String("period_end")}),
        &m_error);
    return row.ok()
        && row.bind(1)
               .bind(s.plan)
               .bind(s.status)
               .bind(s.seats)
               .bind(s.pendingSeats ? QVariant(*s.pendingSeats) : QVariant())
               .bind(s.pricePerSeat)
               .bind(s.currency)
               .bind(s.interval)
               .bind(SqlValue::fromTime(s.currentPeriodStart))
               .bind(SqlValue::fromTime(s.currentPeriodEnd))
               .exec();
}

bool CacheWriter::upsertMembers(const QVector<domain::Member> &members)
{
    if (members.isEmpty())
        return true;
    RowStatement row(m_db,
                     upsertSql(QLatin1String("members"),
                               {QLatin1String("user_id"), QLatin1String("name"), QLatin1String("email"),
                                QLatin1String("role"), QLatin1String("joined_at"), QLatin1String("sort_key")}),
                     &m_error);
    if (!row.ok())
        return false;
    for (const domain::Member &m : members) {
        if (!row.bind(m.userId)
                 .bind(m.name)
                 .bind(m.email)
                 .bind(domain::roleRank(m.role))
                 .bind(SqlValue::fromTime(m.joinedAt))
                 .bind(QVariant(memberSortKey(m.name, m.email).toUtf8())) // see CacheSchema
                 .exec())
            return false;
    }
    return true;
}

bool CacheWriter::upsertInvitations(const QVector<domain::Invitation> &invitations)
{
    if (invitations.isEmpty())
        return true;
    RowStatement row(
        m_db,
        upsertSql(QLatin1String("invitations"),
                  {QLatin1String("id"), QLatin1String("email"), QLatin1String("role"), QLatin1String("invited_by_id"),
                   QLatin1String("invited_by_name"), QLatin1String("created_at"), QLatin1String("expires_at")}),
        &m_error);
    if (!row.ok())
        return false;
    for (const domain::Invitation &i : invitations) {
        if (!row.bind(i.id)
                 .bind(i.email)
                 .bind(domain::roleRank(i.role))
                 .bind(i.invitedBy.userId)
                 .bind(i.invitedBy.name)
                 .bind(SqlValue::fromTime(i.createdAt))
                 .bind(SqlValue::fromTime(i.expiresAt))
                 .exec())
            return false;
    }
    return true;
}

bool CacheWriter::upsertApiKeys(const QVector<domain::ApiKey> &keys)
{
    if (keys.isEmpty())
        return true;
    RowStatement row(
        m_db,
        upsertSql(QLatin1String("api_keys"),
                  {QLatin1String("id"), QLatin1String("name"), QLatin1String("description"), QLatin1String("enabled"),
                   QLatin1String("prefix"), QLatin1String("created_at"), QLatin1String("created_by_id"),
                   QLatin1String("created_by_name"), QLatin1String("last_used_at")}),
        &m_error);
    if (!row.ok())
        return false;
    for (const domain::ApiKey &k : keys) {
        if (!row.bind(k.id)
                 .bind(k.name)
                 .bind(k.description)
                 .bind(k.enabled ? 1 : 0)
                 .bind(k.prefix)
                 .bind(SqlValue::fromTime(k.createdAt))
                 .bind(k.createdBy.userId)
                 .bind(k.createdBy.name)
                 .bind(SqlValue::fromTime(k.lastUsedAt))
                 .exec())
            return false;
    }
    return true;
}

bool CacheWriter::upsertInvoices(const QVector<domain::Invoice> &invoices)
{
    if (invoices.isEmpty())
        return true;
    RowStatement row(m_db,
                     upsertSql(QLatin1String("invoices"),
                               {QLatin1String("id"), QLatin1String("number"), QLatin1String("issued_at"),
                                QLatin1String("period_start"), QLatin1String("period_end"), QLatin1String("amount"),
                                QLatin1String("currency"), QLatin1String("status"), QLatin1String("lines")}),
                     &m_error);
    if (!row.ok())
        return false;
    for (const domain::Invoice &i : invoices) {
        QJsonArray lines;
        for (const domain::InvoiceLine &line : i.lines)
            lines.append(line.toJson());
        if (!row.bind(i.id)
                 .bind(i.number)
                 .bind(SqlValue::fromTime(i.issuedAt))
                 .bind(SqlValue::fromTime(i.periodStart))
                 .bind(SqlValue::fromTime(i.periodEnd))
                 .bind(i.amount)
                 .bind(i.currency)
                 .bind(i.status)
                 .bind(QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)))
                 .exec())
            return false;
    }
    return true;
}

bool CacheWriter::upsertPaymentMethods(const QVector<domain::PaymentMethod> &methods)
{
    if (methods.isEmpty())
        return true;
    RowStatement row(m_db,
                     upsertSql(QLatin1String("payment_methods"),
                               {QLatin1String("id"), QLatin1String("brand"), QLatin1String("last4"),
                                QLatin1String("exp_month"), QLatin1String("exp_year"), QLatin1String("is_default")}),
                     &m_error);
    if (!row.ok())
        return false;
    for (const domain::PaymentMethod &p : methods) {
        if (!row.bind(p.id)
                 .bind(p.brand)
                 .bind(p.last4)
                 .bind(p.expMonth)
                 .bind(p.expYear)
                 .bind(p.isDefault ? 1 : 0)
                 .exec())
            return false;
    }
    return true;
}

bool CacheWriter::removeIds(QLatin1String table, QLatin1String idColumn, const QVector<QString> &ids)
{
    if (ids.isEmpty())
        return true;
    RowStatement row(
        m_db,
        QString(QLatin1String("DELETE FROM ") + table + QLatin1String(" WHERE ") + idColumn + QLatin1String(" = ?")),
        &m_error);
    if (!row.ok())
        return false;
    for (const QString &id : ids) {
        if (!row.bind(id).exec())
            return false;
    }
    return true;
}
