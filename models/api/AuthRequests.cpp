#include "api/AuthRequests.h"

#include "domain/JsonCodec.h"

using domain::JsonCodec;

LoginRequest::LoginRequest(const QString &email, const QString &password, QObject *parent)
    : ApiRequest("POST", QStringLiteral("/auth/login"), parent)
{
    setNeedsAuth(false);
    setJsonBody({{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
}

bool LoginRequest::parse(const QByteArray &body)
{
    const auto object = jsonObject(body);
    if (!object)
        return false;
    const auto token = JsonCodec::readString(*object, QLatin1String("token"));
    const auto expiresAt = JsonCodec::readTimestamp(*object, QLatin1String("expiresAt"));
    const auto user = domain::UserInfo::fromJson(object->value(QLatin1String("user")).toObject());
    if (!token || token->isEmpty() || !expiresAt || !user)
        return false;
    m_token = *token;
    m_expiresAt = *expiresAt;
    m_user = *user;
    return true;
}

LogoutRequest::LogoutRequest(QObject *parent)
    : ApiRequest("POST", QStringLiteral("/auth/logout"), parent)
{ }

MeRequest::MeRequest(QObject *parent)
    : ApiRequest("GET", QStringLiteral("/me"), parent)
{ }

bool MeRequest::parse(const QByteArray &body)
{
    const auto object = jsonObject(body);
    if (!object)
        return false;
    const auto user = domain::UserInfo::fromJson(object->value(QLatin1String("user")).toObject());
    const QJsonValue orgs = object->value(QLatin1String("orgs"));
    if (!user || !orgs.isArray())
        return false;
    QVector<OrgMembership> memberships;
    const QJsonArray array = orgs.toArray();
    memberships.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject org = value.toObject();
        const auto id = JsonCodec::readString(org, QLatin1String("id"));
        const auto name = JsonCodec::readString(org, QLatin1String("name"));
        const auto roleName = JsonCodec::readString(org, QLatin1String("role"));
        const auto role = roleName ? domain::roleFromString(*roleName) : std::nullopt;
        if (!id || !name || !role)
            return false;
        memberships.append({*id, *name, *role});
    }
    m_user = *user;
    m_orgs = std::move(memberships);
    return true;
}
