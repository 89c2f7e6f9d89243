#include "AuthRoutes.h"

#include "ApiContext.h"
#include "ApiError.h"
#include "Clock.h"
#include "Crypto.h"
#include "RequestReader.h"
#include "Router.h"
#include "Store.h"

#include "domain/JsonCodec.h"

#include <QCoreApplication>
#include <QJsonArray>

using domain::ProblemCode;

namespace {
constexpr int kLoginFailures = 10;
constexpr qint64 kLoginWindow = 60;

HttpResponse login(ApiContext &ctx, HttpRequest &request)
{
    const QJsonObject body = RequestReader::jsonObject(request);
    const auto emailValue = RequestReader::string(body, "email");
    const auto passwordValue = RequestReader::string(body, "password");
    if (!emailValue || !passwordValue || emailValue->trimmed().isEmpty() || passwordValue->isEmpty()) {
        QList<FieldError> errors;
        if (!emailValue || emailValue->trimmed().isEmpty())
            errors.append({QStringLiteral("email"), QStringLiteral("An email address is required.")});
        if (!passwordValue || passwordValue->isEmpty())
            errors.append({QStringLiteral("password"), QStringLiteral("A password is required.")});
        throw ApiError(ProblemCode::ValidationFailed, QStringLiteral("Give both an email address and a password."),
                       errors);
    }
    const QString email = emailValue->trimmed().toLower();
    AuthStore &auth = ctx.store().auth();
    const qint64 now = Clock::now();
    qint64 oldest = 0;
    if (auth.failuresSince(email, now - kLoginWindow, &oldest) >= kLoginFailures) {
        const int wait = int(std::max<qint64>(1, oldest + kLoginWindow - now));
        throw ApiError(
            ProblemCode::RateLimited,
            QStringLiteral("Too many failed sign-ins for this email. Wait %1 seconds and try again.").arg(wait), {},
            wait);
    }
    const auto record = auth.userByEmail(email);
    bool ok = false;
    if (record && !record->passwordHash.isEmpty())
        ok = Crypto::verifyPassword(record->passwordHash, *passwordValue);
    else
        Crypto::verifyDummy(*passwordValue); // the same time whether or not the email exists
    if (!ok) {
        auth.recordFailure(email, now);
        throw ApiError(ProblemCode::Unauthenticated, QStringLiteral("The email or the password is wrong."));
    }
    auth.clearFailures(email);
    const QString token = Crypto::newSecret("ods_");
    const qint64 expiresAt = now + ctx.config().sessionTtl;
    auth.createSession(Crypto::sha256Hex(token), record->user.id, expiresAt);
    return HttpResponse::json(
        200,
        QJsonObject {
            {QStringLiteral("token"), token},
            {QStringLiteral("expiresAt"), domain::JsonCodec::timestamp(Clock::toDateTime(expiresAt))},
            {QStringLiteral("user"), record->user.toJson()},
        });
}

HttpResponse logout(ApiContext &ctx, HttpRequest &request)
{
    ctx.authenticate(request);
    ctx.store().auth().deleteSession(Crypto::sha256Hex(ApiContext::bearerToken(request)));
    return HttpResponse::noContent();
}

HttpResponse me(ApiContext &ctx, HttpRequest &request)
{
    const domain::UserInfo user = ctx.authenticate(request);
    QJsonArray orgs;
    for (const OrgMembership &membership : ctx.store().orgs().orgsOf(user.id)) {
        orgs.append(QJsonObject {{QStringLiteral("id"), membership.orgId},
                                 {QStringLiteral("name"), membership.name},
                                 {QStringLiteral("role"), domain::roleToString(membership.role)}});
    }
    return HttpResponse::json(200,
                              QJsonObject {{QStringLiteral("user"), user.toJson()}, {QStringLiteral("orgs"), orgs}});
}

HttpResponse agentPing(ApiContext &ctx, HttpRequest &request)
{
    const QString token = ApiContext::bearerToken(request);
    if (!token.startsWith(QLatin1String("odk_")))
        throw ApiError(ProblemCode::Unauthenticated, QStringLiteral("/agent/ping takes an org API key (odk_…)."));
    const auto key = ctx.store().auth().apiKey(Crypto::sha256Hex(token));
    if (!key)
        throw ApiError(ProblemCode::Unauthenticated, QStringLiteral("This API key does not exist or was removed."));
    if (!key->enabled)
        throw ApiError(ProblemCode::Unauthenticated, QStringLiteral("This API key is disabled."));
    ctx.store().auth().stampApiKeyUse(key->keyId, Clock::now());
    return HttpResponse::json(
        200, QJsonObject {{QStringLiteral("orgId"), key->orgId}, {QStringLiteral("keyId"), key->keyId}});
}

HttpResponse createOrg(ApiContext &ctx, HttpRequest &request)
{
    const domain::UserInfo user = ctx.authenticate(request);
    const QJsonObject body = RequestReader::jsonObject(request);
    const QString name = RequestReader::requireText(RequestReader::string(body, "name"), "name", 100,
                                                    QStringLiteral("The organization's name"));
    return HttpResponse::json(201, ctx.store().orgs().create(name, user).toJson());
}

HttpResponse acceptInvitation(ApiContext &ctx, HttpRequest &request)
{
    const QJsonObject body = RequestReader::jsonObject(request);
    const auto token = RequestReader::string(body, "token");
    const auto nameValue = RequestReader::string(body, "name");
    const auto passwordValue = RequestReader::string(body, "password");
    if (!token || token->trimmed().isEmpty())
        throw ApiError::validation(QStringLiteral("token"), QStringLiteral("The invitation token is required."));
    const QString tokenHash = Crypto::sha256Hex(token->trimmed());
    InvitationStore &invitations = ctx.store().invitations();
    const auto live = invitations.liveToken(tokenHash);
    if (!live)
        throw ApiError::invitationExpired();
    const QString email = live->email;
    QString name;
    QString passwordHash;
    if (!ctx.store().auth().userByEmail(email)) {
        // Only a new account needs these; check them before spending time on Argon2.
        QList<FieldError> errors;
        try {
            name = RequestReader::requireText(nameValue, "name", 100, QStringLiteral("Your name"));
        } catch (const ApiError &error) {
            errors += error.errors();
        }
        const QString password = passwordValue.value_or(QString());
        if (password.size() < 10)
            errors.append({QStringLiteral("password"), QStringLiteral("A password needs at least 10 characters.")});
        else if (password.size() > 1024)
            errors.append({QStringLiteral("password"), QStringLiteral("A password can be at most 1024 characters.")});
        if (!errors.isEmpty())
            throw ApiError(ProblemCode::ValidationFailed,
                           QStringLiteral("%1 has no account yet: give your name and a password of at least 10 "
                                          "characters to create one.")
                               .arg(email),
                           errors);
        passwordHash = Crypto::hashPassword(password);
    }
    const AcceptedInvitation accepted = invitations.accept(tokenHash, name, passwordHash);
    return HttpResponse::json(200,
                              QJsonObject {{QStringLiteral("orgId"), accepted.orgId},
                                           {QStringLiteral("role"), domain::roleToString(accepted.role)}});
}
} // namespace

void AuthRoutes::install(Router &router, ApiContext &ctx)
{
    const QString api = QStringLiteral("/api/v1");
    router.add("GET", QStringLiteral("/healthz"), [](HttpRequest &) {
        return HttpResponse::json(200,
                                  QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
                                               {QStringLiteral("version"), QCoreApplication::applicationVersion()}});
    });
    router.add("POST", api + QStringLiteral("/auth/login"), [&ctx](HttpRequest &r) { return login(ctx, r); });
    router.add("POST", api + QStringLiteral("/auth/logout"), [&ctx](HttpRequest &r) { return logout(ctx, r); });
    router.add("GET", api + QStringLiteral("/me"), [&ctx](HttpRequest &r) { return me(ctx, r); });
    router.add("GET", api + QStringLiteral("/agent/ping"), [&ctx](HttpRequest &r) { return agentPing(ctx, r); });
    router.add("POST", api + QStringLiteral("/orgs"), [&ctx](HttpRequest &r) { return createOrg(ctx, r); });
    router.add("POST", api + QStringLiteral("/invitations/accept"),
               [&ctx](HttpRequest &r) { return acceptInvitation(ctx, r); });
}
