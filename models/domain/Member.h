#pragma once

#include <QTypeInfo>

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

// Only Qt value members (QString, QDateTime, QList, …): safe to move with memcpy, which
// is what QList does when it grows.
Q_DECLARE_TYPEINFO(domain::Member, Q_RELOCATABLE_TYPE);
