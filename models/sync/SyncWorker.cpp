#include "sync/SyncWorker.h"

#include "api/ApiClient.h"
#include "api/ChangesRequest.h"
#include "api/OrgRequests.h"
#include "cache/OfflineCache.h"
#include "sync/PageWriter.h"
#include "sync/SyncLog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QThread>

#include <algorithm>

namespace {
// How often one run may start again from 0 (410, own role changed) before giving up.
constexpr int kMaxRestarts = 3;
} // namespace

SyncWorker::SyncWorker(const SyncTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{ }

SyncWorker::~SyncWorker()
{
    // Runs on the worker's thread as it ends: the writer finishes the page it is writing.
    if (m_writerThread) {
        m_writerThread->quit();
        m_writerThread->wait();
    }
}

void SyncWorker::initialize()
{
    m_network = new QNetworkAccessManager(this);
    m_api = new ApiClient(m_network, this);
    m_api->setBaseUrl(m_target.server);
    m_api->setToken(m_target.token);
    // The engine does its own backing off between runs; within a run one retry is enough,
    // so that a lost server is noticed in about a second.
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.initialDelayMs = 300;
    m_api->setRetryPolicy(policy);

    m_cache = std::make_unique<OfflineCache>();
    const auto result = m_cache->open(m_target.cachePath,
                                      m_target.cacheChecked ? OfflineCache::Check::Skip : OfflineCache::Check::Full);
    if (result == OfflineCache::OpenResult::Failed)
        qCWarning(lcSync) << "cannot open the cache:" << m_cache->lastError();
    if (const auto me = m_cache->member(m_target.userId))
        m_ownRole = me->role;

    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(QStringLiteral("orgdesk-cache-writer"));
    m_writer = new PageWriter(m_target.cachePath);
    m_writer->moveToThread(m_writerThread);
    connect(m_writerThread, &QThread::started, m_writer, &PageWriter::open);
    connect(m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &PageWriter::written, this, &SyncWorker::onWritten);
    m_writerThread->start();
}

void SyncWorker::setToken(const QString &token)
{
    m_target.token = token;
    if (m_api)
        m_api->setToken(token);
}

void SyncWorker::sync()
{
    if (m_running || m_pendingWrites > 0) {
        m_again = true;
        return;
    }
    if (!m_cache || !m_cache->isOpen()) {
        SyncOutcome outcome;
        outcome.kind = SyncOutcome::Kind::Failed;
        outcome.error.kind = ApiError::Kind::Protocol;
        outcome.error.detail
            = tr("The offline cache cannot be opened: %1").arg(m_cache ? m_cache->lastError() : QString());
        emit finished(outcome);
        return;
    }
    m_running = true;
    m_again = false;
    m_cancelRequested.store(false);
    m_restarts = 0;
    m_pagesApplied = 0;
    m_changed = false;
    ++m_run;
    emit started();
    fetchOrg();
}

void SyncWorker::cancel()
{
    if (!m_running)
        return;
    SyncOutcome outcome;
    outcome.kind = SyncOutcome::Kind::Cancelled;
    finish(outcome);
}

void SyncWorker::fetchOrg()
{
    // With a complete cache, the org's ETag tells in one small round trip whether anything changed.
    std::optional<qint64> known;
    if (m_cache->isComplete() && m_cache->version() > 0)
        known = m_cache->version();
    const quint64 run = m_run;
    auto *request = m_api->start<GetOrgRequest>(m_target.orgId, known);
    m_pageRequest = request;
    connect(request, &ApiRequest::failed, this, [this, run](const ApiError &error) {
        if (run == m_run)
            onFeedError(error);
    });
    connect(request, &ApiRequest::succeeded, this, [this, run, request] {
        if (run != m_run)
            return;
        emit serverReached();
        if (request->notModified()) {
            SyncOutcome outcome;
            finish(outcome);
            return;
        }
        m_runTo = request->org().version;
        startFeed(m_cache->version());
    });
}

void SyncWorker::startFeed(qint64 since)
{
    m_runFrom = since;
    m_queue.clear();
    m_waitingForLogo = false;
    qCDebug(lcSync) << "feed from" << since << "to about" << m_runTo;
    requestPage(since);
}

void SyncWorker::requestPage(qint64 since)
{
    const quint64 run = m_run;
    auto *request = m_api->start<ChangesRequest>(m_target.orgId, since, m_target.pageLimit);
    m_pageRequest = request;
    connect(request, &ApiRequest::failed, this, [this, run](const ApiError &error) {
        if (run == m_run)
            onFeedError(error);
    });
    connect(request, &ApiRequest::succeeded, this, [this, run, request] {
        if (run == m_run)
            onPage(request);
    });
}

void SyncWorker::onPage(ChangesRequest *request)
{
    qCDebug(lcSync) << "page of" << request->changeCount() << "changes arrived";
    const ChangeBatch &batch = request->batch();
    // Prefetch: the next page travels while this one is applied.
    if (batch.more && !m_cancelRequested.load())
        requestPage(batch.toVersion);
    else
        m_pageRequest.clear();
    m_queue.enqueue(batch);
    // The client sends a started request from the event loop: return to it first, so the
    // next page is on the wire while this one is written.
    QMetaObject::invokeMethod(this, &SyncWorker::processQueue, Qt::QueuedConnection);
}

void SyncWorker::onFeedError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Http && error.code == domain::ProblemCode::ResyncRequired
        && m_restarts < kMaxRestarts) {
        qCInfo(lcSync) << "history pruned or reset on the server: syncing again from 0";
        ++m_restarts;
        abortInFlight();
        startFeed(0);
        return;
    }
    SyncOutcome outcome;
    outcome.error = error;
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        outcome.kind = SyncOutcome::Kind::Offline;
    else if (error.kind == ApiError::Kind::Cancelled)
        outcome.kind = SyncOutcome::Kind::Cancelled;
    else if (error.kind == ApiError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 404))
        outcome.kind = SyncOutcome::Kind::AccessLost;
    else
        outcome.kind = SyncOutcome::Kind::Failed;
    finish(outcome);
}

