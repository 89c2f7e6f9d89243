#include "BillingStore.h"

#include "ApiError.h"
#include "ChangeLog.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"

#include <QSqlQuery>

#include <cmath>

using domain::ChangeEntity;
using domain::ProblemCode;

namespace {
const QString kSubscriptionColumns = QStringLiteral(
    "plan, status, seats, pending_seats, price_per_seat, currency, billing_interval, period_start, period_end");
const QString kCardColumns = QStringLiteral("id, brand, last4, exp_month, exp_year, is_default");
const QString kInvoiceColumns
    = QStringLiteral("i.id, i.number, i.issued_at, i.period_start, i.period_end, i.amount, i.currency, i.status");

domain::Subscription readSubscription(const QSqlQuery &q, int o = 0)
{
    domain::Subscription s;
    s.plan = q.value(o).toString();
    s.status = q.value(o + 1).toString();
    s.seats = q.value(o + 2).toInt();
    if (!q.value(o + 3).isNull())
        s.pendingSeats = q.value(o + 3).toInt();
    s.pricePerSeat = q.value(o + 4).toLongLong();
    s.currency = q.value(o + 5).toString();
    s.interval = q.value(o + 6).toString();
    s.currentPeriodStart = Clock::toDateTime(q.value(o + 7).toLongLong());
    s.currentPeriodEnd = Clock::toDateTime(q.value(o + 8).toLongLong());
    return s;
}

domain::PaymentMethod readCard(const QSqlQuery &q)
{
    return domain::PaymentMethod {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toInt(),    q.value(4).toInt(),    q.value(5).toInt() != 0};
}

} // namespace

std::optional<domain::Subscription> BillingStore::subscription(const QString &orgId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + kSubscriptionColumns
                                + QStringLiteral(" FROM subscriptions WHERE org_id = ?"),
                            {orgId});
    if (!q.next())
        return std::nullopt;
    return readSubscription(q);
}

domain::Subscription BillingStore::changeSeats(const QString &orgId, int seats)
{
    WriteTransaction tx(m_db, orgId);
    auto current = subscription(orgId);
    if (!current)
        throw ApiError(ProblemCode::NotFound, QStringLiteral("This organization has no subscription."));
    ChangeLog log(m_db);
    const qint64 now = Clock::now();
    if (seats > current->seats) {
        // An increase applies now; the rest of the period is billed pro rata.
        const qint64 start = current->currentPeriodStart.toSecsSinceEpoch();
        const qint64 added = seats - current->seats;
        const qint64 amount = current->proratedIncrease(seats, now);
        m_db.exec(QStringLiteral("UPDATE subscriptions SET seats = ?, pending_seats = NULL WHERE org_id = ?"),
                  {seats, orgId});
        log.upsert(orgId, ChangeEntity::Subscription, orgId);
        if (amount > 0) {
            domain::Invoice invoice;
            invoice.issuedAt = Clock::toDateTime(now);
            invoice.periodStart = Clock::toDateTime(std::max(now, start));
            invoice.periodEnd = current->currentPeriodEnd;
            invoice.amount = amount;
            invoice.currency = current->currency;
            invoice.status = QStringLiteral("open");
            invoice.lines.append(
                {(added == 1 ? QStringLiteral("1 additional seat, prorated for the rest of the period")
                             : QStringLiteral("%1 additional seats, prorated for the rest of the period").arg(added)),
                 added, std::llround(double(amount) / double(added)), amount});
            insertInvoice(orgId, invoice);
        }
    } else if (seats < current->seats) {
        // A decrease waits for the next period: the seats are paid for until then.
        if (current->pendingSeats != seats) {
            m_db.exec(QStringLiteral("UPDATE subscriptions SET pending_seats = ? WHERE org_id = ?"), {seats, orgId});
            log.upsert(orgId, ChangeEntity::Subscription, orgId);
        }
    } else if (current->pendingSeats) {
        m_db.exec(QStringLiteral("UPDATE subscriptions SET pending_seats = NULL WHERE org_id = ?"), {orgId});
        log.upsert(orgId, ChangeEntity::Subscription, orgId);
    }
    tx.commit();
    return *subscription(orgId);
}

