#pragma once

#include "api/ApiRequest.h"
#include "domain/Invitation.h"

#include <QVector>

// GET /orgs/{org}/invitations → the pending and expired invitations.
class ListInvitationsRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit ListInvitationsRequest(const QString &orgId, QObject *parent = nullptr);
    QVector<domain::Invitation> items() const { return m_items; }

protected:
    bool parse(const QByteArray &body) override;

private:
    QVector<domain::Invitation> m_items;
};

// POST /orgs/{org}/invitations {email, role} → 201 invitation (the email is sent).
class CreateInvitationRequest : public ApiRequest
{
    Q_OBJECT

public:
    CreateInvitationRequest(const QString &orgId, const QString &email, domain::Role role, QObject *parent = nullptr);
    domain::Invitation invitation() const { return m_invitation; }

protected:
    bool parse(const QByteArray &body) override;

private:
    domain::Invitation m_invitation;
};

// POST /orgs/{org}/invitations/{id}/resend → 200 invitation with a new token and expiry.
class ResendInvitationRequest : public ApiRequest
{
    Q_OBJECT

public:
    ResendInvitationRequest(const QString &orgId, const QString &invitationId, QObject *parent = nullptr);
    domain::Invitation invitation() const { return m_invitation; }

protected:
    bool parse(const QByteArray &body) override;

private:
    domain::Invitation m_invitation;
};

// DELETE /orgs/{org}/invitations/{id} → 204; the token stops working.
class RevokeInvitationRequest : public ApiRequest
{
    Q_OBJECT

public:
    RevokeInvitationRequest(const QString &orgId, const QString &invitationId, QObject *parent = nullptr);
};

// POST /invitations/accept {token, name?, password?} → 200 {orgId, role}. Needs no session.
// `name` and `password` create the account when the email has none; they are sent only
// when given, and the body is wiped once the request has finished.
class AcceptInvitationRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit AcceptInvitationRequest(const QString &token, const QString &name = {}, const QString &password = {},
                                     QObject *parent = nullptr);
    QString orgId() const { return m_orgId; }
    domain::Role role() const { return m_role; }

protected:
    bool parse(const QByteArray &body) override;

private:
    QString m_orgId;
    domain::Role m_role = domain::Role::User;
};