void SyncWorker::processQueue()
{
    while (m_running && !m_waitingForLogo && !m_queue.isEmpty()) {
        if (m_cancelRequested.load()) {
            cancel();
            return;
        }
        if (!checkOwnRole(m_queue.head()))
            return;
        if (needsLogo(m_queue.head())) {
            fetchLogo();
            return;
        }
        writeFront();
    }
}

bool SyncWorker::checkOwnRole(const ChangeBatch &batch)
{
    if (batch.members.removed.contains(m_target.userId)) {
        SyncOutcome outcome;
        outcome.kind = SyncOutcome::Kind::AccessLost;
        outcome.error.kind = ApiError::Kind::Http;
        outcome.error.httpStatus = 404;
        outcome.error.code = domain::ProblemCode::NotFound;
        outcome.error.detail = tr("You are no longer a member of this organization.");
        finish(outcome);
        return false;
    }
    for (const auto &member : batch.members.upserts) {
        if (member.userId != m_target.userId)
            continue;
        const bool changed = m_ownRole && *m_ownRole != member.role;
        m_ownRole = member.role;
        if (changed)
            emit ownRoleChanged(member.role);
        // What the old role could see must leave the cache, and what the new one may see must
        // arrive: a delta cannot say either, so start again from 0 (API.md, "Sync").
        if (changed && batch.fromVersion > 0) {
            if (m_restarts >= kMaxRestarts)
                break;
            qCInfo(lcSync) << "own role changed: syncing again from 0";
            ++m_restarts;
            abortInFlight();
            startFeed(0);
            return false;
        }
        break;
    }
    return true;
}

bool SyncWorker::needsLogo(const ChangeBatch &batch) const
{
    if (batch.logo || !batch.org)
        return false;
    if (!batch.org->hasLogo)
        return !m_logoEtag || !m_logoEtag->isEmpty();
    return !m_logoEtag || *m_logoEtag != batch.org->logoEtag;
}

