#pragma once

#include <QTypeInfo>

#include "domain/PersonRef.h"
#include "domain/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace domain {

// One pending (or expired, not yet replaced) invitation.
struct Invitation
{
    QString id;
    QString email;
    Role role = Role::User;
    PersonRef invitedBy;
    QDateTime createdAt;
    QDateTime expiresAt;

    // "expired" is worked out from expiresAt: passing it raises no version.
    bool isExpiredAt(const QDateTime &now) const { return expiresAt <= now; }
    QString statusAt(const QDateTime &now) const;

    QJsonObject toJson(const QDateTime &now) const;
    static std::optional<Invitation> fromJson(const QJsonObject &object);
};

} // namespace domain

// Only Qt value members (QString, QDateTime, QList, …): safe to move with memcpy, which
// is what QList does when it grows.
Q_DECLARE_TYPEINFO(domain::Invitation, Q_RELOCATABLE_TYPE);
