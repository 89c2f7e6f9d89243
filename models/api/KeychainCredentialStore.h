#pragma once

#include "api/CredentialStore.h"

namespace QKeychain {
class Job;
}

// The OS credential store through QtKeychain: the Secret Service (GNOME Keyring, KWallet)
// on Linux, the Keychain on macOS, the Credential Manager on Windows. Service "OrgDesk",
// key entryKey(server, email). QtKeychain's insecure plain-text fallback stays off: without
// a backend every call answers NoBackend, and nothing is written anywhere.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;
    ~KeychainCredentialStore() override;

    static QString serviceName();
    // Linux: whether a D-Bus session bus is configured (DBUS_SESSION_BUS_ADDRESS, else
    // $XDG_RUNTIME_DIR/bus), the Secret Service's only road. Without one, calls answer
    // NoBackend at once instead of letting GLib try to autolaunch a bus. True elsewhere.
    static bool sessionBusConfigured();

    void writeToken(const QUrl &server, const QString &email, const QString &token) override;
    void readToken(const QUrl &server, const QString &email) override;
    void deleteToken(const QUrl &server, const QString &email) override;
    bool persists() const override { return true; }

    // What a QtKeychain error means here (EntryNotFound → NotFound, NoBackendAvailable →
    // NoBackend, any other error → Failed).
    static Status statusFor(int keychainError);

private:
    // Queues `report(NoBackend)` when there is no road to a backend; true if it did.
    template<typename Report> bool answerNoBackend(Report report);
};
