#pragma once

#include <QByteArray>
#include <QString>

// libsodium behind the few operations the server needs. No crypto of our own.
class Crypto
{
public:
    // Must be called once before anything else; returns false if libsodium cannot start.
    static bool initialize();

    // Argon2id (libsodium's interactive limits), as the self-describing $argon2id$ string.
    static QString hashPassword(const QString &password);
    // Constant-time check; false for an empty or malformed hash.
    static bool verifyPassword(const QString &hash, const QString &password);
    // Spends the time of one verification, for logins of unknown emails.
    static void verifyDummy(const QString &password);

    // A secret: prefix + 43 characters of URL-safe base64 (32 random bytes).
    static QString newSecret(const char *prefix);
    // Hex SHA-256 of the UTF-8 text, how secrets are stored and looked up.
    static QString sha256Hex(const QString &text);
    // An opaque id: prefix + 16 lower-case hex characters.
    static QString newId(const char *prefix);
    static QString randomHex(int bytes);
    static quint32 randomUniform(quint32 upperBound);
};
