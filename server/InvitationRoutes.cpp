#include "InvitationRoutes.h"

#include "ApiContext.h"
#include "ApiError.h"
#include "Clock.h"
#include "Crypto.h"
#include "InvitationMail.h"
#include "RequestReader.h"
#include "Router.h"
#include "Store.h"

#include <QJsonArray>

using domain::Action;
using domain::Permissions;
using domain::ProblemCode;

namespace {
void requireRoleRight(const ApiContext::OrgAccess &access, domain::Role invitedRole)
{
    if (!Permissions::canManageInvitationFor(access.role, invitedRole))
        throw ApiError(ProblemCode::Forbidden,
                       QStringLiteral("Your role (%1) cannot invite or manage invitations for the %2 role.")
                           .arg(domain::roleToString(access.role), domain::roleToString(invitedRole)));
}

InvitationStore::Sender mailSender(ApiContext &ctx, const ApiContext::OrgAccess &access, const QString &token)
{
    return [&ctx, access, token](const domain::Invitation &invitation) {
        const QString orgName = ctx.store().orgs().org(access.orgId)->name;
        InvitationMail::send(ctx.mailer(), invitation, orgName, ctx.publicUrl(), token);
    };
}

HttpResponse listInvitations(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::ViewInvitations);
    const QDateTime now = Clock::toDateTime(Clock::now());
    QJsonArray items;
    for (const domain::Invitation &invitation : ctx.store().invitations().list(access.orgId))
        items.append(invitation.toJson(now));
    return HttpResponse::json(200, items);
}

HttpResponse invite(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    ApiContext::require(access, Action::InviteMember);
    const QJsonObject body = RequestReader::jsonObject(r);
    const auto emailValue = RequestReader::string(body, "email");
    const auto roleValue = RequestReader::string(body, "role");
    // A manager asking for the admin role is refused (403) before the fields are judged.
    if (roleValue && domain::roleFromString(*roleValue))
        requireRoleRight(access, *domain::roleFromString(*roleValue));
    QList<FieldError> errors;
    QString email;
    domain::Role role = domain::Role::User;
    try {
        email = RequestReader::requireEmail(emailValue, "email");
    } catch (const ApiError &error) {
        errors += error.errors();
    }
    try {
        role = RequestReader::requireRole(roleValue, "role");
    } catch (const ApiError &error) {
        errors += error.errors();
    }
    if (!errors.isEmpty())
        throw ApiError(ProblemCode::ValidationFailed, errors.first().message, errors);
    const QString token = Crypto::newSecret("odi_");
    const domain::Invitation invitation
        = ctx.store().invitations().create(access.orgId, email, role, {access.user.id, access.user.name},
                                           Crypto::sha256Hex(token), mailSender(ctx, access, token));
    return HttpResponse::json(201, invitation.toJson(Clock::toDateTime(Clock::now())));
}

domain::Invitation existing(ApiContext &ctx, const ApiContext::OrgAccess &access, const QString &id)
{
    const auto invitation = ctx.store().invitations().invitation(access.orgId, id);
    if (!invitation)
        throw ApiError::notFound(ApiError::Missing::Invitation);
    return *invitation;
}

HttpResponse resend(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    const domain::Invitation invitation = existing(ctx, access, r.params.at(1));
    ApiContext::require(access, Action::ResendInvitation);
    requireRoleRight(access, invitation.role);
    const QString token = Crypto::newSecret("odi_");
    const domain::Invitation sent = ctx.store().invitations().resend(
        access.orgId, invitation.id, Crypto::sha256Hex(token), mailSender(ctx, access, token));
    return HttpResponse::json(200, sent.toJson(Clock::toDateTime(Clock::now())));
}

HttpResponse revoke(ApiContext &ctx, HttpRequest &r)
{
    const auto access = ctx.access(r, r.params.at(0));
    const domain::Invitation invitation = existing(ctx, access, r.params.at(1));
    ApiContext::require(access, Action::RevokeInvitation);
    requireRoleRight(access, invitation.role);
    ctx.store().invitations().revoke(access.orgId, invitation.id);
    return HttpResponse::noContent();
}
} // namespace

void InvitationRoutes::install(Router &router, ApiContext &ctx)
{
    const QString base = QStringLiteral("/api/v1/orgs/([^/]+)/invitations");
    router.add("GET", base, [&ctx](HttpRequest &r) { return listInvitations(ctx, r); });
    router.add("POST", base, [&ctx](HttpRequest &r) { return invite(ctx, r); });
    router.add("POST", base + QStringLiteral("/([^/]+)/resend"), [&ctx](HttpRequest &r) { return resend(ctx, r); });
    router.add("DELETE", base + QStringLiteral("/([^/]+)"), [&ctx](HttpRequest &r) { return revoke(ctx, r); });
}
