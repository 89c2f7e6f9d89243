#include "AuthStore.h"

#include "Crypto.h"
#include "Database.h"

std::optional<UserRecord> AuthStore::userByEmail(const QString &email)
{
    QSqlQuery &q
        = m_db.execCached(QStringLiteral("SELECT id, name, email, password_hash FROM users WHERE email = ?"), {email});
    if (!q.next())
        return std::nullopt;
    UserRecord record {{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}, q.value(3).toString()};
    q.finish();
    return record;
}

domain::UserInfo AuthStore::createUser(const QString &email, const QString &name, const QString &passwordHash)
{
    const domain::UserInfo user {Crypto::newId("usr_"), name, email};
    m_db.exec(QStringLiteral("INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"),
              {user.id, email, name,
               passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(passwordHash),
               QDateTime::currentSecsSinceEpoch()});
    return user;
}

void AuthStore::createSession(const QString &tokenHash, const QString &userId, qint64 expiresAt)
{
    m_db.exec(QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
              {tokenHash, userId, QDateTime::currentSecsSinceEpoch(), expiresAt});
}

std::optional<domain::UserInfo> AuthStore::userForSession(const QString &tokenHash, qint64 now)
{
    // No org has the empty id, so the membership part stays empty: one query serves both.
    const auto found = userAndRoleForSession(tokenHash, now, QString());
    return found ? std::optional<domain::UserInfo>(found->first) : std::nullopt;
}

std::optional<std::pair<domain::UserInfo, std::optional<domain::Role>>>
AuthStore::userAndRoleForSession(const QString &tokenHash, qint64 now, const QString &orgId)
{
    QSqlQuery &q = m_db.execCached(QStringLiteral("SELECT u.id, u.name, u.email, m.role FROM sessions s"
                                                  " JOIN users u ON u.id = s.user_id"
                                                  " LEFT JOIN memberships m ON m.user_id = u.id AND m.org_id = ?"
                                                  " WHERE s.token_hash = ? AND s.expires_at > ?"),
                                   {orgId, tokenHash, now});
    if (!q.next())
        return std::nullopt;
    std::pair<domain::UserInfo, std::optional<domain::Role>> result {
        {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}, std::nullopt};
    if (!q.value(3).isNull())
        result.second = static_cast<domain::Role>(q.value(3).toInt());
    q.finish();
    return result;
}

void AuthStore::deleteSession(const QString &tokenHash)
{
    m_db.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash});
}

int AuthStore::failuresSince(const QString &email, qint64 since, qint64 *oldest)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT COUNT(*), MIN(failed_at) FROM login_failures"
                                           " WHERE email = ? AND failed_at > ?"),
                            {email, since});
    q.next();
    if (oldest)
        *oldest = q.value(1).toLongLong();
    return q.value(0).toInt();
}

void AuthStore::recordFailure(const QString &email, qint64 at)
{
    m_db.exec(QStringLiteral("INSERT INTO login_failures (email, failed_at) VALUES (?, ?)"), {email, at});
}

void AuthStore::clearFailures(const QString &email)
{
    m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE email = ?"), {email});
}

std::optional<ApiKeyCredential> AuthStore::apiKey(const QString &secretHash)
{
    QSqlQuery &q = m_db.execCached(QStringLiteral("SELECT id, org_id, enabled FROM api_keys WHERE secret_hash = ?"),
                                   {secretHash});
    if (!q.next())
        return std::nullopt;
    ApiKeyCredential credential {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0};
    q.finish();
    return credential;
}

void AuthStore::stampApiKeyUse(const QString &keyId, qint64 at)
{
    m_db.execCached(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"), {at, keyId});
}

void AuthStore::prune(qint64 now, qint64 failureWindow)
{
    m_db.exec(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"), {now});
    m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE failed_at <= ?"), {now - failureWindow});
}
