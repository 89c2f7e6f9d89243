#pragma once

#include "api/CredentialStore.h"

#include <QHash>

// Keeps tokens in this object only: nothing is persisted (persists() is false). The
// fallback when the machine has no credential store, and a test double.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;
    ~MemoryCredentialStore() override;

    void writeToken(const QUrl &server, const QString &email, const QString &token) override;
    void readToken(const QUrl &server, const QString &email) override;
    void deleteToken(const QUrl &server, const QString &email) override;
    bool persists() const override { return false; }

private:
    QHash<QString, QString> m_tokens;
};
