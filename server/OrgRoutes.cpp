#include "OrgRoutes.h"

#include "ApiContext.h"
#include "ApiError.h"
#include "RequestReader.h"
#include "Router.h"
#include "Store.h"

#include <QBuffer>
#include <QImageReader>

using domain::Action;
using domain::ProblemCode;

namespace {
constexpr qint64 kMaxLogoBytes = 1024 * 1024;
constexpr int kMaxLogoSide = 1024;

QByteArray quoted(const QString &tag)
{
    return '"' + tag.toLatin1() + '"';
}

bool matchesEtag(const HttpRequest &request, const QByteArray &etag)
{
    const QByteArray header = request.header("If-None-Match");
    if (header.isEmpty())
        return false;
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag || candidate == "*")
            return true;
    }
    return false;
}

HttpResponse orgResponse(const HttpRequest &request, const domain::OrgProfile &org)
{
    const QByteArray etag = quoted(QString::number(org.version));
    if (request.method == "GET" && matchesEtag(request, etag))
        return HttpResponse {304, {}, {}, {{"ETag", etag}}};
    return HttpResponse::json(200, org.toJson()).withHeader("ETag", etag);
}

HttpResponse getOrg(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::ViewOrg);
    return orgResponse(r, *ctx.store().orgs().org(access.orgId));
}

HttpResponse renameOrg(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::EditOrg);
    const QJsonObject body = RequestReader::jsonObject(r);
    const QString name = RequestReader::requireText(RequestReader::string(body, "name"), "name", 100,
                                                    QStringLiteral("The organization's name"));
    return orgResponse(r, ctx.store().orgs().rename(access.orgId, name));
}

HttpResponse getLogo(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::ViewOrg);
    const auto logo = ctx.store().orgs().logo(access.orgId);
    if (!logo)
        throw ApiError(ProblemCode::NotFound, QStringLiteral("This organization has no logo."));
    const QByteArray etag = quoted(logo->etag);
    if (matchesEtag(r, etag))
        return HttpResponse {304, {}, {}, {{"ETag", etag}, {"Cache-Control", "private, no-cache"}}};
    return HttpResponse {
        200, logo->contentType.toLatin1(), logo->bytes, {{"ETag", etag}, {"Cache-Control", "private, no-cache"}}};
}

HttpResponse putLogo(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::EditOrg);
    if (r.body.size() > kMaxLogoBytes)
        throw ApiError(ProblemCode::PayloadTooLarge,
                       QStringLiteral("The logo is %1 KiB; the most it may be is 1 MiB (1024 KiB).")
                           .arg((r.body.size() + 1023) / 1024));
    // Judged by its bytes, never by the Content-Type the client claims.
    QBuffer buffer(&r.body);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    QString contentType;
    if (format == "png")
        contentType = QStringLiteral("image/png");
    else if (format == "jpeg" || format == "jpg")
        contentType = QStringLiteral("image/jpeg");
    else
        throw ApiError(ProblemCode::UnsupportedMediaType,
                       QStringLiteral("A logo must be a PNG or JPEG image; this file is not one."));
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxLogoSide || size.height() > kMaxLogoSide))
        throw ApiError::validation(QStringLiteral("logo"),
                                   QStringLiteral("The logo is %1×%2 pixels; it may be at most 1024×1024.")
                                       .arg(size.width())
                                       .arg(size.height()));
    const QImage image = reader.read();
    if (image.isNull())
        throw ApiError::validation(QStringLiteral("logo"),
                                   QStringLiteral("The image could not be read (%1). Save it again as PNG or JPEG.")
                                       .arg(reader.errorString()));
    if (image.width() > kMaxLogoSide || image.height() > kMaxLogoSide)
        throw ApiError::validation(QStringLiteral("logo"),
                                   QStringLiteral("The logo is %1×%2 pixels; it may be at most 1024×1024.")
                                       .arg(image.width())
                                       .arg(image.height()));
    ctx.store().orgs().setLogo(access.orgId, r.body, contentType);
    return HttpResponse::noContent();
}

HttpResponse deleteLogo(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::EditOrg);
    ctx.store().orgs().clearLogo(access.orgId);
    return HttpResponse::noContent();
}

HttpResponse leave(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::LeaveOrg);
    ctx.store().orgs().leave(access.orgId, access.user.id);
    return HttpResponse::noContent();
}

HttpResponse deleteOrg(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::DeleteOrg);
    const auto org = ctx.store().orgs().org(access.orgId);
    if (!r.hasQueryItem(QStringLiteral("confirm")))
        throw ApiError::validation(QStringLiteral("confirm"),
                                   QStringLiteral("To delete the organization, confirm with its exact name."));
    if (r.queryValue(QStringLiteral("confirm")) != org->name)
        throw ApiError::validation(QStringLiteral("confirm"),
                                   QStringLiteral("The confirmation does not match the organization's name exactly. "
                                                  "Nothing was deleted."));
    ctx.store().orgs().remove(access.orgId);
    return HttpResponse::noContent();
}

HttpResponse billingPortalPage(ApiContext &, HttpRequest &r)
{
    const QString org = r.queryValue(QStringLiteral("org")).toHtmlEscaped();
    const QByteArray html = QStringLiteral("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                           "<title>Billing portal</title></head><body><h1>Billing portal</h1>"
                                           "<p>This page stands in for the billing provider's portal of organization "
                                           "<code>%1</code>, where cards are added. The reference server does not "
                                           "take card numbers.</p></body></html>")
                                .arg(org)
                                .toUtf8();
    return HttpResponse {200, QByteArrayLiteral("text/html; charset=utf-8"), html, {}};
}
} // namespace

void OrgRoutes::install(Router &router, ApiContext &ctx)
{
    const QString org = QStringLiteral("/api/v1/orgs/([^/]+)");
    router.add("GET", org, [&ctx](HttpRequest &r) { return getOrg(ctx, r); });
    router.add("PATCH", org, [&ctx](HttpRequest &r) { return renameOrg(ctx, r); });
    router.add("DELETE", org, [&ctx](HttpRequest &r) { return deleteOrg(ctx, r); });
    router.add("GET", org + QStringLiteral("/logo"), [&ctx](HttpRequest &r) { return getLogo(ctx, r); });
    router.add("PUT", org + QStringLiteral("/logo"), [&ctx](HttpRequest &r) { return putLogo(ctx, r); });
    router.add("DELETE", org + QStringLiteral("/logo"), [&ctx](HttpRequest &r) { return deleteLogo(ctx, r); });
    router.add("POST", org + QStringLiteral("/leave"), [&ctx](HttpRequest &r) { return leave(ctx, r); });
    router.add("GET", QStringLiteral("/billing-portal"), [&ctx](HttpRequest &r) { return billingPortalPage(ctx, r); });
}
