#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// The secrets of the API keys generated in this session, by key id, in process memory only
// (DESIGN.md: a key secret is shown once and never written to the cache, the settings or a
// log). While a key's secret is held, its row can copy it again; it is forgotten when the key
// is removed, on sign-out and on an org switch (the page calls forget()/clear()), and when
// the object goes. Nothing here is ever logged or serialised.
class KeySecrets : public QObject
{
    Q_OBJECT
public:
    explicit KeySecrets(QObject *parent = nullptr);
    ~KeySecrets() override;

    void hold(const QString &keyId, const QString &secret);
    bool holds(const QString &keyId) const { return m_entries.contains(keyId); }
    // The secret, or empty when it is not held.
    QString secret(const QString &keyId) const;
    int count() const { return int(m_entries.size()); }

    void forget(const QString &keyId);
    void clear();
    // Forgets the secrets of keys that were seen in the model and are gone from it now
    // (removed elsewhere). A key not seen yet (generated a moment ago, before the sync
    // brought its row) is kept.
    void reconcile(const std::function<bool(const QString &keyId)> &exists);

signals:
    // A key's secret came or went; an empty id: all of them went.
    void changed(const QString &keyId);

private:
    struct Entry
    {
        QString secret;
        bool seen = false; // the key was in the model at a reconcile()
    };
    static void wipe(QString &secret);

    QHash<QString, Entry> m_entries;
};
