#pragma once

#include "api/ApiRequest.h"
#include "domain/Invoice.h"
#include "domain/PaymentMethod.h"
#include "domain/Subscription.h"

#include <QUrl>
#include <QVector>

// GET /orgs/{org}/billing/subscription.
class GetSubscriptionRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit GetSubscriptionRequest(const QString &orgId, QObject *parent = nullptr);
    domain::Subscription subscription() const { return m_subscription; }

protected:
    bool parse(const QByteArray &body) override;

private:
    domain::Subscription m_subscription;
};

// PATCH /orgs/{org}/billing/subscription {seats} → 200 subscription. A raise applies now;
// a decrease is scheduled (pendingSeats).
class ChangeSeatsRequest : public ApiRequest
{
    Q_OBJECT

public:
    ChangeSeatsRequest(const QString &orgId, int seats, QObject *parent = nullptr);
    domain::Subscription subscription() const { return m_subscription; }

protected:
    bool parse(const QByteArray &body) override;

private:
    domain::Subscription m_subscription;
};

// GET /orgs/{org}/billing/invoices?page=&perPage= → one page, newest first.
class ListInvoicesRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit ListInvoicesRequest(const QString &orgId, int page = 1, int perPage = 50, QObject *parent = nullptr);
    QVector<domain::Invoice> items() const { return m_items; }
    qint64 total() const { return m_total; }

protected:
    bool parse(const QByteArray &body) override;

private:
    QVector<domain::Invoice> m_items;
    qint64 m_total = 0;
};

// GET /orgs/{org}/billing/payment-methods → every card (brand and last four digits only).
class ListPaymentMethodsRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit ListPaymentMethodsRequest(const QString &orgId, QObject *parent = nullptr);
    QVector<domain::PaymentMethod> items() const { return m_items; }

protected:
    bool parse(const QByteArray &body) override;

private:
    QVector<domain::PaymentMethod> m_items;
};

// POST /orgs/{org}/billing/payment-methods/{id}/default → 204.
class SetDefaultPaymentMethodRequest : public ApiRequest
{
    Q_OBJECT

public:
    SetDefaultPaymentMethodRequest(const QString &orgId, const QString &paymentMethodId, QObject *parent = nullptr);
};

// DELETE /orgs/{org}/billing/payment-methods/{id} → 204.
class RemovePaymentMethodRequest : public ApiRequest
{
    Q_OBJECT

public:
    RemovePaymentMethodRequest(const QString &orgId, const QString &paymentMethodId, QObject *parent = nullptr);
};

// GET /orgs/{org}/billing/portal → {url}: where new cards are added (open it in a browser).
class BillingPortalRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit BillingPortalRequest(const QString &orgId, QObject *parent = nullptr);
    QUrl url() const { return m_url; }

protected:
    bool parse(const QByteArray &body) override;

private:
    QUrl m_url;
};
