#pragma once

#include <QTypeInfo>

#include "domain/PersonRef.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace domain {

// An org API key as GET /api-keys shows it. The secret is not part of this type on
// purpose: it exists only in the one response that creates the key.
struct ApiKey
{
    QString id;
    QString name;
    QString description;
    bool enabled = true;
    QString prefix; // the secret's first 12 characters
    QDateTime createdAt;
    PersonRef createdBy;
    std::optional<QDateTime> lastUsedAt;

    QJsonObject toJson() const;
    static std::optional<ApiKey> fromJson(const QJsonObject &object);
};

} // namespace domain

// Only Qt value members (QString, QDateTime, QList, …): safe to move with memcpy, which
// is what QList does when it grows.
Q_DECLARE_TYPEINFO(domain::ApiKey, Q_RELOCATABLE_TYPE);
