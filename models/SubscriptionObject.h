#pragma once

#include "domain/Subscription.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVariant>

// The org's subscription (Billing tab) as properties. Each NOTIFY fires only when its value
// changes.
class SubscriptionObject : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString plan READ plan NOTIFY planChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(int seats READ seats NOTIFY seatsChanged)
    // Null QVariant when no decrease is scheduled, else the int seats from the next period.
    Q_PROPERTY(QVariant pendingSeats READ pendingSeats NOTIFY pendingSeatsChanged)
    Q_PROPERTY(bool hasPendingSeats READ hasPendingSeats NOTIFY pendingSeatsChanged)
    Q_PROPERTY(qint64 pricePerSeat READ pricePerSeat NOTIFY pricePerSeatChanged) // minor units
    Q_PROPERTY(QString currency READ currency NOTIFY currencyChanged)
    Q_PROPERTY(QString interval READ interval NOTIFY intervalChanged)
    Q_PROPERTY(QDateTime currentPeriodStart READ currentPeriodStart NOTIFY currentPeriodStartChanged)
    Q_PROPERTY(QDateTime currentPeriodEnd READ currentPeriodEnd NOTIFY currentPeriodEndChanged)
    // False until a subscription arrived (and again after clear()).
    Q_PROPERTY(bool isAvailable READ isAvailable NOTIFY isAvailableChanged)
public:
    explicit SubscriptionObject(QObject *parent = nullptr);

    QString plan() const { return m_subscription.plan; }
    QString status() const { return m_subscription.status; }
    int seats() const { return m_subscription.seats; }
    QVariant pendingSeats() const;
    bool hasPendingSeats() const { return m_subscription.pendingSeats.has_value(); }
    qint64 pricePerSeat() const { return m_subscription.pricePerSeat; }
    QString currency() const { return m_subscription.currency; }
    QString interval() const { return m_subscription.interval; }
    QDateTime currentPeriodStart() const { return m_subscription.currentPeriodStart; }
    QDateTime currentPeriodEnd() const { return m_subscription.currentPeriodEnd; }
    bool isAvailable() const { return m_available; }
    const domain::Subscription &subscription() const { return m_subscription; }

    void set(const domain::Subscription &subscription);
    void clear();

Q_SIGNALS:
    void planChanged();
    void statusChanged();
    void seatsChanged();
    void pendingSeatsChanged(); // also hasPendingSeats
    void pricePerSeatChanged();
    void currencyChanged();
    void intervalChanged();
    void currentPeriodStartChanged();
    void currentPeriodEndChanged();
    void isAvailableChanged();

private:
    void assign(const domain::Subscription &subscription, bool available);

    domain::Subscription m_subscription;
    bool m_available = false;
};
