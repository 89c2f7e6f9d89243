#include "domain/Role.h"

namespace domain {

namespace {
const char *const kNames[kRoleCount] = {"admin", "manager", "user", "observer", "business"};
}

QString roleToString(Role role)
{
    return QLatin1String(kNames[static_cast<int>(role)]);
}

std::optional<Role> roleFromString(const QString &text)
{
    for (int i = 0; i < kRoleCount; ++i) {
        if (text == QLatin1String(kNames[i]))
            return static_cast<Role>(i);
    }
    return std::nullopt;
}

int roleRank(Role role)
{
    return static_cast<int>(role);
}

QStringList allRoleNames()
{
    QStringList names;
    for (const char *name : kNames)
        names << QLatin1String(name);
    return names;
}

} // namespace domain
