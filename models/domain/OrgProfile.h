#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace domain {

// GET /orgs/{org}: the General tab's data.
struct OrgProfile
{
    QString id;
    QString name;
    bool hasLogo = false;
    QString logoEtag; // empty when there is no logo
    QDateTime createdAt;
    qint64 memberCount = 0;
    qint64 version = 0;

    QJsonObject toJson() const;
    static std::optional<OrgProfile> fromJson(const QJsonObject &object);
};

} // namespace domain
