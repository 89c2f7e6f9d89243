#include "InvitationStore.h"

#include "ApiError.h"
#include "AuthStore.h"
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
const QString kColumns
    = QStringLiteral("i.id, i.email, i.role, i.invited_by, i.invited_by_name, i.created_at, i.expires_at");

domain::Invitation readInvitation(const QSqlQuery &q)
{
    domain::Invitation invitation;
    invitation.id = q.value(0).toString();
    invitation.email = q.value(1).toString();
    invitation.role = static_cast<Role>(q.value(2).toInt());
    invitation.invitedBy = {q.value(3).toString(), q.value(4).toString()};
    invitation.createdAt = Clock::toDateTime(q.value(5).toLongLong());
    invitation.expiresAt = Clock::toDateTime(q.value(6).toLongLong());
    return invitation;
}

} // namespace

QList<domain::Invitation> InvitationStore::list(const QString &orgId)
{
    QList<domain::Invitation> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM invitations i WHERE i.org_id = ? ORDER BY i.created_at, i.id"),
                            {orgId});
    while (q.next())
        result.append(readInvitation(q));
    return result;
}

std::optional<domain::Invitation> InvitationStore::invitation(const QString &orgId, const QString &id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM invitations i WHERE i.org_id = ? AND i.id = ?"),
                            {orgId, id});
    if (!q.next())
        return std::nullopt;
    return readInvitation(q);
}

void InvitationStore::checkSendLimit(const QString &orgId, qint64 now)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT COUNT(*), MIN(sent_at) FROM invitation_sends"
                                           " WHERE org_id = ? AND sent_at > ?"),
                            {orgId, now - 3600});
    q.next();
    if (q.value(0).toInt() >= kSendsPerHour) {
        const int wait = int(std::max<qint64>(1, q.value(1).toLongLong() + 3600 - now));
        throw ApiError(ProblemCode::RateLimited,
                       QStringLiteral("This organization has sent %1 invitations in the last hour, the most it may. "
                                      "Try again in %2 minutes.")
                           .arg(kSendsPerHour)
                           .arg((wait + 59) / 60),
                       {}, wait);
    }
}

void InvitationStore::recordSend(const QString &orgId, qint64 now)
{
    m_db.exec(QStringLiteral("INSERT INTO invitation_sends (org_id, sent_at) VALUES (?, ?)"), {orgId, now});
}

