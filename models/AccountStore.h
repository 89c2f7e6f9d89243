#pragma once

#include "api/OrgMembership.h"

#include "domain/UserInfo.h"

#include <QString>
#include <QUrl>
#include <QVector>

#include <optional>

// What the app remembers of an account so that it can open offline: who the user is, their
// orgs and roles, and the org they had open. No token, no password: those live in the
// credential store or nowhere. One small JSON file per (server, email), owner-only.
struct Account
{
    QUrl server;
    domain::UserInfo user;
    QVector<OrgMembership> orgs;
    QString lastOrgId;
};

class AccountStore
{
public:
    explicit AccountStore(QString directory);

    std::optional<Account> read(const QUrl &server, const QString &email) const;
    bool write(const Account &account) const;
    bool remove(const QUrl &server, const QString &email) const;
    QString directory() const { return m_directory; }

private:
    QString fileFor(const QUrl &server, const QString &email) const;

    QString m_directory;
};
