#include "cache/CacheReader.h"

#include "cache/CacheLogging.h"
#include "cache/SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

std::optional<domain::Role> roleFromRank(const QVariant &value)
{
    bool ok = false;
    const int rank = value.toInt(&ok);
    if (!ok || rank < 0 || rank >= domain::kRoleCount)
        return std::nullopt;
    return static_cast<domain::Role>(rank);
}

// Columns by position: a forward-only, prepared SELECT is the fastest way through Qt Sql.
class Select
{
public:
    Select(const QSqlDatabase &db, const QString &sql, QSqlError *error)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.prepare(sql) && m_query.exec();
        if (!m_ok)
            *error = m_query.lastError();
    }
    bool ok() const { return m_ok; }
    QSqlQuery &query() { return m_query; }
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QString text(int i) const { return m_query.value(i).toString(); }
    qint64 integer(int i) const { return m_query.value(i).toLongLong(); }
    QDateTime time(int i) const { return SqlValue::toTime(m_query.value(i)); }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

domain::Member memberFrom(const Select &row, domain::Role role)
{
    domain::Member m;
    m.userId = row.text(0);
    m.name = row.text(1);
    m.email = row.text(2);
    m.role = role;
    m.joinedAt = row.time(4);
    return m;
}

} // namespace

CacheReader::CacheReader(const QSqlDatabase &db)
    : m_db(db)
{ }

bool CacheReader::readAll(ChangeBatch &batch)
{
    return readOrg(batch) && readLogo(batch) && readSubscription(batch) && readMembers(batch.members.upserts)
        && readInvitations(batch.invitations.upserts) && readApiKeys(batch.apiKeys.upserts)
        && readInvoices(batch.invoices.upserts) && readPaymentMethods(batch.paymentMethods.upserts);
}

bool CacheReader::readMember(const QString &userId, std::optional<domain::Member> &member)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT user_id, name, email, role, joined_at FROM members WHERE user_id = ?"))) {
        m_error = query.lastError();
        return false;
    }
    query.addBindValue(userId);
    if (!query.exec()) {
        m_error = query.lastError();
        return false;
    }
    member.reset();
    if (query.next()) {
        if (const auto role = roleFromRank(query.value(3)))
            member = domain::Member {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                     *role, SqlValue::toTime(query.value(4))};
    }
    return true;
}

bool CacheReader::readOrg(ChangeBatch &batch)
{
    Select row(m_db, QStringLiteral("SELECT id, name, has_logo, logo_etag, created_at, member_count, version FROM org"),
               &m_error);
    if (!row.ok())
        return false;
    if (row.next()) {
        domain::OrgProfile org;
        org.id = row.text(0);
        org.name = row.text(1);
        org.hasLogo = row.integer(2) != 0;
        org.logoEtag = row.text(3);
        org.createdAt = row.time(4);
        org.memberCount = row.integer(5);
        org.version = row.integer(6);
        batch.org = org;
    }
    return true;
}

bool CacheReader::readLogo(ChangeBatch &batch)
{
    Select row(m_db, QStringLiteral("SELECT bytes FROM logo"), &m_error);
    if (!row.ok())
        return false;
    if (row.next()) {
        QByteArray bytes = row.value(0).toByteArray();
        // An empty blob reads back as a null QByteArray, which a batch means as "no logo".
        if (bytes.isNull())
            bytes = QByteArray("");
        batch.logo = bytes;
    }
    return true;
}

bool CacheReader::readSubscription(ChangeBatch &batch)
{
    Select row(m_db,
               QStringLiteral("SELECT plan, status, seats, pending_seats, price_per_seat, currency, billing_interval, "
                              "period_start, period_end FROM subscription"),
               &m_error);
    if (!row.ok())
        return false;
    if (row.next()) {
        domain::Subscription s;
        s.plan = row.text(0);
        s.status = row.text(1);
        s.seats = int(row.integer(2));
        if (!row.value(3).isNull())
            s.pendingSeats = int(row.integer(3));
        s.pricePerSeat = row.integer(4);
        s.currency = row.text(5);
        s.interval = row.text(6);
        s.currentPeriodStart = row.time(7);
        s.currentPeriodEnd = row.time(8);
        batch.subscription = s;
    }
    return true;
}

