#pragma once

#include "domain/OrgProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

// The org's profile (General tab) as properties. Each NOTIFY fires only when its value
// changes, so a batch that repeats the profile repaints nothing.
class OrgProfileObject : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString id READ id NOTIFY idChanged)
    Q_PROPERTY(QString name READ name NOTIFY nameChanged)
    Q_PROPERTY(bool hasLogo READ hasLogo NOTIFY hasLogoChanged)
    Q_PROPERTY(QString logoEtag READ logoEtag NOTIFY logoEtagChanged)
    Q_PROPERTY(QByteArray logo READ logo NOTIFY logoChanged) // the image bytes (PNG or JPEG)
    Q_PROPERTY(QDateTime createdAt READ createdAt NOTIFY createdAtChanged)
    Q_PROPERTY(qint64 memberCount READ memberCount NOTIFY memberCountChanged)
    Q_PROPERTY(qint64 version READ version NOTIFY versionChanged)
    // False until a profile arrived (and again after clear()): "not loaded", not "no org".
    Q_PROPERTY(bool isAvailable READ isAvailable NOTIFY isAvailableChanged)
public:
    explicit OrgProfileObject(QObject *parent = nullptr);

    QString id() const { return m_profile.id; }
    QString name() const { return m_profile.name; }
    bool hasLogo() const { return m_profile.hasLogo; }
    QString logoEtag() const { return m_profile.logoEtag; }
    QByteArray logo() const { return m_logo; }
    QDateTime createdAt() const { return m_profile.createdAt; }
    qint64 memberCount() const { return m_profile.memberCount; }
    qint64 version() const { return m_profile.version; }
    bool isAvailable() const { return m_available; }
    const domain::OrgProfile &profile() const { return m_profile; }

    // Takes the profile's fields. The logo bytes arrive separately (setLogo); they are kept
    // across a new etag until then, and dropped when the profile says there is no logo.
    void set(const domain::OrgProfile &profile);
    void setLogo(const QByteArray &bytes);
    void clear();

Q_SIGNALS:
    void idChanged();
    void nameChanged();
    void hasLogoChanged();
    void logoEtagChanged();
    void logoChanged();
    void createdAtChanged();
    void memberCountChanged();
    void versionChanged();
    void isAvailableChanged();

private:
    void assign(const domain::OrgProfile &profile, bool available);

    domain::OrgProfile m_profile;
    QByteArray m_logo;
    bool m_available = false;
};