QList<domain::Invoice> BillingStore::readInvoices(const QString &sqlTail, const QVariantList &bindings)
{
    QList<domain::Invoice> invoices;
    QHash<QString, int> index;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + kInvoiceColumns + sqlTail, bindings);
    while (q.next()) {
        domain::Invoice invoice;
        invoice.id = q.value(0).toString();
        invoice.number = q.value(1).toString();
        invoice.issuedAt = Clock::toDateTime(q.value(2).toLongLong());
        invoice.periodStart = Clock::toDateTime(q.value(3).toLongLong());
        invoice.periodEnd = Clock::toDateTime(q.value(4).toLongLong());
        invoice.amount = q.value(5).toLongLong();
        invoice.currency = q.value(6).toString();
        invoice.status = q.value(7).toString();
        index.insert(invoice.id, int(invoices.size()));
        invoices.append(invoice);
    }
    if (invoices.isEmpty())
        return invoices;
    QStringList marks;
    QVariantList ids;
    for (const domain::Invoice &invoice : invoices) {
        marks << QStringLiteral("?");
        ids << invoice.id;
    }
    QSqlQuery lines = m_db.exec(QStringLiteral("SELECT invoice_id, description, quantity, unit_amount, amount"
                                               " FROM invoice_lines WHERE invoice_id IN (")
                                    + marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY invoice_id, position"),
                                ids);
    while (lines.next()) {
        invoices[index.value(lines.value(0).toString())].lines.append(
            {lines.value(1).toString(), lines.value(2).toLongLong(), lines.value(3).toLongLong(),
             lines.value(4).toLongLong()});
    }
    return invoices;
}

InvoicePage BillingStore::invoices(const QString &orgId, int page, int perPage)
{
    InvoicePage result;
    QSqlQuery count = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE org_id = ?"), {orgId});
    count.next();
    result.total = count.value(0).toLongLong();
    result.items = readInvoices(QStringLiteral(" FROM invoices i WHERE i.org_id = ?"
                                               " ORDER BY i.issued_at DESC, i.seq DESC LIMIT ? OFFSET ?"),
                                {orgId, perPage, qint64(page - 1) * perPage});
    return result;
}

QList<domain::PaymentMethod> BillingStore::paymentMethods(const QString &orgId)
{
    QList<domain::PaymentMethod> cards;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + kCardColumns
                                + QStringLiteral(" FROM payment_methods WHERE org_id = ? ORDER BY seq"),
                            {orgId});
    while (q.next())
        cards.append(readCard(q));
    return cards;
}

void BillingStore::setDefaultPaymentMethod(const QString &orgId, const QString &id)
{
    WriteTransaction tx(m_db, orgId);
    const QList<domain::PaymentMethod> cards = paymentMethods(orgId);
    auto target = std::find_if(cards.begin(), cards.end(), [&](const auto &card) { return card.id == id; });
    if (target == cards.end())
        throw ApiError::notFound(ApiError::Missing::PaymentMethod);
    ChangeLog log(m_db);
    for (const domain::PaymentMethod &card : cards) {
        const bool shouldBeDefault = card.id == id;
        if (card.isDefault != shouldBeDefault) {
            m_db.exec(QStringLiteral("UPDATE payment_methods SET is_default = ? WHERE id = ?"),
                      {shouldBeDefault ? 1 : 0, card.id});
            log.upsert(orgId, ChangeEntity::PaymentMethod, card.id);
        }
    }
    tx.commit();
}

void BillingStore::removePaymentMethod(const QString &orgId, const QString &id)
{
    WriteTransaction tx(m_db, orgId);
    const QList<domain::PaymentMethod> cards = paymentMethods(orgId);
    auto target = std::find_if(cards.begin(), cards.end(), [&](const auto &card) { return card.id == id; });
    if (target == cards.end())
        throw ApiError::notFound(ApiError::Missing::PaymentMethod);
    const auto sub = subscription(orgId);
    const bool paid = sub && sub->status == QLatin1String("active") && sub->pricePerSeat > 0;
    if (cards.size() == 1 && paid)
        throw ApiError(ProblemCode::PaymentMethodRequired,
                       QStringLiteral("This is the only card of an active paid subscription. Add another payment "
                                      "method before removing it."));
    ChangeLog log(m_db);
    m_db.exec(QStringLiteral("DELETE FROM payment_methods WHERE id = ?"), {id});
    log.remove(orgId, ChangeEntity::PaymentMethod, id);
    if (target->isDefault) {
        // The newest remaining card becomes the default.
        QSqlQuery newest = m_db.exec(QStringLiteral("SELECT id FROM payment_methods WHERE org_id = ?"
                                                    " ORDER BY created_at DESC, seq DESC LIMIT 1"),
                                     {orgId});
        if (newest.next()) {
            const QString newDefault = newest.value(0).toString();
            newest.finish();
            m_db.exec(QStringLiteral("UPDATE payment_methods SET is_default = 1 WHERE id = ?"), {newDefault});
            log.upsert(orgId, ChangeEntity::PaymentMethod, newDefault);
        }
    }
    tx.commit();
}

