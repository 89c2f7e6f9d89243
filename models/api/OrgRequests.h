#pragma once

#include "api/ApiRequest.h"
#include "domain/OrgProfile.h"

#include <optional>

// POST /orgs {name} → 201 org. The caller becomes its admin.
class CreateOrgRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit CreateOrgRequest(const QString &name, QObject *parent = nullptr);
    domain::OrgProfile org() const { return m_org; }

protected:
    bool parse(const QByteArray &body) override;

private:
    domain::OrgProfile m_org;
};

// GET /orgs/{org}. With `ifNoneMatchVersion` it sends If-None-Match: "<version>", and a
// 304 (nothing changed since that version) is a success with notModified() true and an
// empty org().
class GetOrgRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit GetOrgRequest(const QString &orgId, std::optional<qint64> ifNoneMatchVersion = {},
                           QObject *parent = nullptr);
    domain::OrgProfile org() const { return m_org; }
    bool notModified() const { return m_notModified; }

protected:
    bool parse(const QByteArray &body) override;

private:
    domain::OrgProfile m_org;
    bool m_notModified = false;
};

// PATCH /orgs/{org} {name} → 200 org.
class RenameOrgRequest : public ApiRequest
{
    Q_OBJECT

public:
    RenameOrgRequest(const QString &orgId, const QString &name, QObject *parent = nullptr);
    domain::OrgProfile org() const { return m_org; }

protected:
    bool parse(const QByteArray &body) override;

private:
    domain::OrgProfile m_org;
};

// GET /orgs/{org}/logo → the image bytes; 404 when the org has no logo.
class GetLogoRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit GetLogoRequest(const QString &orgId, QObject *parent = nullptr);
    QByteArray bytes() const { return m_bytes; }
    QByteArray contentType() const { return m_contentType; }
    QString etag() const { return m_etag; } // unquoted, as the org's logoEtag

protected:
    bool parse(const QByteArray &body) override;

private:
    QByteArray m_bytes;
    QByteArray m_contentType;
    QString m_etag;
};

// PUT /orgs/{org}/logo with the raw PNG / JPEG bytes → 204.
class PutLogoRequest : public ApiRequest
{
    Q_OBJECT

public:
    PutLogoRequest(const QString &orgId, const QByteArray &bytes, const QByteArray &contentType,
                   QObject *parent = nullptr);
};

// DELETE /orgs/{org}/logo → 204.
class DeleteLogoRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit DeleteLogoRequest(const QString &orgId, QObject *parent = nullptr);
};

// POST /orgs/{org}/leave → 204; the caller's access ends at once.
class LeaveOrgRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit LeaveOrgRequest(const QString &orgId, QObject *parent = nullptr);
};

// DELETE /orgs/{org}?confirm=<exact name> → 204. Irreversible.
class DeleteOrgRequest : public ApiRequest
{
    Q_OBJECT

public:
    DeleteOrgRequest(const QString &orgId, const QString &confirmName, QObject *parent = nullptr);
};
