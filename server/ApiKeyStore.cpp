#include "ApiKeyStore.h"

#include "ApiError.h"
#include "ChangeLog.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"

#include <QSqlQuery>

using domain::ChangeEntity;
using domain::ProblemCode;

namespace {
const QString kColumns = QStringLiteral("k.id, k.name, k.description, k.enabled, k.prefix, k.created_at, k.created_by,"
                                        " k.created_by_name, k.last_used_at");

domain::ApiKey readKey(const QSqlQuery &q)
{
    domain::ApiKey key;
    key.id = q.value(0).toString();
    key.name = q.value(1).toString();
    key.description = q.value(2).toString();
    key.enabled = q.value(3).toInt() != 0;
    key.prefix = q.value(4).toString();
    key.createdAt = Clock::toDateTime(q.value(5).toLongLong());
    key.createdBy = {q.value(6).toString(), q.value(7).toString()};
    if (!q.value(8).isNull())
        key.lastUsedAt = Clock::toDateTime(q.value(8).toLongLong());
    return key;
}

} // namespace

QList<domain::ApiKey> ApiKeyStore::list(const QString &orgId)
{
    QList<domain::ApiKey> keys;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM api_keys k WHERE k.org_id = ? ORDER BY k.created_at, k.id"),
                            {orgId});
    while (q.next())
        keys.append(readKey(q));
    return keys;
}

std::optional<domain::ApiKey> ApiKeyStore::key(const QString &orgId, const QString &id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM api_keys k WHERE k.org_id = ? AND k.id = ?"),
                            {orgId, id});
    if (!q.next())
        return std::nullopt;
    return readKey(q);
}

domain::ApiKey ApiKeyStore::create(const QString &orgId, const QString &name, const QString &description,
                                   const domain::PersonRef &creator, const QString &secret)
{
    const QString id = Crypto::newId("key_");
    WriteTransaction tx(m_db, orgId);
    m_db.exec(QStringLiteral("INSERT INTO api_keys (id, org_id, name, description, enabled, prefix, secret_hash,"
                             " created_at, created_by, created_by_name) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)"),
              {id, orgId, name, description, secret.left(12), Crypto::sha256Hex(secret), Clock::now(), creator.userId,
               creator.name});
    ChangeLog(m_db).upsert(orgId, ChangeEntity::ApiKey, id);
    tx.commit();
    return *key(orgId, id);
}

domain::ApiKey ApiKeyStore::update(const QString &orgId, const QString &id, const ApiKeyUpdate &update)
{
    WriteTransaction tx(m_db, orgId);
    auto current = key(orgId, id);
    if (!current)
        throw ApiError::notFound(ApiError::Missing::ApiKey);
    domain::ApiKey next = *current;
    if (update.name)
        next.name = *update.name;
    if (update.description)
        next.description = *update.description;
    if (update.enabled)
        next.enabled = *update.enabled;
    if (next.name != current->name || next.description != current->description || next.enabled != current->enabled) {
        m_db.exec(QStringLiteral("UPDATE api_keys SET name = ?, description = ?, enabled = ? WHERE id = ?"),
                  {next.name, next.description, next.enabled ? 1 : 0, id});
        ChangeLog(m_db).upsert(orgId, ChangeEntity::ApiKey, id);
    }
    tx.commit();
    return next;
}

void ApiKeyStore::remove(const QString &orgId, const QString &id)
{
    WriteTransaction tx(m_db, orgId);
    if (!key(orgId, id))
        throw ApiError::notFound(ApiError::Missing::ApiKey);
    m_db.exec(QStringLiteral("DELETE FROM api_keys WHERE id = ?"), {id});
    ChangeLog(m_db).remove(orgId, ChangeEntity::ApiKey, id);
    tx.commit();
}

QHash<QString, QJsonObject> ApiKeyStore::changedBetween(const QString &orgId, qint64 from, qint64 to)
{
    QHash<QString, QJsonObject> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM changes c JOIN api_keys k ON k.id = c.entity_id"
                                                 " WHERE c.org_id = ? AND c.entity = 'apiKey'"
                                                 " AND c.version > ? AND c.version <= ?"),
                            {orgId, from, to});
    while (q.next()) {
        const domain::ApiKey key = readKey(q);
        result.insert(key.id, key.toJson());
    }
    return result;
}
