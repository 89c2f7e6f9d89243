#pragma once

#include <QObject>

class OrgSession;
class QAction;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QToolButton;
class QWidget;
struct SyncOutcome;

// What the window says about the connection: the notice under the message bar ("Offline —
// showing data from 14:02", with the one thing to do about it) and, in the status bar, the
// sync's progress with its cancel button, the last-synced time and the online state. It
// follows the session by itself.
class ConnectionStatus : public QObject
{
    Q_OBJECT
public:
    // The actions the notice offers: sign in, go online again, try now; and the one that
    // cancels a sync.
    struct Actions
    {
        QAction *signIn;
        QAction *workOffline;
        QAction *syncNow;
        QAction *cancelSync;
    };

    ConnectionStatus(OrgSession *session, const Actions &actions, QWidget *window);

    QWidget *notice() const;
    void addTo(QStatusBar *bar);
    // Says it all again (after a language change).
    void update();

private:
    void onSyncFinished(const SyncOutcome &outcome);
    void onSyncingChanged(bool syncing);

    OrgSession *m_session;
    Actions m_actions;
    QFrame *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_remedyButton;
    QAction *m_remedy = nullptr;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_lastSynced;
    QLabel *m_online;
    // The last sync found the server unreachable. The notice waits for that, so a window
    // that is still connecting does not flash "offline".
    bool m_knownOffline = false;
};