int BillingStore::renewDue(qint64 now)
{
    QStringList due;
    {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT org_id FROM subscriptions WHERE period_end <= ?"), {now});
        while (q.next())
            due << q.value(0).toString();
    }
    int renewed = 0;
    for (const QString &orgId : due) {
        WriteTransaction tx(m_db, orgId);
        auto current = subscription(orgId); // again, under the lock: another instance may have renewed it
        if (!current || current->currentPeriodEnd.toSecsSinceEpoch() > now)
            continue;
        const QList<domain::PaymentMethod> cards = paymentMethods(orgId);
        const bool hasDefaultCard
            = std::any_of(cards.cbegin(), cards.cend(), [](const auto &card) { return card.isDefault; });
        domain::Subscription next = *current;
        if (next.pendingSeats)
            next.seats = *next.pendingSeats;
        next.pendingSeats.reset();
        while (next.currentPeriodEnd.toSecsSinceEpoch() <= now) {
            next.currentPeriodStart = next.currentPeriodEnd;
            next.currentPeriodEnd = next.interval == QLatin1String("year") ? next.currentPeriodStart.addYears(1)
                                                                           : next.currentPeriodStart.addMonths(1);
            if (next.pricePerSeat > 0) {
                domain::Invoice invoice;
                invoice.issuedAt = next.currentPeriodStart;
                invoice.periodStart = next.currentPeriodStart;
                invoice.periodEnd = next.currentPeriodEnd;
                invoice.amount = next.seats * next.pricePerSeat;
                invoice.currency = next.currency;
                invoice.status = hasDefaultCard ? QStringLiteral("paid") : QStringLiteral("open");
                invoice.lines.append({QStringLiteral("%1 plan, %2 seats").arg(next.plan).arg(next.seats), next.seats,
                                      next.pricePerSeat, invoice.amount});
                insertInvoice(orgId, invoice);
            }
        }
        m_db.exec(
            QStringLiteral("UPDATE subscriptions SET seats = ?, pending_seats = NULL, period_start = ?,"
                           " period_end = ? WHERE org_id = ?"),
            {next.seats, next.currentPeriodStart.toSecsSinceEpoch(), next.currentPeriodEnd.toSecsSinceEpoch(), orgId});
        ChangeLog(m_db).upsert(orgId, ChangeEntity::Subscription, orgId);
        tx.commit();
        ++renewed;
    }
    return renewed;
}

void BillingStore::insertFreeSubscription(const QString &orgId, qint64 now)
{
    domain::Subscription s;
    s.plan = QStringLiteral("free");
    s.status = QStringLiteral("active");
    s.seats = 1;
    s.pricePerSeat = 0;
    const QDateTime start = Clock::toDateTime(now);
    s.currentPeriodStart = start;
    s.currentPeriodEnd = start.addMonths(1);
    insertSubscription(orgId, s);
}

void BillingStore::insertSubscription(const QString &orgId, const domain::Subscription &s)
{
    m_db.exec(QStringLiteral("INSERT INTO subscriptions (org_id, ") + kSubscriptionColumns
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {orgId, s.plan, s.status, s.seats,
               s.pendingSeats ? QVariant(*s.pendingSeats) : QVariant(QMetaType::fromType<int>()), s.pricePerSeat,
               s.currency, s.interval, s.currentPeriodStart.toSecsSinceEpoch(), s.currentPeriodEnd.toSecsSinceEpoch()});
    ChangeLog(m_db).upsert(orgId, ChangeEntity::Subscription, orgId);
}

