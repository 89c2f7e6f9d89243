#include "sync/SyncEngine.h"

#include "sync/SyncLog.h"
#include "sync/SyncWorker.h"

#include <QThread>

SyncEngine::SyncEngine(const SyncTarget &target, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ChangeBatch>();
    qRegisterMetaType<SyncOutcome>();
    qRegisterMetaType<domain::Role>();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("orgdesk-sync"));
    m_worker = new SyncWorker(target);
    m_worker->moveToThread(m_thread);
    // The worker's network manager and cache connection must die on the thread they live on.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::started, m_worker, &SyncWorker::initialize);

    connect(m_worker, &SyncWorker::batchApplied, this, &SyncEngine::batchApplied);
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(m_worker, &SyncWorker::ownRoleChanged, this, &SyncEngine::ownRoleChanged);
    connect(m_worker, &SyncWorker::started, this, [this] {
        setSyncing(true);
        emit syncStarted();
    });
    connect(m_worker, &SyncWorker::serverReached, this, [this] {
        m_backoff = 0;
        setOnline(true);
    });
    connect(m_worker, &SyncWorker::finished, this, &SyncEngine::onFinished);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    if (m_stopped)
        return;
    if (!m_thread->isRunning())
        m_thread->start();
    syncNow();
}

void SyncEngine::syncNow()
{
    if (m_stopped)
        return;
    m_timer.stop();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::sync, Qt::QueuedConnection);
}

void SyncEngine::cancel()
{
    if (m_stopped)
        return;
    m_worker->requestCancel();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
}

void SyncEngine::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_timer.stop();
    if (m_thread->isRunning()) {
        m_worker->requestCancel();
        QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
        m_thread->quit();
        m_thread->wait();
    } else {
        delete m_worker;
    }
    m_worker = nullptr;
    setSyncing(false);
}

void SyncEngine::setToken(const QString &token)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, token] { worker->setToken(token); }, Qt::QueuedConnection);
}

void SyncEngine::setBackoff(int minMs, int maxMs)
{
    m_minBackoff = minMs;
    m_maxBackoff = qMax(minMs, maxMs);
}

void SyncEngine::onFinished(const SyncOutcome &outcome)
{
    setSyncing(false);
    switch (outcome.kind) {
    case SyncOutcome::Kind::Synced:
    case SyncOutcome::Kind::Cancelled:
    case SyncOutcome::Kind::Failed:
        m_backoff = 0;
        setOnline(true);
        schedule(m_interval);
        break;
    case SyncOutcome::Kind::Offline:
        m_backoff = m_backoff == 0 ? m_minBackoff : qMin(m_backoff * 2, m_maxBackoff);
        setOnline(false);
        qCInfo(lcSync) << "server unreachable; next try in" << m_backoff << "ms";
        schedule(m_backoff);
        break;
    case SyncOutcome::Kind::AccessLost:
        qCInfo(lcSync) << "access lost:" << outcome.error.httpStatus;
        m_timer.stop();
        emit syncFinished(outcome);
        emit accessLost(outcome.error);
        return;
    }
    emit syncFinished(outcome);
}

void SyncEngine::schedule(int ms)
{
    if (!m_stopped)
        m_timer.start(ms);
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void SyncEngine::setSyncing(bool syncing)
{
    if (m_syncing == syncing)
        return;
    m_syncing = syncing;
    emit syncingChanged(syncing);
}
