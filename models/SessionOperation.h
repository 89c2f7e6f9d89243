#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QVariant>

// The async result of an OrgSession step that is more than one request (sign in, resume,
// sign out, accept an invitation). Like every request: finished, then exactly one of
// succeeded / failed, once, never from inside the call that created it. Deletes itself
// after finishing; read error() in a slot connected to its signals.
class SessionOperation : public QObject
{
    Q_OBJECT

public:
    explicit SessionOperation(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && m_error.isNone(); }
    const ApiError &error() const { return m_error; }
    // What the operation produced, if anything (accept an invitation: the org id).
    QVariant result() const { return m_result; }
    void setResult(const QVariant &result) { m_result = result; }

    // Each finishes the operation once (later calls are ignored), from the event loop.
    void succeed();
    void fail(const ApiError &error);

signals:
    void finished();
    void succeeded();
    void failed(const ApiError &error);

private:
    void finishLater();

    bool m_finished = false;
    bool m_scheduled = false;
    ApiError m_error;
    QVariant m_result;
};
