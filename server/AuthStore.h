#pragma once

#include "domain/Role.h"
#include "domain/UserInfo.h"

#include <QString>

#include <optional>

class Database;

struct UserRecord
{
    domain::UserInfo user;
    QString passwordHash; // empty: the account cannot sign in with a password
};

struct ApiKeyCredential
{
    QString keyId;
    QString orgId;
    bool enabled = false;
};

// Accounts, sessions, failed logins and API-key authentication.
class AuthStore
{
public:
    explicit AuthStore(Database &db)
        : m_db(db)
    { }

    std::optional<UserRecord> userByEmail(const QString &email);
    // Creates an account inside the caller's transaction; the email must be free.
    domain::UserInfo createUser(const QString &email, const QString &name, const QString &passwordHash);

    void createSession(const QString &tokenHash, const QString &userId, qint64 expiresAt);
    std::optional<domain::UserInfo> userForSession(const QString &tokenHash, qint64 now);
    // The session's user and, in the same round trip, their role in `orgId` (nullopt: not a
    // member). The outer nullopt: no such live session.
    std::optional<std::pair<domain::UserInfo, std::optional<domain::Role>>>
    userAndRoleForSession(const QString &tokenHash, qint64 now, const QString &orgId);
    void deleteSession(const QString &tokenHash);

    // Failed logins of `email` since `since`; `*oldest` gets the oldest one's time.
    int failuresSince(const QString &email, qint64 since, qint64 *oldest);
    void recordFailure(const QString &email, qint64 at);
    void clearFailures(const QString &email);

    std::optional<ApiKeyCredential> apiKey(const QString &secretHash);
    // Stamps lastUsedAt. Raises no version: clients read it from GET /api-keys.
    void stampApiKeyUse(const QString &keyId, qint64 at);

    // Drops expired sessions and failures older than the rate-limit window.
    void prune(qint64 now, qint64 failureWindow);

private:
    Database &m_db;
};
