// OrgSession's writes: every write of the four tabs, each a request of its own, refused
// without a round trip while offline or signed out, and followed by a sync either way.
#include "OrgSession.h"

#include "api/ApiClient.h"
#include "api/ApiKeyRequests.h"
#include "api/BillingRequests.h"
#include "api/InvitationRequests.h"
#include "api/MemberRequests.h"
#include "api/OrgRequests.h"

#include <QCoreApplication>

template<typename R, typename... Args> R *OrgSession::write(Args &&...args)
{
    auto *request = new R(std::forward<Args>(args)...);
    if (m_state != State::SignedIn) {
        m_api->reject(request, signInNeeded());
        return request;
    }
    if (!isOnline()) {
        m_api->reject(request, ApiError::offline());
        return request;
    }
    // Done or failed, a sync brings the models to what the server has.
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled)
            syncNow();
    });
    connect(request, &ApiRequest::succeeded, this, &OrgSession::syncNow);
    m_api->submit(request);
    return request;
}

RenameOrgRequest *OrgSession::renameOrg(const QString &name)
{
    return write<RenameOrgRequest>(m_orgId, name);
}

PutLogoRequest *OrgSession::setLogo(const QByteArray &bytes, const QByteArray &contentType)
{
    return write<PutLogoRequest>(m_orgId, bytes, contentType);
}

DeleteLogoRequest *OrgSession::removeLogo()
{
    return write<DeleteLogoRequest>(m_orgId);
}

LeaveOrgRequest *OrgSession::leaveOrg()
{
    auto *request = write<LeaveOrgRequest>(m_orgId);
    const QString orgId = m_orgId;
    connect(request, &ApiRequest::succeeded, this, [this, orgId] {
        if (orgId == m_orgId)
            onAccessLost(
                localError(ApiError::Kind::Http, domain::ProblemCode::NotFound, 404, tr("You left the organization.")));
    });
    return request;
}

DeleteOrgRequest *OrgSession::deleteOrg(const QString &confirmName)
{
    auto *request = write<DeleteOrgRequest>(m_orgId, confirmName);
    const QString orgId = m_orgId;
    connect(request, &ApiRequest::succeeded, this, [this, orgId] {
        if (orgId == m_orgId)
            onAccessLost(localError(ApiError::Kind::Http, domain::ProblemCode::NotFound, 404,
                                    tr("The organization was deleted.")));
    });
    return request;
}

CreateOrgRequest *OrgSession::createOrg(const QString &name)
{
    auto *request = write<CreateOrgRequest>(name);
    connect(request, &ApiRequest::succeeded, this, [this] { fetchMe(new SessionOperation(this), false); });
    return request;
}

ChangeMemberRoleRequest *OrgSession::changeMemberRole(const QString &userId, domain::Role role)
{
    return write<ChangeMemberRoleRequest>(m_orgId, userId, role);
}

RemoveMemberRequest *OrgSession::removeMember(const QString &userId)
{
    return write<RemoveMemberRequest>(m_orgId, userId);
}

CreateInvitationRequest *OrgSession::invite(const QString &email, domain::Role role)
{
    return write<CreateInvitationRequest>(m_orgId, email, role);
}

ResendInvitationRequest *OrgSession::resendInvitation(const QString &invitationId)
{
    return write<ResendInvitationRequest>(m_orgId, invitationId);
}

RevokeInvitationRequest *OrgSession::revokeInvitation(const QString &invitationId)
{
    return write<RevokeInvitationRequest>(m_orgId, invitationId);
}

GenerateApiKeyRequest *OrgSession::generateApiKey(const QString &name, const QString &description)
{
    return write<GenerateApiKeyRequest>(m_orgId, name, description);
}

UpdateApiKeyRequest *OrgSession::updateApiKey(const QString &keyId, const ApiKeyPatch &patch)
{
    return write<UpdateApiKeyRequest>(m_orgId, keyId, patch);
}

DeleteApiKeyRequest *OrgSession::deleteApiKey(const QString &keyId)
{
    return write<DeleteApiKeyRequest>(m_orgId, keyId);
}

ChangeSeatsRequest *OrgSession::changeSeats(int seats)
{
    return write<ChangeSeatsRequest>(m_orgId, seats);
}

SetDefaultPaymentMethodRequest *OrgSession::setDefaultPaymentMethod(const QString &paymentMethodId)
{
    return write<SetDefaultPaymentMethodRequest>(m_orgId, paymentMethodId);
}

RemovePaymentMethodRequest *OrgSession::removePaymentMethod(const QString &paymentMethodId)
{
    return write<RemovePaymentMethodRequest>(m_orgId, paymentMethodId);
}

BillingPortalRequest *OrgSession::billingPortal()
{
    return write<BillingPortalRequest>(m_orgId);
}
