#pragma once

#include <QString>

#include <optional>

namespace domain {

// The entities of the changes feed, in their wire spelling.
enum class ChangeEntity { Org, Member, Invitation, ApiKey, Subscription, Invoice, PaymentMethod };

inline constexpr int kChangeEntityCount = 7;

QString changeEntityToString(ChangeEntity entity);
std::optional<ChangeEntity> changeEntityFromString(const QString &text);

} // namespace domain
