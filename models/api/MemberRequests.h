#pragma once

#include "api/ApiRequest.h"
#include "domain/Member.h"

#include <QVector>

// The query of GET /orgs/{org}/members: page (1-based), perPage (≤ 500), q (substring of
// name or email), sort (name | email | joinedAt | role) and order (asc | desc).
struct MemberQuery
{
    int page = 1;
    int perPage = 50;
    QString q;
    QString sort = QStringLiteral("name");
    QString order = QStringLiteral("asc");
};

// GET /orgs/{org}/members → one page of members and the total that match.
class ListMembersRequest : public ApiRequest
{
    Q_OBJECT

public:
    ListMembersRequest(const QString &orgId, const MemberQuery &query = {}, QObject *parent = nullptr);
    QVector<domain::Member> items() const { return m_items; }
    qint64 total() const { return m_total; }

protected:
    bool parse(const QByteArray &body) override;

private:
    QVector<domain::Member> m_items;
    qint64 m_total = 0;
};

// PATCH /orgs/{org}/members/{userId} {role} → 200 member.
class ChangeMemberRoleRequest : public ApiRequest
{
    Q_OBJECT

public:
    ChangeMemberRoleRequest(const QString &orgId, const QString &userId, domain::Role role, QObject *parent = nullptr);
    domain::Member member() const { return m_member; }

protected:
    bool parse(const QByteArray &body) override;

private:
    domain::Member m_member;
};

// DELETE /orgs/{org}/members/{userId} → 204. The user's account stays.
class RemoveMemberRequest : public ApiRequest
{
    Q_OBJECT

public:
    RemoveMemberRequest(const QString &orgId, const QString &userId, QObject *parent = nullptr);
};
