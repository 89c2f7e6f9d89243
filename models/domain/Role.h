#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace domain {

// Roles, highest first. The numeric order is the rank: lower is higher.
// Saved state and the wire format use the strings, never the numbers.
enum class Role { Admin = 0, Manager = 1, User = 2, Observer = 3, Business = 4 };

inline constexpr int kRoleCount = 5;

QString roleToString(Role role);
std::optional<Role> roleFromString(const QString &text);
// Rank for sorting: 0 for admin … 4 for business.
int roleRank(Role role);
QStringList allRoleNames();

} // namespace domain
