#include "AccountStore.h"

#include "domain/Role.h"
#include "domain/ServerUrl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

AccountStore::AccountStore(QString directory)
    : m_directory(std::move(directory))
{ }

QString AccountStore::fileFor(const QUrl &server, const QString &email) const
{
    const QByteArray key
        = (domain::normalizedServerUrl(server) + QLatin1Char('|') + email.trimmed().toLower()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

std::optional<Account> AccountStore::read(const QUrl &server, const QString &email) const
{
    QFile file(fileFor(server, email));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const auto user = domain::UserInfo::fromJson(root.value(QStringLiteral("user")).toObject());
    if (!user)
        return std::nullopt;
    Account account;
    account.server = server;
    account.user = *user;
    account.lastOrgId = root.value(QStringLiteral("lastOrgId")).toString();
    const QJsonArray orgs = root.value(QStringLiteral("orgs")).toArray();
    for (const QJsonValue &value : orgs) {
        const QJsonObject o = value.toObject();
        const auto role = domain::roleFromString(o.value(QStringLiteral("role")).toString());
        if (!role)
            continue;
        account.orgs.append(
            {o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(), *role});
    }
    return account;
}

bool AccountStore::write(const Account &account) const
{
    if (!QDir().mkpath(m_directory))
        return false;
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QJsonArray orgs;
    for (const OrgMembership &org : account.orgs) {
        orgs.append(QJsonObject {{QStringLiteral("id"), org.id},
                                 {QStringLiteral("name"), org.name},
                                 {QStringLiteral("role"), domain::roleToString(org.role)}});
    }
    const QJsonObject root {{QStringLiteral("server"), domain::normalizedServerUrl(account.server)},
                            {QStringLiteral("user"), account.user.toJson()},
                            {QStringLiteral("orgs"), orgs},
                            {QStringLiteral("lastOrgId"), account.lastOrgId}};
    QSaveFile file(fileFor(account.server, account.user.email));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}

bool AccountStore::remove(const QUrl &server, const QString &email) const
{
    const QString path = fileFor(server, email);
    return !QFile::exists(path) || QFile::remove(path);
}
