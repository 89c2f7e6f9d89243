#include "Crypto.h"

#include <sodium.h>

#include <QLatin1String>

bool Crypto::initialize()
{
    return sodium_init() >= 0;
}

QString Crypto::hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return QString();
    return QString::fromLatin1(out);
}

bool Crypto::verifyPassword(const QString &hash, const QString &password)
{
    if (hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

void Crypto::verifyDummy(const QString &password)
{
    static const QString dummy = hashPassword(QStringLiteral("not a password anyone has"));
    verifyPassword(dummy, password);
}

QString Crypto::newSecret(const char *prefix)
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char text[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(text, sizeof text, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(bytes, sizeof bytes);
    return QLatin1String(prefix) + QLatin1String(text);
}

QString Crypto::sha256Hex(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()));
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return QString::fromLatin1(hex);
}

QString Crypto::randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return QString::fromLatin1(raw.toHex());
}

QString Crypto::newId(const char *prefix)
{
    return QLatin1String(prefix) + randomHex(8);
}

quint32 Crypto::randomUniform(quint32 upperBound)
{
    return randombytes_uniform(upperBound);
}