domain::Invitation InvitationStore::create(const QString &orgId, const QString &email, Role role,
                                           const domain::PersonRef &inviter, const QString &tokenHash,
                                           const Sender &send)
{
    const qint64 now = Clock::now();
    WriteTransaction tx(m_db, orgId);
    QSqlQuery member
        = m_db.exec(QStringLiteral("SELECT 1 FROM memberships WHERE org_id = ? AND email = ?"), {orgId, email});
    if (member.next())
        throw ApiError(ProblemCode::AlreadyMember,
                       QStringLiteral("%1 is already a member of this organization.").arg(email));
    member.finish();
    QSqlQuery existing = m_db.exec(
        QStringLiteral("SELECT id, expires_at FROM invitations WHERE org_id = ? AND email = ?"), {orgId, email});
    ChangeLog log(m_db);
    if (existing.next()) {
        const QString oldId = existing.value(0).toString();
        if (existing.value(1).toLongLong() > now)
            throw ApiError(ProblemCode::InvitationPending,
                           QStringLiteral("%1 already has a pending invitation. Resend it instead.").arg(email));
        existing.finish();
        // An expired invitation for the same email is replaced.
        m_db.exec(QStringLiteral("DELETE FROM invitations WHERE id = ?"), {oldId});
        log.remove(orgId, ChangeEntity::Invitation, oldId);
    }
    existing.finish();
    checkSendLimit(orgId, now);

    domain::Invitation invitation;
    invitation.id = Crypto::newId("inv_");
    invitation.email = email;
    invitation.role = role;
    invitation.invitedBy = inviter;
    invitation.createdAt = Clock::toDateTime(now);
    invitation.expiresAt = Clock::toDateTime(now + kLifetimeSeconds);
    m_db.exec(
        QStringLiteral("INSERT INTO invitations (id, org_id, email, role, invited_by, invited_by_name, created_at,"
                       " expires_at, token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {invitation.id, orgId, email, int(role), inviter.userId, inviter.name, now, now + kLifetimeSeconds, tokenHash});
    recordSend(orgId, now);
    log.upsert(orgId, ChangeEntity::Invitation, invitation.id);
    send(invitation);
    tx.commit();
    return invitation;
}

domain::Invitation InvitationStore::resend(const QString &orgId, const QString &id, const QString &tokenHash,
                                           const Sender &send)
{
    const qint64 now = Clock::now();
    WriteTransaction tx(m_db, orgId);
    auto current = invitation(orgId, id);
    if (!current)
        throw ApiError::notFound(ApiError::Missing::Invitation);
    checkSendLimit(orgId, now);
    m_db.exec(QStringLiteral("UPDATE invitations SET token_hash = ?, expires_at = ? WHERE id = ?"),
              {tokenHash, now + kLifetimeSeconds, id});
    recordSend(orgId, now);
    ChangeLog(m_db).upsert(orgId, ChangeEntity::Invitation, id);
    current->expiresAt = Clock::toDateTime(now + kLifetimeSeconds);
    send(*current);
    tx.commit();
    return *current;
}

void InvitationStore::revoke(const QString &orgId, const QString &id)
{
    WriteTransaction tx(m_db, orgId);
    if (!invitation(orgId, id))
        throw ApiError::notFound(ApiError::Missing::Invitation);
    m_db.exec(QStringLiteral("DELETE FROM invitations WHERE id = ?"), {id});
    ChangeLog(m_db).remove(orgId, ChangeEntity::Invitation, id);
    tx.commit();
}

std::optional<InvitationStore::LiveToken> InvitationStore::liveToken(const QString &tokenHash)
{
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT org_id, email FROM invitations WHERE token_hash = ? AND expires_at > ?"),
                    {tokenHash, Clock::now()});
    if (!q.next())
        return std::nullopt;
    return LiveToken {q.value(0).toString(), q.value(1).toString()};
}

AcceptedInvitation InvitationStore::accept(const QString &tokenHash, const QString &name, const QString &passwordHash)
{
    const auto token = liveToken(tokenHash);
    if (!token)
        throw ApiError::invitationExpired();
    const QString orgId = token->orgId;
    const qint64 now = Clock::now();
    WriteTransaction tx(m_db, orgId);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, email, role FROM invitations"
                                           " WHERE token_hash = ? AND org_id = ? AND expires_at > ?"),
                            {tokenHash, orgId, now});
    if (!q.next())
        throw ApiError::invitationExpired();
    const QString id = q.value(0).toString();
    const QString email = q.value(1).toString();
    const Role role = static_cast<Role>(q.value(2).toInt());
    q.finish();

    AuthStore accounts(m_db);
    AcceptedInvitation result {orgId, role, false};
    domain::UserInfo user;
    if (auto existing = accounts.userByEmail(email)) {
        user = existing->user;
    } else {
        if (name.isEmpty() || passwordHash.isEmpty())
            throw ApiError(
                ProblemCode::ValidationFailed,
                QStringLiteral("%1 has no account yet: give a name and a password to create one.").arg(email),
                {{QStringLiteral("name"), QStringLiteral("A name is required to create the account.")},
                 {QStringLiteral("password"), QStringLiteral("A password is required to create the account.")}});
        user = accounts.createUser(email, name, passwordHash);
        result.createdAccount = true;
    }
    MemberStore members(m_db);
    if (members.member(orgId, user.id))
        throw ApiError(ProblemCode::AlreadyMember,
                       QStringLiteral("%1 is already a member of this organization.").arg(email));
    members.insert(orgId, user, role, now);
    m_db.exec(QStringLiteral("DELETE FROM invitations WHERE id = ?"), {id});
    ChangeLog(m_db).remove(orgId, ChangeEntity::Invitation, id);
    tx.commit();
    return result;
}

QHash<QString, QJsonObject> InvitationStore::changedBetween(const QString &orgId, qint64 from, qint64 to)
{
    QHash<QString, QJsonObject> result;
    const QDateTime now = Clock::toDateTime(Clock::now());
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM changes c JOIN invitations i ON i.id = c.entity_id"
                                                 " WHERE c.org_id = ? AND c.entity = 'invitation'"
                                                 " AND c.version > ? AND c.version <= ?"),
                            {orgId, from, to});
    while (q.next()) {
        const domain::Invitation invitation = readInvitation(q);
        result.insert(invitation.id, invitation.toJson(now));
    }
    return result;
}
