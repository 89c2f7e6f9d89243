#pragma once

#include "sync/ChangeBatch.h"

#include <QObject>

class ApiKeysModel;
class InvitationsModel;
class InvoicesModel;
class MembersModel;
class OrgProfileObject;
class PaymentMethodsModel;
class SubscriptionObject;

// Everything the UI shows about one org, fed by ChangeBatches (from the cache at start,
// then from the changes feed). Owns its models and objects as QObject children, so their
// addresses never change for the lifetime of this object.
class OrgModels : public QObject
{
    Q_OBJECT
public:
    explicit OrgModels(QObject *parent = nullptr);

    MembersModel *members() const { return m_members; }
    InvitationsModel *invitations() const { return m_invitations; }
    ApiKeysModel *apiKeys() const { return m_apiKeys; }
    InvoicesModel *invoices() const { return m_invoices; }
    PaymentMethodsModel *paymentMethods() const { return m_paymentMethods; }
    OrgProfileObject *org() const { return m_org; }
    SubscriptionObject *subscription() const { return m_subscription; }

    // batch.reset: each model is reset to the batch's rows, and the org and subscription are
    // set from it or cleared when it has none. Otherwise every part is merged by id, and the
    // models emit fine-grained row signals. Emits changed() once.
    void apply(const ChangeBatch &batch);
    // Drops everything (sign out, access to the org lost). Emits changed() once.
    void clear();
    // IsStaleRole on every row of every model: the data comes from the cache while offline.
    void setStale(bool stale);

Q_SIGNALS:
    void changed();

private:
    MembersModel *m_members;
    InvitationsModel *m_invitations;
    ApiKeysModel *m_apiKeys;
    InvoicesModel *m_invoices;
    PaymentMethodsModel *m_paymentMethods;
    OrgProfileObject *m_org;
    SubscriptionObject *m_subscription;
};
