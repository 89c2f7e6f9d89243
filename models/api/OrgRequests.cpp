#include "api/OrgRequests.h"

namespace {

QString orgPath(const QString &orgId)
{
    return QStringLiteral("/orgs/") + ApiRequest::encodeSegment(orgId);
}

bool readOrg(const std::optional<QJsonObject> &object, domain::OrgProfile &out)
{
    if (!object)
        return false;
    auto org = domain::OrgProfile::fromJson(*object);
    if (!org)
        return false;
    out = std::move(*org);
    return true;
}

} // namespace

CreateOrgRequest::CreateOrgRequest(const QString &name, QObject *parent)
    : ApiRequest("POST", QStringLiteral("/orgs"), parent)
{
    setJsonBody({{QStringLiteral("name"), name}});
}

bool CreateOrgRequest::parse(const QByteArray &body)
{
    return readOrg(jsonObject(body), m_org);
}

GetOrgRequest::GetOrgRequest(const QString &orgId, std::optional<qint64> ifNoneMatchVersion, QObject *parent)
    : ApiRequest("GET", orgPath(orgId), parent)
{
    if (ifNoneMatchVersion)
        addHeader("If-None-Match", '"' + QByteArray::number(*ifNoneMatchVersion) + '"');
}

bool GetOrgRequest::parse(const QByteArray &body)
{
    if (httpStatus() == 304) {
        m_notModified = true;
        return true;
    }
    return readOrg(jsonObject(body), m_org);
}

RenameOrgRequest::RenameOrgRequest(const QString &orgId, const QString &name, QObject *parent)
    : ApiRequest("PATCH", orgPath(orgId), parent)
{
    setJsonBody({{QStringLiteral("name"), name}});
}

bool RenameOrgRequest::parse(const QByteArray &body)
{
    return readOrg(jsonObject(body), m_org);
}

GetLogoRequest::GetLogoRequest(const QString &orgId, QObject *parent)
    : ApiRequest("GET", orgPath(orgId) + QStringLiteral("/logo"), parent)
{ }

bool GetLogoRequest::parse(const QByteArray &body)
{
    if (httpStatus() != 200 || body.isEmpty())
        return false;
    m_bytes = body;
    m_contentType = responseHeader("Content-Type");
    QByteArray etag = responseHeader("ETag").trimmed();
    if (etag.startsWith("W/"))
        etag = etag.mid(2);
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.mid(1, etag.size() - 2);
    m_etag = QString::fromLatin1(etag);
    return true;
}

PutLogoRequest::PutLogoRequest(const QString &orgId, const QByteArray &bytes, const QByteArray &contentType,
                               QObject *parent)
    : ApiRequest("PUT", orgPath(orgId) + QStringLiteral("/logo"), parent)
{
    setRawBody(bytes, contentType);
}

DeleteLogoRequest::DeleteLogoRequest(const QString &orgId, QObject *parent)
    : ApiRequest("DELETE", orgPath(orgId) + QStringLiteral("/logo"), parent)
{ }

LeaveOrgRequest::LeaveOrgRequest(const QString &orgId, QObject *parent)
    : ApiRequest("POST", orgPath(orgId) + QStringLiteral("/leave"), parent)
{ }

DeleteOrgRequest::DeleteOrgRequest(const QString &orgId, const QString &confirmName, QObject *parent)
    : ApiRequest("DELETE", orgPath(orgId), parent)
{
    setQueryItems({{QStringLiteral("confirm"), confirmName}});
}
