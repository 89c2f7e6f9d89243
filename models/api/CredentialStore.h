#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

// Where the session token of a (server, email) pair is kept between runs. Every call is
// asynchronous and answers with exactly one result signal, queued (never from inside the
// call). Tokens are never logged.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, // nothing stored for this (server, email)
        NoBackend, // no credential store on this machine
        Failed, // the store answered with an error (locked, access denied, …)
    };
    Q_ENUM(Status)

    using QObject::QObject;

    virtual void writeToken(const QUrl &server, const QString &email, const QString &token) = 0; // → written
    virtual void readToken(const QUrl &server, const QString &email) = 0; // → tokenRead
    virtual void deleteToken(const QUrl &server, const QString &email) = 0; // → deleted (Ok also when absent)
    // Whether a written token survives this process (false: ask for the password next time).
    virtual bool persists() const = 0;

    // The entry's name: "<server normalized>|<email lower-cased>". The server is reduced to
    // scheme, host, non-default port and path without a trailing slash, so
    // "HTTPS://Example.test:443/" and "https://example.test" are one entry.
    static QString entryKey(const QUrl &server, const QString &email);

signals:
    void written(CredentialStore::Status status);
    void tokenRead(CredentialStore::Status status, const QString &token);
    void deleted(CredentialStore::Status status);
};

// The store for this machine: the OS keychain (through QtKeychain) when one answers, else
// a MemoryCredentialStore that keeps nothing beyond this process. It asks the keychain
// once, running a local event loop for at most `probeTimeoutMs`: call it at start, before
// any window is shown. QtKeychain's insecure plain-text fallback is never used.
std::unique_ptr<CredentialStore> makeCredentialStore(int probeTimeoutMs = 5000);
