#include "api/ChangesRequest.h"

#include "domain/ChangeEntity.h"
#include "domain/JsonCodec.h"

#include <QJsonDocument>

using domain::ChangeEntity;

namespace {

template<typename T> bool addUpsert(EntityChanges<T> &changes, const QJsonValue &data)
{
    if (!data.isObject())
        return false;
    auto item = T::fromJson(data.toObject());
    if (!item)
        return false;
    changes.upserts.append(std::move(*item));
    return true;
}

} // namespace

ChangesRequest::ChangesRequest(const QString &orgId, qint64 since, int limit, QObject *parent)
    : ApiRequest("GET", QStringLiteral("/orgs/") + encodeSegment(orgId) + QStringLiteral("/changes"), parent)
    , m_since(since)
{
    setQueryItems(
        {{QStringLiteral("since"), QString::number(since)}, {QStringLiteral("limit"), QString::number(limit)}});
}

bool ChangesRequest::parse(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject root = document.object();
    const auto version = domain::JsonCodec::readInteger(root, QLatin1String("version"));
    const auto more = domain::JsonCodec::readBool(root, QLatin1String("more"));
    const QJsonValue changesValue = root.value(QLatin1String("changes"));
    if (!version || !more || !changesValue.isArray())
        return false;
    const QJsonArray changes = changesValue.toArray();

    ChangeBatch batch;
    batch.reset = m_since == 0;
    batch.fromVersion = m_since;
    batch.more = *more;

    const QLatin1String entityKey("entity"), opKey("op"), idKey("id"), versionKey("version"), dataKey("data");
    const QLatin1String upsertOp("upsert"), deleteOp("delete");
    qint64 lastVersion = m_since;
    for (const QJsonValue &value : changes) {
        if (!value.isObject())
            return false;
        const QJsonObject change = value.toObject();
        const QJsonValue entityName = change.value(entityKey);
        const QJsonValue op = change.value(opKey);
        const QJsonValue id = change.value(idKey);
        const auto changeVersion = domain::JsonCodec::readInteger(change, versionKey);
        if (!entityName.isString() || !op.isString() || !id.isString() || !changeVersion)
            return false;
        lastVersion = *changeVersion;
        const auto entity = domain::changeEntityFromString(entityName.toString());
        if (!entity)
            continue; // an entity a newer server added: nothing here can show it
        const bool upsert = op.toString() == upsertOp;
        if (!upsert && op.toString() != deleteOp)
            return false;
        const QJsonValue data = upsert ? change.value(dataKey) : QJsonValue();

        bool ok = true;
        switch (*entity) {
        case ChangeEntity::Org:
            if (upsert) {
                batch.org = data.isObject() ? domain::OrgProfile::fromJson(data.toObject()) : std::nullopt;
                ok = batch.org.has_value();
            } else {
                batch.org.reset();
                batch.orgRemoved = true;
            }
            break;
        case ChangeEntity::Subscription:
            if (upsert) {
                batch.subscription = data.isObject() ? domain::Subscription::fromJson(data.toObject()) : std::nullopt;
                ok = batch.subscription.has_value();
            } else {
                batch.subscription.reset();
                batch.subscriptionRemoved = true;
            }
            break;
        case ChangeEntity::Member:
            ok = upsert ? addUpsert(batch.members, data) : (batch.members.removed.append(id.toString()), true);
            break;
        case ChangeEntity::Invitation:
            ok = upsert ? addUpsert(batch.invitations, data) : (batch.invitations.removed.append(id.toString()), true);
            break;
        case ChangeEntity::ApiKey:
            ok = upsert ? addUpsert(batch.apiKeys, data) : (batch.apiKeys.removed.append(id.toString()), true);
            break;
        case ChangeEntity::Invoice:
            ok = upsert ? addUpsert(batch.invoices, data) : (batch.invoices.removed.append(id.toString()), true);
            break;
        case ChangeEntity::PaymentMethod:
            ok = upsert ? addUpsert(batch.paymentMethods, data)
                        : (batch.paymentMethods.removed.append(id.toString()), true);
            break;
        }
        if (!ok)
            return false;
    }

    batch.toVersion = batch.more ? (changes.isEmpty() ? m_since : lastVersion) : *version;
    m_changeCount = int(changes.size());
    m_batch = std::move(batch);
    return true;
}
