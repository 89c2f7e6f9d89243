#include "domain/Subscription.h"

#include <algorithm>
#include <cmath>

#include "domain/JsonCodec.h"

namespace domain {

qint64 Subscription::proratedIncrease(int newSeats, qint64 nowSecs) const
{
    const qint64 added = newSeats - seats;
    const qint64 start = currentPeriodStart.toSecsSinceEpoch();
    const qint64 end = currentPeriodEnd.toSecsSinceEpoch();
    if (added <= 0 || end <= start)
        return 0;
    const qint64 left = std::max<qint64>(0, end - std::max(nowSecs, start));
    return std::llround(double(added * pricePerSeat) * double(left) / double(end - start));
}

QJsonObject Subscription::toJson() const
{
    return {
        {QStringLiteral("plan"), plan},
        {QStringLiteral("status"), status},
        {QStringLiteral("seats"), seats},
        {QStringLiteral("pendingSeats"), pendingSeats ? QJsonValue(*pendingSeats) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("pricePerSeat"), pricePerSeat},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("interval"), interval},
        {QStringLiteral("currentPeriodStart"), JsonCodec::timestamp(currentPeriodStart)},
        {QStringLiteral("currentPeriodEnd"), JsonCodec::timestamp(currentPeriodEnd)},
    };
}

std::optional<Subscription> Subscription::fromJson(const QJsonObject &object)
{
    const auto plan = JsonCodec::readString(object, QLatin1String("plan"));
    const auto status = JsonCodec::readString(object, QLatin1String("status"));
    const auto seats = JsonCodec::readInteger(object, QLatin1String("seats"));
    const auto price = JsonCodec::readInteger(object, QLatin1String("pricePerSeat"));
    const auto currency = JsonCodec::readString(object, QLatin1String("currency"));
    const auto interval = JsonCodec::readString(object, QLatin1String("interval"));
    const auto start = JsonCodec::readTimestamp(object, QLatin1String("currentPeriodStart"));
    const auto end = JsonCodec::readTimestamp(object, QLatin1String("currentPeriodEnd"));
    if (!plan || !status || !seats || !price || !currency || !interval || !start || !end)
        return std::nullopt;
    Subscription s;
    s.plan = *plan;
    s.status = *status;
    s.seats = static_cast<int>(*seats);
    if (const auto pending = JsonCodec::readInteger(object, QLatin1String("pendingSeats")))
        s.pendingSeats = static_cast<int>(*pending);
    s.pricePerSeat = *price;
    s.currency = *currency;
    s.interval = *interval;
    s.currentPeriodStart = *start;
    s.currentPeriodEnd = *end;
    return s;
}

} // namespace domain
