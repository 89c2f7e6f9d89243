#include "domain/ChangeEntity.h"

namespace domain {

namespace {
const char *const kNames[kChangeEntityCount]
    = {"org", "member", "invitation", "apiKey", "subscription", "invoice", "paymentMethod"};
}

QString changeEntityToString(ChangeEntity entity)
{
    return QLatin1String(kNames[static_cast<int>(entity)]);
}

std::optional<ChangeEntity> changeEntityFromString(const QString &text)
{
    for (int i = 0; i < kChangeEntityCount; ++i) {
        if (text == QLatin1String(kNames[i]))
            return static_cast<ChangeEntity>(i);
    }
    return std::nullopt;
}

} // namespace domain
