#pragma once

#include "sync/ChangeBatch.h"
#include "sync/SyncOutcome.h"
#include "sync/SyncTarget.h"

#include "domain/Role.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

#include <atomic>
#include <memory>
#include <optional>

class ApiClient;
class ApiRequest;
class ChangesRequest;
class OfflineCache;
class PageWriter;
class QThread;
class QNetworkAccessManager;

// The part of SyncEngine that lives on the worker thread: its own network manager, API
// client and cache connection. One sync run: GET the org (ETag: a 304 ends it at once),
// then page through changes?since=<cached version>. Each page is applied to the cache in one
// transaction and handed on; the next page is already requested while one is applied.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(const SyncTarget &target, QObject *parent = nullptr);
    ~SyncWorker() override;

    // Thread-safe: the running sync stops after the page being applied.
    void requestCancel() { m_cancelRequested.store(true); }

public slots:
    void initialize(); // on the worker thread: network manager, client, cache
    void sync(); // starts a run, or marks one to follow the running one
    void cancel();
    void setToken(const QString &token);

signals:
    void started();
    void serverReached(); // the run got an answer from the server
    void batchApplied(const ChangeBatch &batch); // a page now in the cache
    void progress(int percent); // 0..100 of the versions this run has to cover
    void ownRoleChanged(domain::Role role);
    void finished(const SyncOutcome &outcome);

private:
    void fetchOrg();
    void startFeed(qint64 since);
    void requestPage(qint64 since);
    void onPage(ChangesRequest *request);
    void onFeedError(const ApiError &error);
    void processQueue();
    bool checkOwnRole(const ChangeBatch &batch); // false: the run restarted from 0
    bool needsLogo(const ChangeBatch &batch) const;
    void fetchLogo();
    void writeFront();
    void onWritten(const ChangeBatch &batch, quint64 run, bool ok, const QString &error);
    void emitFinished(const SyncOutcome &outcome);
    void finish(SyncOutcome outcome);
    void abortInFlight();

    SyncTarget m_target;
    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_api = nullptr;
    std::unique_ptr<OfflineCache> m_cache; // reads (versions, own role) and the sync time
    QThread *m_writerThread = nullptr;
    PageWriter *m_writer = nullptr; // writes the pages, on m_writerThread
    int m_pendingWrites = 0; // pages handed to the writer, not yet written
    std::optional<SyncOutcome> m_deferredFinish; // reported once the pending pages are written

    bool m_running = false;
    bool m_again = false;
    quint64 m_run = 0; // bumps with every run and restart; stale replies are ignored
    std::atomic<bool> m_cancelRequested {false};
    QQueue<ChangeBatch> m_queue; // pages received, not yet applied (in order)
    bool m_waitingForLogo = false;
    QPointer<ApiRequest> m_pageRequest;
    QPointer<ApiRequest> m_logoRequest;
    int m_restarts = 0;
    int m_pagesApplied = 0;
    bool m_changed = false;
    qint64 m_runFrom = 0;
    qint64 m_runTo = 0;
    std::optional<domain::Role> m_ownRole;
    std::optional<QString> m_logoEtag; // what the cache holds; unknown until this session saw it
};
