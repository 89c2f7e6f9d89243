#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One OrgDesk per user and settings: a second start (the browser opening an orgdesk:// link,
// a second click on the launcher) hands what it was given to the running one and leaves, so
// the link opens where the user already works. A QLocalServer socket only the user may use.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // `key` tells instances apart (the settings location: a separate HOME is another app).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);

    // Hands `message` to a running instance; true when one took it (then this one exits).
    bool forward(const QString &message, int timeoutMs = 2000);
    // Becomes the running instance; messageReceived() for every later start. A socket left
    // by a crashed instance is taken over.
    bool listen();

signals:
    void messageReceived(const QString &message);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};
