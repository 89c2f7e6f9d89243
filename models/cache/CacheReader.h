#pragma once

#include "sync/ChangeBatch.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

// Reads the cache's tables back into domain values. The caller holds a read transaction, so
// everything comes from one snapshot even while another connection writes.
class CacheReader
{
public:
    explicit CacheReader(const QSqlDatabase &db);

    // Fills every row of `batch` (members in sort_key order); the meta fields are the caller's.
    bool readAll(ChangeBatch &batch);
    bool readMember(const QString &userId, std::optional<domain::Member> &member);

    QSqlError lastError() const { return m_error; }

private:
    bool readOrg(ChangeBatch &batch);
    bool readLogo(ChangeBatch &batch);
    bool readSubscription(ChangeBatch &batch);
    bool readMembers(QVector<domain::Member> &members);
    bool readInvitations(QVector<domain::Invitation> &invitations);
    bool readApiKeys(QVector<domain::ApiKey> &keys);
    bool readInvoices(QVector<domain::Invoice> &invoices);
    bool readPaymentMethods(QVector<domain::PaymentMethod> &methods);

    QSqlDatabase m_db;
    QSqlError m_error;
};
