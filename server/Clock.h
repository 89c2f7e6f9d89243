#pragma once

#include <QDateTime>

// Server time in whole seconds, the resolution every stored timestamp has.
class Clock
{
public:
    static qint64 now() { return QDateTime::currentSecsSinceEpoch(); }
    static QDateTime toDateTime(qint64 seconds) { return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC); }
};
