#pragma once

#include <QTypeInfo>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace domain {

// A reference to a person: {userId, name} (invitedBy, createdBy).
struct PersonRef
{
    QString userId;
    QString name;

    QJsonObject toJson() const;
    static std::optional<PersonRef> fromJson(const QJsonObject &object);
    bool operator==(const PersonRef &other) const { return userId == other.userId && name == other.name; }
};

} // namespace domain

// Only Qt value members (QString, QDateTime, QList, …): safe to move with memcpy, which
// is what QList does when it grows.
Q_DECLARE_TYPEINFO(domain::PersonRef, Q_RELOCATABLE_TYPE);
