#pragma once

#include "domain/OrgProfile.h"
#include "domain/Role.h"
#include "domain/UserInfo.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Database;

struct OrgMembership
{
    QString orgId;
    QString name;
    domain::Role role;
};

struct Logo
{
    QByteArray bytes;
    QString contentType;
    QString etag;
};

// Organizations: profile, logo, leaving and deleting.
class OrgStore
{
public:
    explicit OrgStore(Database &db)
        : m_db(db)
    { }

    domain::OrgProfile create(const QString &name, const domain::UserInfo &creator);
    std::optional<domain::OrgProfile> org(const QString &orgId);
    std::optional<domain::Role> roleOf(const QString &orgId, const QString &userId);
    QList<OrgMembership> orgsOf(const QString &userId);

    domain::OrgProfile rename(const QString &orgId, const QString &name);
    std::optional<Logo> logo(const QString &orgId);
    void setLogo(const QString &orgId, const QByteArray &bytes, const QString &contentType);
    void clearLogo(const QString &orgId);
    void leave(const QString &orgId, const QString &userId);
    // Removes the org and everything that belongs to it, in one transaction.
    void remove(const QString &orgId);

    // Feed data: the org row if its change version lies in (from, to].
    QHash<QString, QJsonObject> changedBetween(const QString &orgId, qint64 from, qint64 to);

    // Inside a write transaction: a new org row with version 0.
    void insertRow(const QString &orgId, const QString &name, qint64 createdAt);

private:
    Database &m_db;
};
