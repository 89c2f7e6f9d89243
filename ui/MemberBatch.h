#pragma once

#include "api/ApiRequest.h"
#include "domain/Member.h"
#include "domain/Role.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <optional>

class ApiError;
class OrgSession;

// One bulk change of members (role change or removal), sent one request at a time so the
// server judges each in turn (its last-admin check serialises them anyway), with each row's
// outcome reported as it arrives. The caller's own row goes last, so a self-demotion cannot
// take away the right to make the rest of the changes.
//
// check() is the local guard run before anything is sent: API.md's invariant that an org
// always keeps an Admin, counted on the session's members model.
class MemberBatch : public QObject
{
    Q_OBJECT
public:
    enum class Kind { ChangeRole, Remove };
    Q_ENUM(Kind)

    enum class State { Waiting, Sending, Done, Failed };
    Q_ENUM(State)

    struct Item
    {
        domain::Member member;
        State state = State::Waiting;
        QString detail; // the server's words when Failed
    };

    // `role` is the new role for ChangeRole (ignored for Remove).
    MemberBatch(OrgSession *session, Kind kind, const QVector<domain::Member> &members, domain::Role role,
                QObject *parent = nullptr);
    ~MemberBatch() override;

    // Why this batch must not be sent, in words, or empty: it would leave the org with no
    // Admin, or (Remove) it includes the caller, which is leaving, not removal.
    static QString check(const OrgSession *session, Kind kind, const QVector<domain::Member> &members,
                         domain::Role role);

    Kind kind() const { return m_kind; }
    domain::Role role() const { return m_role; }
    const QVector<Item> &items() const { return m_items; }
    int doneCount() const;
    int failedCount() const;
    bool isFinished() const { return m_next >= m_items.size() && !m_current; }

    void start();

signals:
    void itemChanged(int row);
    void finished();

private:
    void sendNext();
    void onFinished(int row, const ApiError *error);

    OrgSession *m_session;
    Kind m_kind;
    domain::Role m_role;
    QVector<Item> m_items;
    int m_next = 0;
    QPointer<ApiRequest> m_current;
};
