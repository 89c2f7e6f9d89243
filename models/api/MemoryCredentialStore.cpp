#include "api/MemoryCredentialStore.h"

MemoryCredentialStore::~MemoryCredentialStore()
{
    for (QString &token : m_tokens)
        token.fill(QLatin1Char('\0'));
}

void MemoryCredentialStore::writeToken(const QUrl &server, const QString &email, const QString &token)
{
    m_tokens.insert(entryKey(server, email), token);
    QMetaObject::invokeMethod(
        this, [this] { emit written(Status::Ok); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::readToken(const QUrl &server, const QString &email)
{
    const auto found = m_tokens.constFind(entryKey(server, email));
    const Status status = found == m_tokens.constEnd() ? Status::NotFound : Status::Ok;
    const QString token = found == m_tokens.constEnd() ? QString() : *found;
    QMetaObject::invokeMethod(
        this, [this, status, token] { emit tokenRead(status, token); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::deleteToken(const QUrl &server, const QString &email)
{
    m_tokens.remove(entryKey(server, email));
    QMetaObject::invokeMethod(
        this, [this] { emit deleted(Status::Ok); }, Qt::QueuedConnection);
}
