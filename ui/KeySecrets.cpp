#include "KeySecrets.h"

KeySecrets::KeySecrets(QObject *parent)
    : QObject(parent)
{ }

KeySecrets::~KeySecrets()
{
    for (Entry &entry : m_entries)
        wipe(entry.secret);
}

// Overwrites the characters before the memory goes back to the allocator. (Other copies of
// the string, such as the request's, wipe their own.)
void KeySecrets::wipe(QString &secret)
{
    secret.fill(QLatin1Char('\0'));
    secret.clear();
}

void KeySecrets::hold(const QString &keyId, const QString &secret)
{
    if (keyId.isEmpty() || secret.isEmpty())
        return;
    Entry &entry = m_entries[keyId];
    wipe(entry.secret);
    entry.secret = secret;
    entry.secret.detach(); // our own copy, so that wiping it wipes what we held
    emit changed(keyId);
}

QString KeySecrets::secret(const QString &keyId) const
{
    const auto it = m_entries.constFind(keyId);
    return it == m_entries.cend() ? QString() : it->secret;
}

void KeySecrets::forget(const QString &keyId)
{
    auto it = m_entries.find(keyId);
    if (it == m_entries.end())
        return;
    wipe(it->secret);
    m_entries.erase(it);
    emit changed(keyId);
}

void KeySecrets::clear()
{
    if (m_entries.isEmpty())
        return;
    for (Entry &entry : m_entries)
        wipe(entry.secret);
    m_entries.clear();
    emit changed(QString());
}

void KeySecrets::reconcile(const std::function<bool(const QString &)> &exists)
{
    QStringList gone;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (exists(it.key()))
            it->seen = true;
        else if (it->seen)
            gone << it.key();
    }
    for (const QString &keyId : std::as_const(gone))
        forget(keyId);
}
