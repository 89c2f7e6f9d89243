#pragma once

#include "domain/Invitation.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;

struct AcceptedInvitation
{
    QString orgId;
    domain::Role role;
    bool createdAccount = false;
};

// Invitations: one-time tokens (stored hashed), expiry, resend, revoke, accept, and the
// per-org sending limit. Mail is sent inside the write transaction, so an invitation exists
// only if its email went out.
class InvitationStore
{
public:
    using Sender = std::function<void(const domain::Invitation &invitation)>;

    static constexpr int kSendsPerHour = 50;
    static constexpr qint64 kLifetimeSeconds = 7 * 24 * 3600;

    explicit InvitationStore(Database &db)
        : m_db(db)
    { }

    QList<domain::Invitation> list(const QString &orgId);
    std::optional<domain::Invitation> invitation(const QString &orgId, const QString &id);

    domain::Invitation create(const QString &orgId, const QString &email, domain::Role role,
                              const domain::PersonRef &inviter, const QString &tokenHash, const Sender &send);
    domain::Invitation resend(const QString &orgId, const QString &id, const QString &tokenHash, const Sender &send);
    void revoke(const QString &orgId, const QString &id);

    struct LiveToken
    {
        QString orgId;
        QString email;
    };
    // The org and invitee of a live token, without locking anything; nullopt: expired,
    // revoked, replaced, used or unknown.
    std::optional<LiveToken> liveToken(const QString &tokenHash);
    // `passwordHash` is used only when the email has no account (with `name`).
    AcceptedInvitation accept(const QString &tokenHash, const QString &name, const QString &passwordHash);

    QHash<QString, QJsonObject> changedBetween(const QString &orgId, qint64 from, qint64 to);

private:
    void checkSendLimit(const QString &orgId, qint64 now);
    void recordSend(const QString &orgId, qint64 now);
    Database &m_db;
};
