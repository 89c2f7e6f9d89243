#include "MemberBatch.h"

#include "MembersModel.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "api/MemberRequests.h"

#include <QSet>

#include <algorithm>

MemberBatch::MemberBatch(OrgSession *session, Kind kind, const QVector<domain::Member> &members, domain::Role role,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_kind(kind)
    , m_role(role)
{
    const QString self = session->user().id;
    for (const domain::Member &member : members)
        m_items.append(Item {member, State::Waiting, {}});
    std::stable_partition(m_items.begin(), m_items.end(),
                          [&self](const Item &item) { return item.member.userId != self; });
}

MemberBatch::~MemberBatch() = default;

QString MemberBatch::check(const OrgSession *session, Kind kind, const QVector<domain::Member> &members,
                           domain::Role role)
{
    QSet<QString> leaving; // admins who would stop being admins
    for (const domain::Member &member : members) {
        if (member.role == domain::Role::Admin && (kind == Kind::Remove || role != domain::Role::Admin))
            leaving.insert(member.userId);
    }
    if (!leaving.isEmpty() && !session->models()->members()->hasAdminOtherThan(leaving)) {
        return kind == Kind::Remove
            ? tr("These members include every admin of the organization, and it must keep at least one. Leave "
                 "at least one admin out of the selection, or promote another member to admin first.")
            : tr("This would leave the organization without an admin, and it must keep at least one. Leave at "
                 "least one admin out of the selection, or promote another member to admin first.");
    }
    if (kind == Kind::Remove) {
        const QString self = session->user().id;
        const bool includesSelf = std::any_of(members.cbegin(), members.cend(),
                                              [&self](const domain::Member &m) { return m.userId == self; });
        if (includesSelf)
            return tr("You cannot remove yourself here. To leave the organization, use General › Leave "
                      "Organization.");
    }
    return {};
}

int MemberBatch::doneCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Item &i) { return i.state == State::Done; }));
}

int MemberBatch::failedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Item &i) { return i.state == State::Failed; }));
}

void MemberBatch::start()
{
    sendNext();
}

void MemberBatch::sendNext()
{
    if (m_next >= m_items.size()) {
        emit finished();
        return;
    }
    const int row = m_next++;
    Item &item = m_items[row];
    item.state = State::Sending;
    ApiRequest *request = m_kind == Kind::Remove
        ? static_cast<ApiRequest *>(m_session->removeMember(item.member.userId))
        : static_cast<ApiRequest *>(m_session->changeMemberRole(item.member.userId, m_role));
    m_current = request;
    connect(request, &ApiRequest::succeeded, this, [this, row] { onFinished(row, nullptr); });
    connect(request, &ApiRequest::failed, this, [this, row](const ApiError &error) { onFinished(row, &error); });
    emit itemChanged(row);
}

void MemberBatch::onFinished(int row, const ApiError *error)
{
    Item &item = m_items[row];
    item.state = error ? State::Failed : State::Done;
    item.detail = error ? error->message() : QString();
    m_current.clear();
    emit itemChanged(row);
    sendNext();
}
