#include "MemberStore.h"

#include "ApiError.h"
#include "ChangeLog.h"
#include "Clock.h"
#include "Database.h"

#include <QSqlQuery>

using domain::ChangeEntity;
using domain::ProblemCode;
using domain::Role;

namespace {
const QString kColumns = QStringLiteral("user_id, name, email, role, joined_at");

domain::Member readMember(const QSqlQuery &q, int offset = 0)
{
    return domain::Member {q.value(offset).toString(), q.value(offset + 1).toString(), q.value(offset + 2).toString(),
                           static_cast<Role>(q.value(offset + 3).toInt()),
                           Clock::toDateTime(q.value(offset + 4).toLongLong())};
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QString MemberStore::sortKey(const QString &name)
{
    return name.toCaseFolded();
}

MemberPage MemberStore::page(const QString &orgId, const MemberQuery &query)
{
    QString where = QStringLiteral("org_id = ?");
    QVariantList bindings {orgId};
    if (!query.search.isEmpty()) {
        // sort_name is the case-folded name; emails are stored lower-cased.
        where += QStringLiteral(" AND (sort_name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(query.search.toCaseFolded());
        bindings << pattern << pattern;
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    switch (query.sort) {
    case MemberQuery::Sort::Name:
        order = QStringLiteral("sort_name") + dir + QStringLiteral(", user_id") + dir;
        break;
    case MemberQuery::Sort::Email:
        order = QStringLiteral("email") + dir;
        break;
    case MemberQuery::Sort::JoinedAt:
        order = QStringLiteral("joined_at") + dir + QStringLiteral(", user_id") + dir;
        break;
    case MemberQuery::Sort::Role:
        order = QStringLiteral("role") + dir + QStringLiteral(", sort_name") + dir + QStringLiteral(", user_id") + dir;
        break;
    }

    MemberPage result;
    if (query.search.isEmpty()) {
        QSqlQuery &count = m_db.execCached(QStringLiteral("SELECT member_count FROM orgs WHERE id = ?"), {orgId});
        result.total = count.next() ? count.value(0).toLongLong() : 0;
        count.finish();
    } else {
        QSqlQuery count = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE ") + where, bindings);
        result.total = count.next() ? count.value(0).toLongLong() : 0;
    }
    QVariantList pageBindings = bindings;
    pageBindings << query.perPage << qint64(query.page - 1) * query.perPage;
    QSqlQuery &rows
        = m_db.execCached(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM memberships WHERE ") + where
                              + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?"),
                          pageBindings);
    while (rows.next())
        result.items.append(readMember(rows));
    rows.finish();
    return result;
}

std::optional<domain::Member> MemberStore::member(const QString &orgId, const QString &userId)
{
    QSqlQuery &q = m_db.execCached(QStringLiteral("SELECT ") + kColumns
                                       + QStringLiteral(" FROM memberships WHERE org_id = ? AND user_id = ?"),
                                   {orgId, userId});
    if (!q.next())
        return std::nullopt;
    domain::Member member = readMember(q);
    q.finish();
    return member;
}

void MemberStore::ensureAnotherAdmin(const QString &orgId, const domain::Member &member, const QString &action)
{
    if (member.role != Role::Admin)
        return;
    QSqlQuery &q
        = m_db.execCached(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE org_id = ? AND role = 0"), {orgId});
    q.next();
    const qint64 admins = q.value(0).toLongLong();
    q.finish();
    if (admins <= 1)
        throw ApiError(ProblemCode::LastAdmin,
                       QStringLiteral("%1 is the organization's only admin, so they cannot %2. Promote another member "
                                      "to admin first, or delete the organization.")
                           .arg(member.name, action));
}

domain::Member MemberStore::changeRole(const QString &orgId, const QString &userId, Role role)
{
    WriteTransaction tx(m_db, orgId);
    auto current = member(orgId, userId);
    if (!current)
        throw ApiError::notFound(ApiError::Missing::Member);
    if (current->role == role)
        return *current;
    if (role != Role::Admin)
        ensureAnotherAdmin(orgId, *current, QStringLiteral("stop being an admin"));
    m_db.execCached(QStringLiteral("UPDATE memberships SET role = ? WHERE org_id = ? AND user_id = ?"),
                    {int(role), orgId, userId});
    ChangeLog(m_db).upsert(orgId, ChangeEntity::Member, userId);
    tx.commit();
    current->role = role;
    return *current;
}

void MemberStore::remove(const QString &orgId, const QString &userId)
{
    WriteTransaction tx(m_db, orgId);
    removeInTransaction(orgId, userId);
    tx.commit();
}

void MemberStore::removeInTransaction(const QString &orgId, const QString &userId)
{
    auto current = member(orgId, userId);
    if (!current)
        throw ApiError::notFound(ApiError::Missing::Member);
    ensureAnotherAdmin(orgId, *current, QStringLiteral("leave or be removed"));
    m_db.execCached(QStringLiteral("DELETE FROM memberships WHERE org_id = ? AND user_id = ?"), {orgId, userId});
    m_db.execCached(QStringLiteral("UPDATE orgs SET member_count = member_count - 1 WHERE id = ?"), {orgId});
    ChangeLog log(m_db);
    log.remove(orgId, ChangeEntity::Member, userId);
    log.upsert(orgId, ChangeEntity::Org, orgId);
}

void MemberStore::insert(const QString &orgId, const domain::UserInfo &user, Role role, qint64 joinedAt)
{
    m_db.execCached(QStringLiteral("INSERT INTO memberships (org_id, user_id, role, joined_at, name, sort_name, email)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {orgId, user.id, int(role), joinedAt, user.name, sortKey(user.name), user.email});
    m_db.execCached(QStringLiteral("UPDATE orgs SET member_count = member_count + 1 WHERE id = ?"), {orgId});
    ChangeLog log(m_db);
    log.upsert(orgId, ChangeEntity::Member, user.id);
    log.upsert(orgId, ChangeEntity::Org, orgId);
}

QHash<QString, QJsonObject> MemberStore::changedBetween(const QString &orgId, qint64 from, qint64 to)
{
    QHash<QString, QJsonObject> result;
    QSqlQuery &q = m_db.execCached(QStringLiteral("SELECT m.user_id, m.name, m.email, m.role, m.joined_at"
                                                  " FROM changes c JOIN memberships m"
                                                  " ON m.org_id = c.org_id AND m.user_id = c.entity_id"
                                                  " WHERE c.org_id = ? AND c.entity = 'member'"
                                                  " AND c.version > ? AND c.version <= ?"),
                                   {orgId, from, to});
    while (q.next()) {
        const domain::Member member = readMember(q);
        result.insert(member.userId, member.toJson());
    }
    q.finish();
    return result;
}
