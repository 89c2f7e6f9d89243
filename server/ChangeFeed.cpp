#include "ChangeFeed.h"

#include "ApiError.h"
#include "ApiKeyStore.h"
#include "BillingStore.h"
#include "Database.h"
#include "InvitationStore.h"
#include "MemberStore.h"
#include "OrgStore.h"

#include "domain/Permissions.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

using domain::ChangeEntity;
using domain::Permissions;
using domain::ProblemCode;

namespace {
struct Row
{
    ChangeEntity entity;
    QString id;
    qint64 version;
    bool deleted;
};

ApiError resync(const QString &why)
{
    return ApiError(ProblemCode::ResyncRequired, why + QStringLiteral(" Start again from since=0."));
}
} // namespace

ChangesPage ChangeFeed::read(const QString &orgId, qint64 since, int limit, domain::Role role, const QString &callerId)
{
    ReadTransaction snapshot(m_db);
    QSqlQuery org = m_db.exec(QStringLiteral("SELECT version, horizon FROM orgs WHERE id = ?"), {orgId});
    if (!org.next())
        throw ApiError::notFound(ApiError::Missing::Org);
    ChangesPage page;
    page.version = org.value(0).toLongLong();
    const qint64 horizon = org.value(1).toLongLong();
    org.finish();
    if (since > page.version)
        throw resync(
            QStringLiteral("Version %1 is newer than this organization's history (%2).").arg(since).arg(page.version));
    if (since > 0 && since < horizon)
        throw resync(
            QStringLiteral("The changes after version %1 are older than the history this server keeps.").arg(since));

    QStringList visible;
    for (int i = 0; i < domain::kChangeEntityCount; ++i) {
        const auto entity = static_cast<ChangeEntity>(i);
        if (Permissions::canView(role, entity))
            visible << QLatin1Char('\'') + domain::changeEntityToString(entity) + QLatin1Char('\'');
    }
    const bool seesMembers = Permissions::canView(role, ChangeEntity::Member);
    QString sql = QStringLiteral("SELECT entity, entity_id, version, deleted FROM changes"
                                 " WHERE org_id = ? AND version > ? AND version <= ?");
    QVariantList bindings {orgId, since, page.version};
    if (since == 0)
        sql += QStringLiteral(" AND deleted = 0"); // a snapshot of the live rows
    // The entity names come from the enum, never from the request.
    sql += QStringLiteral(" AND (entity IN (") + visible.join(QLatin1Char(','))
        + QStringLiteral(") OR (entity = 'member' AND entity_id = ?)) ORDER BY version LIMIT ?");
    bindings << callerId << limit + 1;

    QList<Row> rows;
    QSqlQuery q = m_db.exec(sql, bindings);
    while (q.next()) {
        rows.append({*domain::changeEntityFromString(q.value(0).toString()), q.value(1).toString(),
                     q.value(2).toLongLong(), q.value(3).toInt() != 0});
    }
    q.finish();
    page.more = rows.size() > limit;
    if (page.more)
        rows.resize(limit);
    const qint64 upper = rows.isEmpty() ? since : rows.last().version;

    bool present[domain::kChangeEntityCount] = {};
    for (const Row &row : rows) {
        if (!row.deleted)
            present[int(row.entity)] = true;
    }
    QHash<QString, QJsonObject> data[domain::kChangeEntityCount];
    if (present[int(ChangeEntity::Org)])
        data[int(ChangeEntity::Org)] = OrgStore(m_db).changedBetween(orgId, since, upper);
    if (present[int(ChangeEntity::Member)]) {
        MemberStore members(m_db);
        if (seesMembers) {
            data[int(ChangeEntity::Member)] = members.changedBetween(orgId, since, upper);
        } else if (const auto self = members.member(orgId, callerId)) {
            data[int(ChangeEntity::Member)].insert(callerId, self->toJson());
        }
    }
    if (present[int(ChangeEntity::Invitation)])
        data[int(ChangeEntity::Invitation)] = InvitationStore(m_db).changedBetween(orgId, since, upper);
    if (present[int(ChangeEntity::ApiKey)])
        data[int(ChangeEntity::ApiKey)] = ApiKeyStore(m_db).changedBetween(orgId, since, upper);
    BillingStore billing(m_db);
    if (present[int(ChangeEntity::Subscription)])
        data[int(ChangeEntity::Subscription)] = billing.subscriptionChangedBetween(orgId, since, upper);
    if (present[int(ChangeEntity::Invoice)])
        data[int(ChangeEntity::Invoice)] = billing.invoicesChangedBetween(orgId, since, upper);
    if (present[int(ChangeEntity::PaymentMethod)])
        data[int(ChangeEntity::PaymentMethod)] = billing.paymentMethodsChangedBetween(orgId, since, upper);

    const QString entityKey = QStringLiteral("entity"), opKey = QStringLiteral("op"), idKey = QStringLiteral("id"),
                  versionKey = QStringLiteral("version"), dataKey = QStringLiteral("data"),
                  upsert = QStringLiteral("upsert"), remove = QStringLiteral("delete");
    for (const Row &row : rows) {
        QJsonObject change;
        change.insert(entityKey, domain::changeEntityToString(row.entity));
        change.insert(idKey, row.id);
        change.insert(versionKey, row.version);
        if (row.deleted) {
            change.insert(opKey, remove);
            change.insert(dataKey, QJsonValue(QJsonValue::Null));
        } else {
            change.insert(opKey, upsert);
            change.insert(dataKey, data[int(row.entity)].value(row.id));
        }
        page.changes.append(change);
    }
    return page;
}

void ChangeFeed::prune(qint64 now, qint64 retentionSeconds)
{
    const qint64 cutoff = now - retentionSeconds;
    WriteTransaction tx(m_db, QString());
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT org_id, MAX(version) FROM changes"
                                           " WHERE deleted = 1 AND changed_at < ? GROUP BY org_id"),
                            {cutoff});
    QList<QPair<QString, qint64>> horizons;
    while (q.next())
        horizons.append({q.value(0).toString(), q.value(1).toLongLong()});
    q.finish();
    // Delete exactly the tombstones the new horizon covers: one committed meanwhile with an
    // older timestamp but a newer version must stay until a later round counts it.
    for (const auto &[orgId, version] : horizons) {
        m_db.exec(QStringLiteral("UPDATE orgs SET horizon = ? WHERE id = ? AND horizon < ?"),
                  {version, orgId, version});
        m_db.exec(QStringLiteral("DELETE FROM changes WHERE org_id = ? AND deleted = 1 AND version <= ?"),
                  {orgId, version});
    }
    tx.commit();
}
