#pragma once

#include "api/ApiRequest.h"
#include "domain/ApiKey.h"

#include <QVector>

#include <optional>

// The fields of PATCH /api-keys/{id}: only those with a value are sent (and change).
struct ApiKeyPatch
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> enabled;
};

// GET /orgs/{org}/api-keys → every key, without secrets.
class ListApiKeysRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit ListApiKeysRequest(const QString &orgId, QObject *parent = nullptr);
    QVector<domain::ApiKey> items() const { return m_items; }

protected:
    bool parse(const QByteArray &body) override;

private:
    QVector<domain::ApiKey> m_items;
};

// POST /orgs/{org}/api-keys {name, description?} → 201 the key plus its secret.
//
// secret() is the one place a key's secret exists in the client. It is never logged.
// Callers show it once and must not store it: not in the cache, the settings, a log, nor
// any object that outlives the dialog that shows it.
class GenerateApiKeyRequest : public ApiRequest
{
    Q_OBJECT

public:
    GenerateApiKeyRequest(const QString &orgId, const QString &name, const QString &description = {},
                          QObject *parent = nullptr);
    ~GenerateApiKeyRequest() override;
    domain::ApiKey key() const { return m_key; }
    QString secret() const { return m_secret; }

protected:
    bool parse(const QByteArray &body) override;

private:
    domain::ApiKey m_key;
    QString m_secret;
};

// PATCH /orgs/{org}/api-keys/{id} with the patch's fields → 200 key.
class UpdateApiKeyRequest : public ApiRequest
{
    Q_OBJECT

public:
    UpdateApiKeyRequest(const QString &orgId, const QString &keyId, const ApiKeyPatch &patch,
                        QObject *parent = nullptr);
    domain::ApiKey key() const { return m_key; }

protected:
    bool parse(const QByteArray &body) override;

private:
    domain::ApiKey m_key;
};

// DELETE /orgs/{org}/api-keys/{id} → 204; the key is revoked at once.
class DeleteApiKeyRequest : public ApiRequest
{
    Q_OBJECT

public:
    DeleteApiKeyRequest(const QString &orgId, const QString &keyId, QObject *parent = nullptr);
};