void SyncWorker::fetchLogo()
{
    ChangeBatch &batch = m_queue.head();
    if (!batch.org->hasLogo) {
        batch.logo = QByteArray(); // gone
        m_logoEtag = QString();
        writeFront();
        processQueue();
        return;
    }
    m_waitingForLogo = true;
    const quint64 run = m_run;
    auto *request = m_api->start<GetLogoRequest>(m_target.orgId);
    m_logoRequest = request;
    connect(request, &ApiRequest::failed, this, [this, run](const ApiError &error) {
        if (run != m_run)
            return;
        m_waitingForLogo = false;
        if (error.kind == ApiError::Kind::Http && error.httpStatus == 404 && !m_queue.isEmpty()) {
            // Removed since the page was read; a later page says so too.
            m_queue.head().logo = QByteArray();
            m_logoEtag = QString();
            processQueue();
            return;
        }
        onFeedError(error);
    });
    connect(request, &ApiRequest::succeeded, this, [this, run, request] {
        if (run != m_run || m_queue.isEmpty())
            return;
        m_waitingForLogo = false;
        m_queue.head().logo = request->bytes();
        m_logoEtag = m_queue.head().org->logoEtag;
        processQueue();
    });
}

void SyncWorker::writeFront()
{
    ++m_pendingWrites;
    const ChangeBatch batch = m_queue.dequeue();
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, batch, run] { writer->write(batch, run); }, Qt::QueuedConnection);
}

void SyncWorker::onWritten(const ChangeBatch &batch, quint64 run, bool ok, const QString &error)
{
    --m_pendingWrites;
    // The models mirror the cache: every page written is handed on, whichever run it was.
    if (ok)
        emit batchApplied(batch);
    if (run == m_run && m_running) {
        if (!ok) {
            SyncOutcome outcome;
            outcome.kind = SyncOutcome::Kind::Failed;
            outcome.error.kind = ApiError::Kind::Protocol;
            outcome.error.detail = tr("The offline cache could not be written: %1").arg(error);
            finish(outcome);
        } else {
            ++m_pagesApplied;
            m_changed = m_changed || batch.hasRowChanges() || batch.reset;
            if (m_runTo > m_runFrom) {
                const qint64 percent = (batch.toVersion - m_runFrom) * 100 / (m_runTo - m_runFrom);
                emit progress(int(std::clamp<qint64>(percent, 0, 100)));
            }
            if (!batch.more) {
                SyncOutcome outcome;
                outcome.changed = m_changed;
                finish(outcome);
            }
        }
    }
    if (m_pendingWrites == 0 && m_deferredFinish) {
        const SyncOutcome outcome = *m_deferredFinish;
        m_deferredFinish.reset();
        emitFinished(outcome);
    }
}

void SyncWorker::abortInFlight()
{
    ++m_run; // replies of the old run are ignored from now on
    m_queue.clear();
    m_waitingForLogo = false;
    if (m_pageRequest)
        m_pageRequest->abort();
    if (m_logoRequest)
        m_logoRequest->abort();
}

void SyncWorker::finish(SyncOutcome outcome)
{
    if (!m_running)
        return;
    abortInFlight();
    m_running = false;
    outcome.pagesApplied = m_pagesApplied;
    if (outcome.kind == SyncOutcome::Kind::Synced) {
        outcome.changed = outcome.changed || m_changed;
        m_cache->setLastSyncedAt(QDateTime::currentDateTimeUtc());
    }
    qCDebug(lcSync) << "run ended:" << int(outcome.kind) << "pages" << m_pagesApplied;
    if (m_pendingWrites > 0)
        m_deferredFinish = outcome; // the pages on their way are written (and reported) first
    else
        emitFinished(outcome);
}

void SyncWorker::emitFinished(const SyncOutcome &outcome)
{
    emit finished(outcome);
    if (m_again && outcome.kind == SyncOutcome::Kind::Synced)
        sync();
}
