#include "MemberRoutes.h"

#include "ApiContext.h"
#include "ApiError.h"
#include "RequestReader.h"
#include "Router.h"
#include "Store.h"

#include <QJsonArray>

using domain::Action;
using domain::ProblemCode;

namespace {
HttpResponse listMembers(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::ViewMembers);
    MemberQuery query;
    query.page = RequestReader::queryInt(r, "page", 1, 1, 100000000);
    query.perPage = RequestReader::queryInt(r, "perPage", 50, 1, 500);
    query.search = r.queryValue(QStringLiteral("q")).trimmed();
    if (query.search.size() > 200)
        throw ApiError(ProblemCode::BadRequest, QStringLiteral("The search text can be at most 200 characters."));
    const QString sort
        = r.hasQueryItem(QStringLiteral("sort")) ? r.queryValue(QStringLiteral("sort")) : QStringLiteral("name");
    if (sort == QLatin1String("name"))
        query.sort = MemberQuery::Sort::Name;
    else if (sort == QLatin1String("email"))
        query.sort = MemberQuery::Sort::Email;
    else if (sort == QLatin1String("joinedAt"))
        query.sort = MemberQuery::Sort::JoinedAt;
    else if (sort == QLatin1String("role"))
        query.sort = MemberQuery::Sort::Role;
    else
        throw ApiError(
            ProblemCode::BadRequest,
            QStringLiteral("sort must be one of name, email, joinedAt or role, not \"%1\".").arg(sort.left(40)));
    const QString order
        = r.hasQueryItem(QStringLiteral("order")) ? r.queryValue(QStringLiteral("order")) : QStringLiteral("asc");
    if (order != QLatin1String("asc") && order != QLatin1String("desc"))
        throw ApiError(ProblemCode::BadRequest,
                       QStringLiteral("order must be asc or desc, not \"%1\".").arg(order.left(40)));
    query.descending = order == QLatin1String("desc");

    const MemberPage page = ctx.store().members().page(access.orgId, query);
    QJsonArray items;
    for (const domain::Member &member : page.items)
        items.append(member.toJson());
    return HttpResponse::json(200,
                              QJsonObject {{QStringLiteral("items"), items},
                                           {QStringLiteral("page"), query.page},
                                           {QStringLiteral("perPage"), query.perPage},
                                           {QStringLiteral("total"), page.total}});
}

ApiContext::OrgAccess memberAccess(ApiContext &ctx, HttpRequest &r, Action action)
{
    const auto access = ctx.access(r, r.params.at(0));
    if (!ctx.store().members().member(access.orgId, r.params.at(1)))
        throw ApiError::notFound(ApiError::Missing::Member);
    ApiContext::require(access, action);
    return access;
}

HttpResponse changeRole(ApiContext &ctx, HttpRequest &r)
{
    const auto access = memberAccess(ctx, r, Action::ChangeMemberRole);
    const QJsonObject body = RequestReader::jsonObject(r);
    const domain::Role role = RequestReader::requireRole(RequestReader::string(body, "role"), "role");
    return HttpResponse::json(200, ctx.store().members().changeRole(access.orgId, r.params.at(1), role).toJson());
}

HttpResponse removeMember(ApiContext &ctx, HttpRequest &r)
{
    const auto access = memberAccess(ctx, r, Action::RemoveMember);
    ctx.store().members().remove(access.orgId, r.params.at(1));
    return HttpResponse::noContent();
}
} // namespace

void MemberRoutes::install(Router &router, ApiContext &ctx)
{
    const QString members = QStringLiteral("/api/v1/orgs/([^/]+)/members");
    router.add("GET", members, [&ctx](HttpRequest &r) { return listMembers(ctx, r); });
    router.add("PATCH", members + QStringLiteral("/([^/]+)"), [&ctx](HttpRequest &r) { return changeRole(ctx, r); });
    router.add("DELETE", members + QStringLiteral("/([^/]+)"), [&ctx](HttpRequest &r) { return removeMember(ctx, r); });
}
