#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace domain {

// One row of GET /orgs/{org}/members.
struct Member
{
    QString userId;
    QString name;
    QString email;
    Role role = Role::User;
    QDateTime joinedAt;

    QJsonObject toJson() const;
    static std::optional<Member> fromJson(const QJsonObject &object);
};

} // namespace domain
