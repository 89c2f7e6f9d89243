#pragma once

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