QString BillingStore::insertInvoice(const QString &orgId, const domain::Invoice &invoice)
{
    QSqlQuery seqQuery = m_db.exec(QStringLiteral("UPDATE orgs SET invoice_seq = invoice_seq + 1 WHERE id = ?"
                                                  " RETURNING invoice_seq"),
                                   {orgId});
    seqQuery.next();
    const qint64 seq = seqQuery.value(0).toLongLong();
    seqQuery.finish();
    const QString id = Crypto::newId("in_");
    const QString number = invoice.number.isEmpty()
        ? QStringLiteral("INV-%1-%2").arg(orgId.right(4).toUpper()).arg(seq, 5, 10, QLatin1Char('0'))
        : invoice.number;
    m_db.exec(QStringLiteral("INSERT INTO invoices (id, org_id, number, issued_at, period_start, period_end, amount,"
                             " currency, status, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {id, orgId, number, invoice.issuedAt.toSecsSinceEpoch(), invoice.periodStart.toSecsSinceEpoch(),
               invoice.periodEnd.toSecsSinceEpoch(), invoice.amount, invoice.currency, invoice.status, seq});
    int position = 0;
    for (const domain::InvoiceLine &line : invoice.lines) {
        m_db.exec(QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_amount,"
                                 " amount) VALUES (?, ?, ?, ?, ?, ?)"),
                  {id, position++, line.description, line.quantity, line.unitAmount, line.amount});
    }
    ChangeLog(m_db).upsert(orgId, ChangeEntity::Invoice, id);
    return id;
}

QString BillingStore::insertPaymentMethod(const QString &orgId, const domain::PaymentMethod &card, qint64 createdAt)
{
    QSqlQuery seqQuery
        = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM payment_methods WHERE org_id = ?"), {orgId});
    seqQuery.next();
    const qint64 seq = seqQuery.value(0).toLongLong();
    seqQuery.finish();
    const QString id = Crypto::newId("pm_");
    m_db.exec(QStringLiteral("INSERT INTO payment_methods (id, org_id, brand, last4, exp_month, exp_year, is_default,"
                             " created_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {id, orgId, card.brand, card.last4, card.expMonth, card.expYear, card.isDefault ? 1 : 0, createdAt, seq});
    ChangeLog(m_db).upsert(orgId, ChangeEntity::PaymentMethod, id);
    return id;
}

QHash<QString, QJsonObject> BillingStore::subscriptionChangedBetween(const QString &orgId, qint64 from, qint64 to)
{
    QHash<QString, QJsonObject> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT s.plan, s.status, s.seats, s.pending_seats, s.price_per_seat,"
                                           " s.currency, s.billing_interval, s.period_start, s.period_end"
                                           " FROM changes c JOIN subscriptions s ON s.org_id = c.org_id"
                                           " WHERE c.org_id = ? AND c.entity = 'subscription'"
                                           " AND c.version > ? AND c.version <= ?"),
                            {orgId, from, to});
    if (q.next())
        result.insert(orgId, readSubscription(q).toJson());
    return result;
}

QHash<QString, QJsonObject> BillingStore::invoicesChangedBetween(const QString &orgId, qint64 from, qint64 to)
{
    QHash<QString, QJsonObject> result;
    const QList<domain::Invoice> invoices = readInvoices(
        QStringLiteral(" FROM changes c JOIN invoices i ON i.id = c.entity_id"
                       " WHERE c.org_id = ? AND c.entity = 'invoice' AND c.version > ? AND c.version <= ?"),
        {orgId, from, to});
    for (const domain::Invoice &invoice : invoices)
        result.insert(invoice.id, invoice.toJson());
    return result;
}

QHash<QString, QJsonObject> BillingStore::paymentMethodsChangedBetween(const QString &orgId, qint64 from, qint64 to)
{
    QHash<QString, QJsonObject> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT p.id, p.brand, p.last4, p.exp_month, p.exp_year, p.is_default"
                                           " FROM changes c JOIN payment_methods p ON p.id = c.entity_id"
                                           " WHERE c.org_id = ? AND c.entity = 'paymentMethod'"
                                           " AND c.version > ? AND c.version <= ?"),
                            {orgId, from, to});
    while (q.next()) {
        const domain::PaymentMethod card = readCard(q);
        result.insert(card.id, card.toJson());
    }
    return result;
}
