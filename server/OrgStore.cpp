#include "OrgStore.h"

#include "ApiError.h"
#include "BillingStore.h"
#include "ChangeLog.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "MemberStore.h"

#include <QSqlQuery>

using domain::ChangeEntity;
using domain::ProblemCode;
using domain::Role;

namespace {
const QString kOrgColumns = QStringLiteral("id, name, logo_etag, created_at, member_count, version");

domain::OrgProfile readOrg(const QSqlQuery &q)
{
    domain::OrgProfile org;
    org.id = q.value(0).toString();
    org.name = q.value(1).toString();
    org.logoEtag = q.value(2).toString();
    org.hasLogo = !q.value(2).isNull() && !org.logoEtag.isEmpty();
    org.createdAt = Clock::toDateTime(q.value(3).toLongLong());
    org.memberCount = q.value(4).toLongLong();
    org.version = q.value(5).toLongLong();
    return org;
}

} // namespace

void OrgStore::insertRow(const QString &orgId, const QString &name, qint64 createdAt)
{
    m_db.exec(QStringLiteral("INSERT INTO orgs (id, name, created_at) VALUES (?, ?, ?)"), {orgId, name, createdAt});
}

domain::OrgProfile OrgStore::create(const QString &name, const domain::UserInfo &creator)
{
    const QString orgId = Crypto::newId("org_");
    const qint64 now = Clock::now();
    {
        WriteTransaction tx(m_db, QString());
        insertRow(orgId, name, now);
        ChangeLog(m_db).upsert(orgId, ChangeEntity::Org, orgId);
        MemberStore(m_db).insert(orgId, creator, Role::Admin, now);
        BillingStore(m_db).insertFreeSubscription(orgId, now);
        tx.commit();
    }
    return *org(orgId);
}

std::optional<domain::OrgProfile> OrgStore::org(const QString &orgId)
{
    QSqlQuery &q
        = m_db.execCached(QStringLiteral("SELECT ") + kOrgColumns + QStringLiteral(" FROM orgs WHERE id = ?"), {orgId});
    if (!q.next())
        return std::nullopt;
    domain::OrgProfile org = readOrg(q);
    q.finish();
    return org;
}

std::optional<Role> OrgStore::roleOf(const QString &orgId, const QString &userId)
{
    QSqlQuery &q = m_db.execCached(QStringLiteral("SELECT role FROM memberships WHERE org_id = ? AND user_id = ?"),
                                   {orgId, userId});
    if (!q.next())
        return std::nullopt;
    const Role role = static_cast<Role>(q.value(0).toInt());
    q.finish();
    return role;
}

QList<OrgMembership> OrgStore::orgsOf(const QString &userId)
{
    QList<OrgMembership> result;
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT o.id, o.name, m.role FROM memberships m JOIN orgs o ON o.id = m.org_id"
                                   " WHERE m.user_id = ? ORDER BY o.name, o.id"),
                    {userId});
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), static_cast<Role>(q.value(2).toInt())});
    return result;
}

domain::OrgProfile OrgStore::rename(const QString &orgId, const QString &name)
{
    WriteTransaction tx(m_db, orgId);
    auto current = org(orgId);
    if (!current)
        throw ApiError::notFound(ApiError::Missing::Org);
    if (current->name != name) {
        m_db.exec(QStringLiteral("UPDATE orgs SET name = ? WHERE id = ?"), {name, orgId});
        ChangeLog(m_db).upsert(orgId, ChangeEntity::Org, orgId);
    }
    tx.commit();
    return *org(orgId);
}

std::optional<Logo> OrgStore::logo(const QString &orgId)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT logo, logo_type, logo_etag FROM orgs WHERE id = ? AND logo IS NOT NULL"), {orgId});
    if (!q.next())
        return std::nullopt;
    return Logo {q.value(0).toByteArray(), q.value(1).toString(), q.value(2).toString()};
}

void OrgStore::setLogo(const QString &orgId, const QByteArray &bytes, const QString &contentType)
{
    WriteTransaction tx(m_db, orgId);
    if (!org(orgId))
        throw ApiError::notFound(ApiError::Missing::Org);
    // A new tag for every upload, even of the same bytes: caches learn that something happened.
    const QString etag = Crypto::randomHex(8);
    m_db.exec(QStringLiteral("UPDATE orgs SET logo = ?, logo_type = ?, logo_etag = ? WHERE id = ?"),
              {bytes, contentType, etag, orgId});
    ChangeLog(m_db).upsert(orgId, ChangeEntity::Org, orgId);
    tx.commit();
}

void OrgStore::clearLogo(const QString &orgId)
{
    WriteTransaction tx(m_db, orgId);
    auto current = org(orgId);
    if (!current)
        throw ApiError::notFound(ApiError::Missing::Org);
    if (current->hasLogo) {
        m_db.exec(QStringLiteral("UPDATE orgs SET logo = NULL, logo_type = NULL, logo_etag = NULL WHERE id = ?"),
                  {orgId});
        ChangeLog(m_db).upsert(orgId, ChangeEntity::Org, orgId);
    }
    tx.commit();
}

void OrgStore::leave(const QString &orgId, const QString &userId)
{
    WriteTransaction tx(m_db, orgId);
    MemberStore(m_db).removeInTransaction(orgId, userId);
    tx.commit();
}

void OrgStore::remove(const QString &orgId)
{
    WriteTransaction tx(m_db, orgId);
    if (!org(orgId))
        throw ApiError::notFound(ApiError::Missing::Org);
    const QVariantList id {orgId};
    m_db.exec(
        QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id IN (SELECT id FROM invoices WHERE org_id = ?)"), id);
    for (const char *table : {"invoices", "payment_methods", "subscriptions", "api_keys", "invitations",
                              "invitation_sends", "memberships", "changes"})
        m_db.exec(QStringLiteral("DELETE FROM %1 WHERE org_id = ?").arg(QLatin1String(table)), id);
    m_db.exec(QStringLiteral("DELETE FROM orgs WHERE id = ?"), id);
    tx.commit();
}

QHash<QString, QJsonObject> OrgStore::changedBetween(const QString &orgId, qint64 from, qint64 to)
{
    QHash<QString, QJsonObject> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT o.id, o.name, o.logo_etag, o.created_at, o.member_count, o.version"
                                           " FROM changes c JOIN orgs o ON o.id = c.org_id"
                                           " WHERE c.org_id = ? AND c.entity = 'org' AND c.entity_id = o.id"
                                           " AND c.version > ? AND c.version <= ?"),
                            {orgId, from, to});
    while (q.next()) {
        domain::OrgProfile org = readOrg(q);
        result.insert(org.id, org.toJson());
    }
    return result;
}
