#include "ApiContext.h"

#include "ApiError.h"
#include "Clock.h"
#include "Crypto.h"
#include "Store.h"

using domain::ProblemCode;

QString ApiContext::bearerToken(const HttpRequest &request)
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return QString();
    return QString::fromLatin1(header.mid(7).trimmed());
}

namespace {
QString sessionTokenOf(const HttpRequest &request)
{
    const QString token = ApiContext::bearerToken(request);
    if (token.isEmpty())
        throw ApiError(ProblemCode::Unauthenticated,
                       QStringLiteral("Sign in first: this request carries no session token."));
    if (!token.startsWith(QLatin1String("ods_")))
        throw ApiError(ProblemCode::Unauthenticated,
                       QStringLiteral("This endpoint needs a session token from signing in; API keys only work on "
                                      "/agent/ping."));
    return token;
}

ApiError sessionEnded()
{
    return ApiError(ProblemCode::Unauthenticated,
                    QStringLiteral("Your session has expired or was signed out. Sign in again."));
}
} // namespace

domain::UserInfo ApiContext::authenticate(const HttpRequest &request)
{
    const auto user = m_store.auth().userForSession(Crypto::sha256Hex(sessionTokenOf(request)), Clock::now());
    if (!user)
        throw sessionEnded();
    return *user;
}

ApiContext::OrgAccess ApiContext::access(const HttpRequest &request, const QString &orgId)
{
    // One round trip for the session and the membership: every org endpoint starts here.
    const auto found
        = m_store.auth().userAndRoleForSession(Crypto::sha256Hex(sessionTokenOf(request)), Clock::now(), orgId);
    if (!found)
        throw sessionEnded();
    if (!found->second)
        throw ApiError::notFound(ApiError::Missing::Org);
    return OrgAccess {found->first, orgId, *found->second};
}

void ApiContext::require(const OrgAccess &access, domain::Action action)
{
    if (domain::Permissions::can(access.role, action))
        return;
    throw ApiError(ProblemCode::Forbidden,
                   QStringLiteral("Your role (%1) does not allow this (%2). Ask an admin of the organization.")
                       .arg(domain::roleToString(access.role), domain::Permissions::actionName(action)));
}
