#pragma once

#include "HttpMessage.h"
#include "ServerConfig.h"

#include "domain/Permissions.h"
#include "domain/UserInfo.h"

class Mailer;
class Store;

// What every route handler shares: the store, the configuration, the mailer, and the
// checks that run before a handler's own (401 → 404 → 403, in API.md's order).
class ApiContext
{
public:
    struct OrgAccess
    {
        domain::UserInfo user;
        QString orgId;
        domain::Role role;
    };

    ApiContext(Store &store, const ServerConfig &config, Mailer &mailer, QString publicUrl)
        : m_store(store)
        , m_config(config)
        , m_mailer(mailer)
        , m_publicUrl(std::move(publicUrl))
    { }

    Store &store() { return m_store; }
    const ServerConfig &config() const { return m_config; }
    Mailer &mailer() { return m_mailer; }
    const QString &publicUrl() const { return m_publicUrl; }

    // The session token's bearer (401 otherwise: none, unknown, expired, or an API key).
    domain::UserInfo authenticate(const HttpRequest &request);
    // The bearer and their role in the org (404 when there is no such org or they are not in it).
    OrgAccess access(const HttpRequest &request, const QString &orgId);
    // 403 unless the role may perform the action.
    static void require(const OrgAccess &access, domain::Action action);
    static QString bearerToken(const HttpRequest &request);

private:
    Store &m_store;
    const ServerConfig &m_config;
    Mailer &m_mailer;
    QString m_publicUrl;
};
