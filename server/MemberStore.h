#pragma once

#include "domain/Member.h"
#include "domain/UserInfo.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Database;

struct MemberQuery
{
    enum class Sort { Name, Email, JoinedAt, Role };
    int page = 1;
    int perPage = 50;
    QString search; // lower-cased substring of name or email; empty: all
    Sort sort = Sort::Name;
    bool descending = false;
};

struct MemberPage
{
    QList<domain::Member> items;
    qint64 total = 0;
};

// Memberships: pages, role changes, removal, and the last-admin invariant.
class MemberStore
{
public:
    explicit MemberStore(Database &db)
        : m_db(db)
    { }

    MemberPage page(const QString &orgId, const MemberQuery &query);
    std::optional<domain::Member> member(const QString &orgId, const QString &userId);

    // Each runs in its own write transaction on the org.
    domain::Member changeRole(const QString &orgId, const QString &userId, domain::Role role);
    void remove(const QString &orgId, const QString &userId);

    // Inside the caller's write transaction on the org.
    void insert(const QString &orgId, const domain::UserInfo &user, domain::Role role, qint64 joinedAt);
    // Throws last_admin when the member is the org's only admin.
    void removeInTransaction(const QString &orgId, const QString &userId);

    // Feed data: members whose change version lies in (from, to], by user id.
    QHash<QString, QJsonObject> changedBetween(const QString &orgId, qint64 from, qint64 to);

    static QString sortKey(const QString &name);

private:
    void ensureAnotherAdmin(const QString &orgId, const domain::Member &member, const QString &action);
    Database &m_db;
};
