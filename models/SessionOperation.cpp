#include "SessionOperation.h"

#include <QTimer>

SessionOperation::SessionOperation(QObject *parent)
    : QObject(parent)
{ }

void SessionOperation::succeed()
{
    if (m_scheduled)
        return;
    m_error = ApiError();
    finishLater();
}

void SessionOperation::fail(const ApiError &error)
{
    if (m_scheduled)
        return;
    m_error = error;
    if (m_error.isNone())
        m_error.kind = ApiError::Kind::Protocol;
    finishLater();
}

void SessionOperation::finishLater()
{
    m_scheduled = true;
    // Queued, so a caller always has the chance to connect before the result arrives.
    QTimer::singleShot(0, this, [this] {
        m_finished = true;
        emit finished();
        if (m_error.isNone())
            emit succeeded();
        else
            emit failed(m_error);
        deleteLater();
    });
}
