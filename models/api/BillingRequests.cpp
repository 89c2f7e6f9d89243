#include "api/BillingRequests.h"

#include "domain/JsonCodec.h"

namespace {

QString billingPath(const QString &orgId, const QString &rest)
{
    return QStringLiteral("/orgs/") + ApiRequest::encodeSegment(orgId) + QStringLiteral("/billing/") + rest;
}

QString paymentMethodPath(const QString &orgId, const QString &paymentMethodId)
{
    return billingPath(orgId, QStringLiteral("payment-methods/")) + ApiRequest::encodeSegment(paymentMethodId);
}

bool readSubscription(const std::optional<QJsonObject> &object, domain::Subscription &out)
{
    const auto subscription = object ? domain::Subscription::fromJson(*object) : std::nullopt;
    if (!subscription)
        return false;
    out = *subscription;
    return true;
}

} // namespace

GetSubscriptionRequest::GetSubscriptionRequest(const QString &orgId, QObject *parent)
    : ApiRequest("GET", billingPath(orgId, QStringLiteral("subscription")), parent)
{ }

bool GetSubscriptionRequest::parse(const QByteArray &body)
{
    return readSubscription(jsonObject(body), m_subscription);
}

ChangeSeatsRequest::ChangeSeatsRequest(const QString &orgId, int seats, QObject *parent)
    : ApiRequest("PATCH", billingPath(orgId, QStringLiteral("subscription")), parent)
{
    setJsonBody({{QStringLiteral("seats"), seats}});
}

bool ChangeSeatsRequest::parse(const QByteArray &body)
{
    return readSubscription(jsonObject(body), m_subscription);
}

ListInvoicesRequest::ListInvoicesRequest(const QString &orgId, int page, int perPage, QObject *parent)
    : ApiRequest("GET", billingPath(orgId, QStringLiteral("invoices")), parent)
{
    setQueryItems(
        {{QStringLiteral("page"), QString::number(page)}, {QStringLiteral("perPage"), QString::number(perPage)}});
}

bool ListInvoicesRequest::parse(const QByteArray &body)
{
    return readPage(body, m_items, m_total);
}

ListPaymentMethodsRequest::ListPaymentMethodsRequest(const QString &orgId, QObject *parent)
    : ApiRequest("GET", billingPath(orgId, QStringLiteral("payment-methods")), parent)
{ }

bool ListPaymentMethodsRequest::parse(const QByteArray &body)
{
    const auto array = jsonArray(body);
    return array && readList(*array, m_items);
}

SetDefaultPaymentMethodRequest::SetDefaultPaymentMethodRequest(const QString &orgId, const QString &paymentMethodId,
                                                               QObject *parent)
    : ApiRequest("POST", paymentMethodPath(orgId, paymentMethodId) + QStringLiteral("/default"), parent)
{
    // Making a card the default twice is the same as once: safe to resend.
    setRetryable(true);
}

RemovePaymentMethodRequest::RemovePaymentMethodRequest(const QString &orgId, const QString &paymentMethodId,
                                                       QObject *parent)
    : ApiRequest("DELETE", paymentMethodPath(orgId, paymentMethodId), parent)
{ }

BillingPortalRequest::BillingPortalRequest(const QString &orgId, QObject *parent)
    : ApiRequest("GET", billingPath(orgId, QStringLiteral("portal")), parent)
{ }

bool BillingPortalRequest::parse(const QByteArray &body)
{
    const auto object = jsonObject(body);
    const auto url = object ? domain::JsonCodec::readString(*object, QLatin1String("url")) : std::nullopt;
    if (!url)
        return false;
    m_url = QUrl(*url, QUrl::StrictMode);
    return m_url.isValid() && (m_url.scheme() == QLatin1String("https") || m_url.scheme() == QLatin1String("http"));
}
