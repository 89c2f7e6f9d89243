#include "OrgProfileObject.h"

#include <utility>

OrgProfileObject::OrgProfileObject(QObject *parent)
    : QObject(parent)
{ }

void OrgProfileObject::set(const domain::OrgProfile &profile)
{
    assign(profile, true);
    if (!profile.hasLogo)
        setLogo(QByteArray());
}

void OrgProfileObject::setLogo(const QByteArray &bytes)
{
    // Compares the bytes (a null and an empty array both mean "no image"): the General tab
    // decodes the image again on every logoChanged.
    if (bytes == m_logo)
        return;
    m_logo = bytes;
    Q_EMIT logoChanged();
}

void OrgProfileObject::clear()
{
    assign(domain::OrgProfile(), false);
    setLogo(QByteArray());
}

void OrgProfileObject::assign(const domain::OrgProfile &profile, bool available)
{
    // Store every field first, then notify: a handler reading several properties sees the
    // new profile whole.
    const domain::OrgProfile old = std::exchange(m_profile, profile);
    const bool wasAvailable = std::exchange(m_available, available);
    if (old.id != profile.id)
        Q_EMIT idChanged();
    if (old.name != profile.name)
        Q_EMIT nameChanged();
    if (old.hasLogo != profile.hasLogo)
        Q_EMIT hasLogoChanged();
    if (old.logoEtag != profile.logoEtag)
        Q_EMIT logoEtagChanged();
    if (old.createdAt != profile.createdAt)
        Q_EMIT createdAtChanged();
    if (old.memberCount != profile.memberCount)
        Q_EMIT memberCountChanged();
    if (old.version != profile.version)
        Q_EMIT versionChanged();
    if (wasAvailable != available)
        Q_EMIT isAvailableChanged();
}
