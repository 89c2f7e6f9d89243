#pragma once

#include "sync/ChangeBatch.h"

#include <QSqlDatabase>
#include <QSqlError>

// Writes a ChangeBatch into the cache's tables. Runs inside the caller's transaction and
// stops at the first error, so the caller's rollback undoes everything.
class CacheWriter
{
public:
    explicit CacheWriter(const QSqlDatabase &db);

    bool apply(const ChangeBatch &batch);
    bool deleteAllRows();
    bool writeMeta(qint64 version, bool complete);
    bool writeLastSyncedAt(const QDateTime &when);
    bool resetMeta(); // version 0, not complete, never synced

    QSqlError lastError() const { return m_error; }

    // The members' order: what load() sorts by. Stored as its UTF-8 bytes, so compared in
    // code point order.
    static QString memberSortKey(const QString &name, const QString &email);

private:
    bool run(const QString &statement);
    bool upsertOrg(const domain::OrgProfile &org);
    bool writeLogo(const QByteArray &bytes, const std::optional<domain::OrgProfile> &org);
    bool upsertSubscription(const domain::Subscription &subscription);
    bool upsertMembers(const QVector<domain::Member> &members);
    bool upsertInvitations(const QVector<domain::Invitation> &invitations);
    bool upsertApiKeys(const QVector<domain::ApiKey> &keys);
    bool upsertInvoices(const QVector<domain::Invoice> &invoices);
    bool upsertPaymentMethods(const QVector<domain::PaymentMethod> &methods);
    bool removeIds(QLatin1String table, QLatin1String idColumn, const QVector<QString> &ids);

    QSqlDatabase m_db;
    QSqlError m_error;
};
