#include "api/InvitationRequests.h"

#include "domain/JsonCodec.h"

namespace {

QString invitationsPath(const QString &orgId)
{
    return QStringLiteral("/orgs/") + ApiRequest::encodeSegment(orgId) + QStringLiteral("/invitations");
}

bool readInvitation(const std::optional<QJsonObject> &object, domain::Invitation &out)
{
    const auto invitation = object ? domain::Invitation::fromJson(*object) : std::nullopt;
    if (!invitation)
        return false;
    out = *invitation;
    return true;
}

} // namespace

ListInvitationsRequest::ListInvitationsRequest(const QString &orgId, QObject *parent)
    : ApiRequest("GET", invitationsPath(orgId), parent)
{ }

bool ListInvitationsRequest::parse(const QByteArray &body)
{
    const auto array = jsonArray(body);
    return array && readList(*array, m_items);
}

CreateInvitationRequest::CreateInvitationRequest(const QString &orgId, const QString &email, domain::Role role,
                                                 QObject *parent)
    : ApiRequest("POST", invitationsPath(orgId), parent)
{
    setJsonBody({{QStringLiteral("email"), email}, {QStringLiteral("role"), domain::roleToString(role)}});
}

bool CreateInvitationRequest::parse(const QByteArray &body)
{
    return readInvitation(jsonObject(body), m_invitation);
}

ResendInvitationRequest::ResendInvitationRequest(const QString &orgId, const QString &invitationId, QObject *parent)
    : ApiRequest("POST",
                 invitationsPath(orgId) + QLatin1Char('/') + encodeSegment(invitationId) + QStringLiteral("/resend"),
                 parent)
{ }

bool ResendInvitationRequest::parse(const QByteArray &body)
{
    return readInvitation(jsonObject(body), m_invitation);
}

RevokeInvitationRequest::RevokeInvitationRequest(const QString &orgId, const QString &invitationId, QObject *parent)
    : ApiRequest("DELETE", invitationsPath(orgId) + QLatin1Char('/') + encodeSegment(invitationId), parent)
{ }

AcceptInvitationRequest::AcceptInvitationRequest(const QString &token, const QString &name, const QString &password,
                                                 QObject *parent)
    : ApiRequest("POST", QStringLiteral("/invitations/accept"), parent)
{
    setNeedsAuth(false);
    QJsonObject body {{QStringLiteral("token"), token}};
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    if (!password.isEmpty())
        body.insert(QStringLiteral("password"), password);
    setJsonBody(body);
}

bool AcceptInvitationRequest::parse(const QByteArray &body)
{
    const auto object = jsonObject(body);
    if (!object)
        return false;
    const auto orgId = domain::JsonCodec::readString(*object, QLatin1String("orgId"));
    const auto roleName = domain::JsonCodec::readString(*object, QLatin1String("role"));
    const auto role = roleName ? domain::roleFromString(*roleName) : std::nullopt;
    if (!orgId || !role)
        return false;
    m_orgId = *orgId;
    m_role = *role;
    return true;
}
