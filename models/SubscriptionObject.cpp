#include "SubscriptionObject.h"

#include <utility>

SubscriptionObject::SubscriptionObject(QObject *parent)
    : QObject(parent)
{ }

QVariant SubscriptionObject::pendingSeats() const
{
    return m_subscription.pendingSeats ? QVariant(*m_subscription.pendingSeats) : QVariant();
}

void SubscriptionObject::set(const domain::Subscription &subscription)
{
    assign(subscription, true);
}

void SubscriptionObject::clear()
{
    assign(domain::Subscription(), false);
}

void SubscriptionObject::assign(const domain::Subscription &subscription, bool available)
{
    // Store everything first, then notify: a handler sees the new subscription whole.
    const domain::Subscription old = std::exchange(m_subscription, subscription);
    const bool wasAvailable = std::exchange(m_available, available);
    if (old.plan != subscription.plan)
        Q_EMIT planChanged();
    if (old.status != subscription.status)
        Q_EMIT statusChanged();
    if (old.seats != subscription.seats)
        Q_EMIT seatsChanged();
    if (old.pendingSeats != subscription.pendingSeats)
        Q_EMIT pendingSeatsChanged();
    if (old.pricePerSeat != subscription.pricePerSeat)
        Q_EMIT pricePerSeatChanged();
    if (old.currency != subscription.currency)
        Q_EMIT currencyChanged();
    if (old.interval != subscription.interval)
        Q_EMIT intervalChanged();
    if (old.currentPeriodStart != subscription.currentPeriodStart)
        Q_EMIT currentPeriodStartChanged();
    if (old.currentPeriodEnd != subscription.currentPeriodEnd)
        Q_EMIT currentPeriodEndChanged();
    if (wasAvailable != available)
        Q_EMIT isAvailableChanged();
}
