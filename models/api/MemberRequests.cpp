#include "api/MemberRequests.h"

#include "domain/JsonCodec.h"

namespace {

QString membersPath(const QString &orgId)
{
    return QStringLiteral("/orgs/") + ApiRequest::encodeSegment(orgId) + QStringLiteral("/members");
}

} // namespace

ListMembersRequest::ListMembersRequest(const QString &orgId, const MemberQuery &query, QObject *parent)
    : ApiRequest("GET", membersPath(orgId), parent)
{
    QList<QPair<QString, QString>> items {
        {QStringLiteral("page"), QString::number(query.page)},
        {QStringLiteral("perPage"), QString::number(query.perPage)},
    };
    if (!query.q.isEmpty())
        items.append({QStringLiteral("q"), query.q});
    if (!query.sort.isEmpty())
        items.append({QStringLiteral("sort"), query.sort});
    if (!query.order.isEmpty())
        items.append({QStringLiteral("order"), query.order});
    setQueryItems(items);
}

bool ListMembersRequest::parse(const QByteArray &body)
{
    return readPage(body, m_items, m_total);
}

ChangeMemberRoleRequest::ChangeMemberRoleRequest(const QString &orgId, const QString &userId, domain::Role role,
                                                 QObject *parent)
    : ApiRequest("PATCH", membersPath(orgId) + QLatin1Char('/') + encodeSegment(userId), parent)
{
    setJsonBody({{QStringLiteral("role"), domain::roleToString(role)}});
}

bool ChangeMemberRoleRequest::parse(const QByteArray &body)
{
    const auto object = jsonObject(body);
    const auto member = object ? domain::Member::fromJson(*object) : std::nullopt;
    if (!member)
        return false;
    m_member = *member;
    return true;
}

RemoveMemberRequest::RemoveMemberRequest(const QString &orgId, const QString &userId, QObject *parent)
    : ApiRequest("DELETE", membersPath(orgId) + QLatin1Char('/') + encodeSegment(userId), parent)
{ }
