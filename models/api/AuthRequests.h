#pragma once

#include "api/ApiRequest.h"
#include "api/OrgMembership.h"
#include "domain/UserInfo.h"

#include <QDateTime>
#include <QVector>

// POST /auth/login. Needs no token. The password goes into the body and nowhere else; the
// body is wiped once the request has finished.
class LoginRequest : public ApiRequest
{
    Q_OBJECT

public:
    LoginRequest(const QString &email, const QString &password, QObject *parent = nullptr);

    // The session token: hand it to ApiClient::setToken() and the credential store, never to a log.
    QString token() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }
    domain::UserInfo user() const { return m_user; }

protected:
    bool parse(const QByteArray &body) override;

private:
    QString m_token;
    QDateTime m_expiresAt;
    domain::UserInfo m_user;
};

// POST /auth/logout: revokes the token that sends it.
class LogoutRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit LogoutRequest(QObject *parent = nullptr);
};

// GET /me: the caller and the orgs it belongs to.
class MeRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit MeRequest(QObject *parent = nullptr);

    domain::UserInfo user() const { return m_user; }
    QVector<OrgMembership> orgs() const { return m_orgs; }

protected:
    bool parse(const QByteArray &body) override;

private:
    domain::UserInfo m_user;
    QVector<OrgMembership> m_orgs;
};
