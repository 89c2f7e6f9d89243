#include "OrgModels.h"

#include "ApiKeysModel.h"
#include "InvitationsModel.h"
#include "InvoicesModel.h"
#include "MembersModel.h"
#include "OrgProfileObject.h"
#include "PaymentMethodsModel.h"
#include "SubscriptionObject.h"

namespace {

template<typename Model, typename T> void resetModel(Model *model, const EntityChanges<T> &changes)
{
    model->resetTo(changes.upserts);
    // A reset batch has no removals in practice; honour any after the reset all the same.
    if (!changes.removed.isEmpty())
        model->apply(EntityChanges<T> {{}, changes.removed});
}

} // namespace

OrgModels::OrgModels(QObject *parent)
    : QObject(parent)
    , m_members(new MembersModel(this))
    , m_invitations(new InvitationsModel(this))
    , m_apiKeys(new ApiKeysModel(this))
    , m_invoices(new InvoicesModel(this))
    , m_paymentMethods(new PaymentMethodsModel(this))
    , m_org(new OrgProfileObject(this))
    , m_subscription(new SubscriptionObject(this))
{ }

void OrgModels::apply(const ChangeBatch &batch)
{
    if (batch.reset) {
        resetModel(m_members, batch.members);
        resetModel(m_invitations, batch.invitations);
        resetModel(m_apiKeys, batch.apiKeys);
        resetModel(m_invoices, batch.invoices);
        resetModel(m_paymentMethods, batch.paymentMethods);
        // set() rather than clear() + set(): properties that stay the same stay quiet.
        if (batch.org && !batch.orgRemoved)
            m_org->set(*batch.org);
        else
            m_org->clear();
        if (batch.subscription && !batch.subscriptionRemoved)
            m_subscription->set(*batch.subscription);
        else
            m_subscription->clear();
    } else {
        m_members->apply(batch.members);
        m_invitations->apply(batch.invitations);
        m_apiKeys->apply(batch.apiKeys);
        m_invoices->apply(batch.invoices);
        m_paymentMethods->apply(batch.paymentMethods);
        if (batch.orgRemoved)
            m_org->clear();
        else if (batch.org)
            m_org->set(*batch.org);
        if (batch.subscriptionRemoved)
            m_subscription->clear();
        else if (batch.subscription)
            m_subscription->set(*batch.subscription);
    }
    if (batch.logo && m_org->isAvailable())
        m_org->setLogo(*batch.logo);
    Q_EMIT changed();
}

void OrgModels::clear()
{
    m_members->resetTo({});
    m_invitations->resetTo({});
    m_apiKeys->resetTo({});
    m_invoices->resetTo({});
    m_paymentMethods->resetTo({});
    m_org->clear();
    m_subscription->clear();
    setStale(false);
    Q_EMIT changed();
}

void OrgModels::setStale(bool stale)
{
    m_members->setStale(stale);
    m_invitations->setStale(stale);
    m_apiKeys->setStale(stale);
    m_invoices->setStale(stale);
    m_paymentMethods->setStale(stale);
}
