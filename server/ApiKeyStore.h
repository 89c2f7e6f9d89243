#pragma once

#include "domain/ApiKey.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Database;

struct ApiKeyUpdate
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> enabled;
};

// Org API keys. The secret leaves the server once, in the answer that creates the key;
// only its SHA-256 is kept.
class ApiKeyStore
{
public:
    explicit ApiKeyStore(Database &db)
        : m_db(db)
    { }

    QList<domain::ApiKey> list(const QString &orgId);
    std::optional<domain::ApiKey> key(const QString &orgId, const QString &id);
    // Returns the key; `secret` is the one copy of the secret there will ever be.
    domain::ApiKey create(const QString &orgId, const QString &name, const QString &description,
                          const domain::PersonRef &creator, const QString &secret);
    domain::ApiKey update(const QString &orgId, const QString &id, const ApiKeyUpdate &update);
    void remove(const QString &orgId, const QString &id);

    QHash<QString, QJsonObject> changedBetween(const QString &orgId, qint64 from, qint64 to);

private:
    Database &m_db;
};
