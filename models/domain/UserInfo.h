#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace domain {

// The signed-in person as /auth/login and /me describe them.
struct UserInfo
{
    QString id;
    QString name;
    QString email;

    QJsonObject toJson() const;
    static std::optional<UserInfo> fromJson(const QJsonObject &object);
};

} // namespace domain
