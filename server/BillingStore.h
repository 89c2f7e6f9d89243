#pragma once

#include "domain/Invoice.h"
#include "domain/PaymentMethod.h"
#include "domain/Subscription.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Database;

struct InvoicePage
{
    QList<domain::Invoice> items;
    qint64 total = 0;
};

// Subscription, seats, invoices and payment methods. The billing provider is simulated:
// cards arrive through its portal (the seed adds them), invoices are issued here.
class BillingStore
{
public:
    explicit BillingStore(Database &db)
        : m_db(db)
    { }

    std::optional<domain::Subscription> subscription(const QString &orgId);
    domain::Subscription changeSeats(const QString &orgId, int seats);
    InvoicePage invoices(const QString &orgId, int page, int perPage);
    QList<domain::PaymentMethod> paymentMethods(const QString &orgId);
    void setDefaultPaymentMethod(const QString &orgId, const QString &id);
    void removePaymentMethod(const QString &orgId, const QString &id);
    // Starts the next period of every subscription whose period has ended: a scheduled
    // decrease takes effect, and a paid plan gets the new period's invoice (paid when a
    // default card is on file, else open). Returns how many subscriptions were renewed.
    int renewDue(qint64 now);

    // Inside the caller's write transaction.
    void insertFreeSubscription(const QString &orgId, qint64 now);
    void insertSubscription(const QString &orgId, const domain::Subscription &subscription);
    QString insertInvoice(const QString &orgId, const domain::Invoice &invoice);
    QString insertPaymentMethod(const QString &orgId, const domain::PaymentMethod &card, qint64 createdAt);

    // Feed data, by entity id.
    QHash<QString, QJsonObject> subscriptionChangedBetween(const QString &orgId, qint64 from, qint64 to);
    QHash<QString, QJsonObject> invoicesChangedBetween(const QString &orgId, qint64 from, qint64 to);
    QHash<QString, QJsonObject> paymentMethodsChangedBetween(const QString &orgId, qint64 from, qint64 to);

private:
    QList<domain::Invoice> readInvoices(const QString &sqlTail, const QVariantList &bindings);
    Database &m_db;
};
