#include "ApiKeyRoutes.h"

#include "ApiContext.h"
#include "ApiError.h"
#include "Crypto.h"
#include "RequestReader.h"
#include "Router.h"
#include "Store.h"

#include <QJsonArray>

using domain::Action;
using domain::ProblemCode;

namespace {
const QString kNameLabel = QStringLiteral("The key's name");
const QString kDescriptionLabel = QStringLiteral("The description");

HttpResponse listKeys(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::ViewApiKeys);
    QJsonArray items;
    for (const domain::ApiKey &key : ctx.store().apiKeys().list(access.orgId))
        items.append(key.toJson());
    return HttpResponse::json(200, items);
}

HttpResponse generate(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::GenerateApiKey);
    const QJsonObject body = RequestReader::jsonObject(r);
    const auto nameValue = RequestReader::string(body, "name");
    const auto descriptionValue = RequestReader::string(body, "description");
    const QString name = RequestReader::requireText(nameValue, "name", 100, kNameLabel);
    const QString description = RequestReader::optionalText(descriptionValue, "description", 500, kDescriptionLabel);
    const QString secret = Crypto::newSecret("odk_");
    const domain::ApiKey key
        = ctx.store().apiKeys().create(access.orgId, name, description, {access.user.id, access.user.name}, secret);
    QJsonObject json = key.toJson();
    json.insert(QStringLiteral("secret"), secret);
    return HttpResponse::json(201, json);
}

ApiContext::OrgAccess keyAccess(ApiContext &ctx, HttpRequest &r, Action action)
{
    const auto access = ctx.access(r, r.params.at(0));
    if (!ctx.store().apiKeys().key(access.orgId, r.params.at(1)))
        throw ApiError::notFound(ApiError::Missing::ApiKey);
    ApiContext::require(access, action);
    return access;
}

HttpResponse edit(ApiContext &ctx, HttpRequest &r)
{
    const auto access = keyAccess(ctx, r, Action::EditApiKey);
    const QJsonObject body = RequestReader::jsonObject(r);
    const auto nameValue = RequestReader::string(body, "name");
    const auto descriptionValue = RequestReader::string(body, "description");
    const auto enabled = RequestReader::boolean(body, "enabled");
    ApiKeyUpdate update;
    if (nameValue)
        update.name = RequestReader::requireText(nameValue, "name", 100, kNameLabel);
    if (descriptionValue)
        update.description = RequestReader::optionalText(descriptionValue, "description", 500, kDescriptionLabel);
    update.enabled = enabled;
    return HttpResponse::json(200, ctx.store().apiKeys().update(access.orgId, r.params.at(1), update).toJson());
}

HttpResponse removeKey(ApiContext &ctx, HttpRequest &r)
{
    const auto access = keyAccess(ctx, r, Action::DeleteApiKey);
    ctx.store().apiKeys().remove(access.orgId, r.params.at(1));
    return HttpResponse::noContent();
}
} // namespace

void ApiKeyRoutes::install(Router &router, ApiContext &ctx)
{
    const QString base = QStringLiteral("/api/v1/orgs/([^/]+)/api-keys");
    router.add("GET", base, [&ctx](HttpRequest &r) { return listKeys(ctx, r); });
    router.add("POST", base, [&ctx](HttpRequest &r) { return generate(ctx, r); });
    router.add("PATCH", base + QStringLiteral("/([^/]+)"), [&ctx](HttpRequest &r) { return edit(ctx, r); });
    router.add("DELETE", base + QStringLiteral("/([^/]+)"), [&ctx](HttpRequest &r) { return removeKey(ctx, r); });
}
