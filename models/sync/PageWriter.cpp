#include "sync/PageWriter.h"

#include "cache/OfflineCache.h"
#include "sync/SyncLog.h"

#include <QElapsedTimer>

PageWriter::PageWriter(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(cachePath))
{ }

PageWriter::~PageWriter() = default;

void PageWriter::open()
{
    m_cache = std::make_unique<OfflineCache>();
    // The worker's connection has checked the file by now (it opens before this thread starts).
    if (m_cache->open(m_path, OfflineCache::Check::Skip) == OfflineCache::OpenResult::Failed)
        qCWarning(lcSync) << "the page writer cannot open the cache:" << m_cache->lastError();
}

void PageWriter::write(const ChangeBatch &batch, quint64 run)
{
    QElapsedTimer clock;
    clock.start();
    const bool ok = m_cache && m_cache->isOpen() && m_cache->apply(batch);
    qCDebug(lcSync) << "page to" << batch.toVersion << "written in" << clock.elapsed() << "ms";
    emit written(batch, run, ok, ok ? QString() : (m_cache ? m_cache->lastError() : QString()));
}
