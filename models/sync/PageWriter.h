#pragma once

#include "sync/ChangeBatch.h"

#include <QObject>
#include <QString>

#include <memory>

class OfflineCache;

// Writes feed pages into the cache on a thread of its own, so that the sync worker reads and
// parses the next page while this one is written: the feed's pages flow through three
// stages at once (server, parse, write) instead of one after the other.
class PageWriter : public QObject
{
    Q_OBJECT

public:
    explicit PageWriter(QString cachePath, QObject *parent = nullptr);
    ~PageWriter() override;

public slots:
    void open(); // on the writer's thread
    // One page, one transaction. `run` comes back unchanged with the result.
    void write(const ChangeBatch &batch, quint64 run);

signals:
    void written(const ChangeBatch &batch, quint64 run, bool ok, const QString &error);

private:
    QString m_path;
    std::unique_ptr<OfflineCache> m_cache;
};