bool CacheReader::readMembers(QVector<domain::Member> &members)
{
    {
        // Sized up front: growing a vector of 100k members would copy it ~17 times.
        Select count(m_db, QStringLiteral("SELECT count(*) FROM members"), &m_error);
        if (!count.ok())
            return false;
        if (count.next())
            members.reserve(count.integer(0));
    }
    Select row(m_db, QStringLiteral("SELECT user_id, name, email, role, joined_at FROM members ORDER BY sort_key"),
               &m_error);
    if (!row.ok())
        return false;
    while (row.next()) {
        const auto role = roleFromRank(row.value(3));
        if (!role) {
            qCWarning(lcCache) << "skipping member" << row.text(0) << "with unknown role" << row.value(3);
            continue;
        }
        members.append(memberFrom(row, *role));
    }
    return true;
}

bool CacheReader::readInvitations(QVector<domain::Invitation> &invitations)
{
    Select row(m_db,
               QStringLiteral("SELECT id, email, role, invited_by_id, invited_by_name, created_at, expires_at "
                              "FROM invitations ORDER BY created_at, id"),
               &m_error);
    if (!row.ok())
        return false;
    while (row.next()) {
        const auto role = roleFromRank(row.value(2));
        if (!role)
            continue;
        invitations.append(domain::Invitation {row.text(0), row.text(1), *role,
                                               domain::PersonRef {row.text(3), row.text(4)}, row.time(5), row.time(6)});
    }
    return true;
}

bool CacheReader::readApiKeys(QVector<domain::ApiKey> &keys)
{
    Select row(m_db,
               QStringLiteral("SELECT id, name, description, enabled, prefix, created_at, created_by_id, "
                              "created_by_name, last_used_at FROM api_keys ORDER BY created_at, id"),
               &m_error);
    if (!row.ok())
        return false;
    while (row.next()) {
        domain::ApiKey key;
        key.id = row.text(0);
        key.name = row.text(1);
        key.description = row.text(2);
        key.enabled = row.integer(3) != 0;
        key.prefix = row.text(4);
        key.createdAt = row.time(5);
        key.createdBy = domain::PersonRef {row.text(6), row.text(7)};
        key.lastUsedAt = SqlValue::toOptionalTime(row.value(8));
        keys.append(key);
    }
    return true;
}

bool CacheReader::readInvoices(QVector<domain::Invoice> &invoices)
{
    // Newest first, as the API lists them.
    Select row(m_db,
               QStringLiteral("SELECT id, number, issued_at, period_start, period_end, amount, currency, status, lines "
                              "FROM invoices ORDER BY issued_at DESC, id DESC"),
               &m_error);
    if (!row.ok())
        return false;
    while (row.next()) {
        domain::Invoice invoice;
        invoice.id = row.text(0);
        invoice.number = row.text(1);
        invoice.issuedAt = row.time(2);
        invoice.periodStart = row.time(3);
        invoice.periodEnd = row.time(4);
        invoice.amount = row.integer(5);
        invoice.currency = row.text(6);
        invoice.status = row.text(7);
        const QJsonArray lines = QJsonDocument::fromJson(row.text(8).toUtf8()).array();
        for (const QJsonValue &value : lines) {
            if (const auto line = domain::InvoiceLine::fromJson(value.toObject()))
                invoice.lines.append(*line);
        }
        invoices.append(invoice);
    }
    return true;
}

bool CacheReader::readPaymentMethods(QVector<domain::PaymentMethod> &methods)
{
    Select row(
        m_db,
        QStringLiteral("SELECT id, brand, last4, exp_month, exp_year, is_default FROM payment_methods ORDER BY id"),
        &m_error);
    if (!row.ok())
        return false;
    while (row.next()) {
        methods.append(domain::PaymentMethod {row.text(0), row.text(1), row.text(2), int(row.integer(3)),
                                              int(row.integer(4)), row.integer(5) != 0});
    }
    return true;
}
