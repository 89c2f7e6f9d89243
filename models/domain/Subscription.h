#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace domain {

// The org's subscription; its id in the changes feed is the org's id.
struct Subscription
{
    QString plan; // "free", "pro", …
    QString status; // "active", …
    int seats = 1;
    std::optional<int> pendingSeats; // a decrease scheduled for the next period
    qint64 pricePerSeat = 0; // minor units
    QString currency = QStringLiteral("USD");
    QString interval = QStringLiteral("month");
    QDateTime currentPeriodStart;
    QDateTime currentPeriodEnd;

    static constexpr int kMinSeats = 1;
    static constexpr int kMaxSeats = 10000;

    // What raising the subscription to `seats` costs for the rest of the current period from
    // `nowSecs` (Unix seconds), pro rata, in minor units: 0 for no increase. The server bills
    // it (API.md: "an increase … adds an open invoice for the prorated rest"); the client
    // shows the same figure before asking.
    qint64 proratedIncrease(int seats, qint64 nowSecs) const;

    QJsonObject toJson() const;
    static std::optional<Subscription> fromJson(const QJsonObject &object);
};

} // namespace domain
