#include "BillingRoutes.h"

#include "ApiContext.h"
#include "ApiError.h"
#include "RequestReader.h"
#include "Router.h"
#include "Store.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

using domain::Action;
using domain::ProblemCode;

namespace {
HttpResponse getSubscription(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::ViewBilling);
    const auto subscription = ctx.store().billing().subscription(access.orgId);
    if (!subscription)
        throw ApiError(ProblemCode::NotFound, QStringLiteral("This organization has no subscription."));
    return HttpResponse::json(200, subscription->toJson());
}

HttpResponse changeSeats(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::ChangeSeats);
    const QJsonObject body = RequestReader::jsonObject(r);
    const auto seats = RequestReader::integer(body, "seats");
    if (!seats)
        throw ApiError::validation(QStringLiteral("seats"), QStringLiteral("The number of seats is required."));
    if (*seats < domain::Subscription::kMinSeats || *seats > domain::Subscription::kMaxSeats)
        throw ApiError::validation(QStringLiteral("seats"),
                                   QStringLiteral("Seats must be from %1 to %2; %3 is out of range.")
                                       .arg(domain::Subscription::kMinSeats)
                                       .arg(domain::Subscription::kMaxSeats)
                                       .arg(*seats));
    return HttpResponse::json(200, ctx.store().billing().changeSeats(access.orgId, int(*seats)).toJson());
}

HttpResponse listInvoices(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::ViewBilling);
    const int page = RequestReader::queryInt(r, "page", 1, 1, 100000000);
    const int perPage = RequestReader::queryInt(r, "perPage", 50, 1, 500);
    const InvoicePage invoices = ctx.store().billing().invoices(access.orgId, page, perPage);
    QJsonArray items;
    for (const domain::Invoice &invoice : invoices.items)
        items.append(invoice.toJson());
    return HttpResponse::json(200,
                              QJsonObject {{QStringLiteral("items"), items},
                                           {QStringLiteral("page"), page},
                                           {QStringLiteral("perPage"), perPage},
                                           {QStringLiteral("total"), invoices.total}});
}

HttpResponse listCards(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::ViewBilling);
    QJsonArray items;
    for (const domain::PaymentMethod &card : ctx.store().billing().paymentMethods(access.orgId))
        items.append(card.toJson());
    return HttpResponse::json(200, items);
}

ApiContext::OrgAccess cardAccess(ApiContext &ctx, HttpRequest &r, Action action)
{
    const auto access = ctx.access(r, r.params.at(0));
    const auto cards = ctx.store().billing().paymentMethods(access.orgId);
    if (std::none_of(cards.begin(), cards.end(), [&](const auto &card) { return card.id == r.params.at(1); }))
        throw ApiError::notFound(ApiError::Missing::PaymentMethod);
    ApiContext::require(access, action);
    return access;
}

HttpResponse setDefault(ApiContext &ctx, HttpRequest &r)
{
    const auto access = cardAccess(ctx, r, Action::SetDefaultPaymentMethod);
    ctx.store().billing().setDefaultPaymentMethod(access.orgId, r.params.at(1));
    return HttpResponse::noContent();
}

HttpResponse removeCard(ApiContext &ctx, HttpRequest &r)
{
    const auto access = cardAccess(ctx, r, Action::RemovePaymentMethod);
    ctx.store().billing().removePaymentMethod(access.orgId, r.params.at(1));
    return HttpResponse::noContent();
}

HttpResponse portal(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::OpenBillingPortal);
    QUrl url(ctx.publicUrl() + QStringLiteral("/billing-portal"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("org"), access.orgId);
    url.setQuery(query);
    return HttpResponse::json(200, QJsonObject {{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}});
}
} // namespace

void BillingRoutes::install(Router &router, ApiContext &ctx)
{
    const QString base = QStringLiteral("/api/v1/orgs/([^/]+)/billing");
    router.add("GET", base + QStringLiteral("/subscription"),
               [&ctx](HttpRequest &r) { return getSubscription(ctx, r); });
    router.add("PATCH", base + QStringLiteral("/subscription"), [&ctx](HttpRequest &r) { return changeSeats(ctx, r); });
    router.add("GET", base + QStringLiteral("/invoices"), [&ctx](HttpRequest &r) { return listInvoices(ctx, r); });
    router.add("GET", base + QStringLiteral("/payment-methods"), [&ctx](HttpRequest &r) { return listCards(ctx, r); });
    router.add("POST", base + QStringLiteral("/payment-methods/([^/]+)/default"),
               [&ctx](HttpRequest &r) { return setDefault(ctx, r); });
    router.add("DELETE", base + QStringLiteral("/payment-methods/([^/]+)"),
               [&ctx](HttpRequest &r) { return removeCard(ctx, r); });
    router.add("GET", base + QStringLiteral("/portal"), [&ctx](HttpRequest &r) { return portal(ctx, r); });
}
