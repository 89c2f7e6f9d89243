#include "api/ApiKeyRequests.h"

#include "domain/JsonCodec.h"

namespace {

QString keysPath(const QString &orgId)
{
    return QStringLiteral("/orgs/") + ApiRequest::encodeSegment(orgId) + QStringLiteral("/api-keys");
}

bool readKey(const std::optional<QJsonObject> &object, domain::ApiKey &out)
{
    const auto key = object ? domain::ApiKey::fromJson(*object) : std::nullopt;
    if (!key)
        return false;
    out = *key;
    return true;
}

} // namespace

ListApiKeysRequest::ListApiKeysRequest(const QString &orgId, QObject *parent)
    : ApiRequest("GET", keysPath(orgId), parent)
{ }

bool ListApiKeysRequest::parse(const QByteArray &body)
{
    const auto array = jsonArray(body);
    return array && readList(*array, m_items);
}

GenerateApiKeyRequest::GenerateApiKeyRequest(const QString &orgId, const QString &name, const QString &description,
                                             QObject *parent)
    : ApiRequest("POST", keysPath(orgId), parent)
{
    QJsonObject body {{QStringLiteral("name"), name}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    setJsonBody(body);
}

GenerateApiKeyRequest::~GenerateApiKeyRequest()
{
    // Overwrite the secret's characters before the memory goes back to the allocator.
    m_secret.fill(QLatin1Char('\0'));
}

bool GenerateApiKeyRequest::parse(const QByteArray &body)
{
    const auto object = jsonObject(body);
    if (!readKey(object, m_key))
        return false;
    const auto secret = domain::JsonCodec::readString(*object, QLatin1String("secret"));
    if (!secret || secret->isEmpty())
        return false;
    m_secret = *secret;
    return true;
}

UpdateApiKeyRequest::UpdateApiKeyRequest(const QString &orgId, const QString &keyId, const ApiKeyPatch &patch,
                                         QObject *parent)
    : ApiRequest("PATCH", keysPath(orgId) + QLatin1Char('/') + encodeSegment(keyId), parent)
{
    QJsonObject body;
    if (patch.name)
        body.insert(QStringLiteral("name"), *patch.name);
    if (patch.description)
        body.insert(QStringLiteral("description"), *patch.description);
    if (patch.enabled)
        body.insert(QStringLiteral("enabled"), *patch.enabled);
    setJsonBody(body);
}

bool UpdateApiKeyRequest::parse(const QByteArray &body)
{
    return readKey(jsonObject(body), m_key);
}

DeleteApiKeyRequest::DeleteApiKeyRequest(const QString &orgId, const QString &keyId, QObject *parent)
    : ApiRequest("DELETE", keysPath(orgId) + QLatin1Char('/') + encodeSegment(keyId), parent)
{ }
