#pragma once

#include "sync/ChangeBatch.h"
#include "sync/SyncOutcome.h"
#include "sync/SyncTarget.h"

#include "domain/Role.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QThread;
class SyncWorker;

// Keeps one org's cache in step with the server, off the GUI thread (DESIGN.md, "How data
// flows"). Lives on the GUI thread; the work happens in a SyncWorker on its own thread with
// its own network manager and cache connection. Applied pages arrive as batchApplied on
// the GUI thread, for the models.
//
// Syncs on start(), on syncNow(), and every interval() while online. A run that cannot
// reach the server turns the engine offline; it then tries again with a growing backoff
// (minBackoff() doubling up to maxBackoff()). It is online from the first answer of a run.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncingChanged)

public:
    explicit SyncEngine(const SyncTarget &target, QObject *parent = nullptr);
    ~SyncEngine() override; // cancels, stops the thread and waits for it

    void start(); // the first run at once
    void syncNow(); // a run now (or right after the running one)
    void cancel(); // stops the running run after the page being applied
    void stop(); // no more runs; the thread ends
    void setToken(const QString &token);

    bool isOnline() const { return m_online; }
    bool isSyncing() const { return m_syncing; }
    bool isStopped() const { return m_stopped; }

    int interval() const { return m_interval; }
    void setInterval(int ms) { m_interval = ms; }
    int minBackoff() const { return m_minBackoff; }
    int maxBackoff() const { return m_maxBackoff; }
    void setBackoff(int minMs, int maxMs);

signals:
    void batchApplied(const ChangeBatch &batch);
    void syncStarted();
    void progress(int percent);
    void syncFinished(const SyncOutcome &outcome);
    void onlineChanged(bool online);
    void syncingChanged(bool syncing);
    void ownRoleChanged(domain::Role role);
    void accessLost(const ApiError &error);

private:
    void onFinished(const SyncOutcome &outcome);
    void setOnline(bool online);
    void setSyncing(bool syncing);
    void schedule(int ms);

    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QTimer m_timer;
    bool m_online = false; // until a run reaches the server
    bool m_syncing = false;
    bool m_stopped = false;
    int m_interval = 60000;
    int m_minBackoff = 2000;
    int m_maxBackoff = 60000;
    int m_backoff = 0;
};
