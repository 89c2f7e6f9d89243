#pragma once

#include "domain/ApiKey.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class ApiKeysTableModel;
class KeySecrets;
class MessageBar;
class OrgSession;
class QAction;
class QWidget;

// The API keys tab's writes that need no dialog of their own, and how they went in the
// message bar: enabling and disabling a key (shown at once as pending in the table; a
// disable offers Undo), and removing keys after a confirmation that says anything using
// them stops working at once (a removed key's secret is forgotten). The models are never
// patched: the session syncs after every write.
class ApiKeyWriter : public QObject
{
    Q_OBJECT
public:
    ApiKeyWriter(OrgSession *session, MessageBar *messages, ApiKeysTableModel *table, KeySecrets *secrets,
                 QWidget *dialogParent, QObject *parent = nullptr);

    // Asks the server to enable or disable the key. Nothing happens while a toggle of the
    // key is pending or when the session may not toggle keys now.
    void setKeyEnabled(const QString &keyId, bool enabled);
    // Opens the confirmation (Cancel is the default) and removes the keys if confirmed.
    void confirmRemove(const QVector<domain::ApiKey> &keys);

    // The message bar's "Undo" after a disable (data(): the key id).
    QAction *undoDisableAction() const { return m_undoDisable; }

signals:
    // A toggle started or ended: the page re-evaluates its actions.
    void pendingChanged();

private:
    void remove(const QVector<domain::ApiKey> &keys);

    OrgSession *m_session;
    MessageBar *m_messages;
    ApiKeysTableModel *m_table;
    KeySecrets *m_secrets;
    QPointer<QWidget> m_dialogParent;
    QAction *m_undoDisable;
};
