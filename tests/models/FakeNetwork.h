#pragma once
// Test-only helpers for the api tests (header-only):
//  - FakeNetwork: a scripted HTTP/1.1 peer on a real loopback socket, for the faults the
//    real orgdesk-server cannot produce on demand (a 503, a 429 with a chosen Retry-After,
//    an answer that never comes, a body that does not parse). Requests travel over real
//    TCP through the real QNetworkAccessManager; only the answers are scripted.
//  - RequestWatch: records a request's completion signals, in order.
#include "api/ApiRequest.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QQueue>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>

class FakeNetwork : public QObject
{
public:
    struct Answer
    {
        enum class Kind {
            Respond, // an HTTP answer
            Hang, // read the request, never answer (the connection stays open)
        };
        Kind kind = Kind::Respond;
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;

        static Answer respond(int status, const QByteArray &body = {},
                              const QByteArray &contentType = "application/json",
                              const QList<QPair<QByteArray, QByteArray>> &headers = {})
        {
            Answer answer;
            answer.status = status;
            answer.body = body;
            answer.contentType = contentType;
            answer.headers = headers;
            return answer;
        }
        static Answer hang()
        {
            Answer answer;
            answer.kind = Kind::Hang;
            return answer;
        }
    };

    struct Received
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 atMs = 0; // since the FakeNetwork was created

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
        bool hasHeader(const QByteArray &name) const
        {
            for (const auto &header : headers) {
                if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        }
    };

    FakeNetwork()
    {
        m_clock.start();
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }

    // Answers in order; when the queue is empty, the fallback (a 500 unless set).
    void enqueue(const Answer &answer) { m_answers.enqueue(answer); }
    void setFallback(const Answer &answer) { m_fallback = answer; }
    const QList<Received> &received() const { return m_received; }
    int count() const { return int(m_received.size()); }

    // A free loopback port that nothing listens on (connections to it are refused).
    static quint16 closedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private:
    void accept(QTcpSocket *socket)
    {
        m_sockets.append(socket);
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            while (handleOne(socket, *buffer)) { }
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    // Takes one complete request off the buffer and answers it; false while incomplete.
    bool handleOne(QTcpSocket *socket, QByteArray &buffer)
    {
        const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
        if (headerEnd < 0)
            return false;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Received request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = int(line.indexOf(':'));
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return false;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        request.atMs = m_clock.elapsed();
        m_received.append(request);

        const Answer answer = m_answers.isEmpty() ? m_fallback : m_answers.dequeue();
        if (answer.kind == Answer::Kind::Hang)
            return true;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
        if (!answer.contentType.isEmpty() && answer.status != 204 && answer.status != 304)
            response += "Content-Type: " + answer.contentType + "\r\n";
        for (const auto &[name, value] : answer.headers)
            response += name + ": " + value + "\r\n";
        response += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
        response += "Connection: close\r\n\r\n";
        response += answer.body;
        socket->write(response);
        socket->disconnectFromHost();
        return true;
    }

    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QQueue<Answer> m_answers;
    Answer m_fallback = Answer::respond(500, "{}");
    QList<Received> m_received;
    QElapsedTimer m_clock;
};

// Records a request's completion signals in order ("finished", then "succeeded" or
// "failed"). `onSucceeded` runs inside the succeeded slot: results must be read there, as
// the request is deleted once control returns to the event loop.
class RequestWatch
{
public:
    explicit RequestWatch(ApiRequest *request, std::function<void()> onSucceeded = {})
        : m_request(request)
    {
        if (onSucceeded)
            QObject::connect(request, &ApiRequest::succeeded, &m_context, std::move(onSucceeded));
        QObject::connect(request, &ApiRequest::finished, &m_context, [this] { events << QStringLiteral("finished"); });
        QObject::connect(request, &ApiRequest::succeeded, &m_context,
                         [this] { events << QStringLiteral("succeeded"); });
        QObject::connect(request, &ApiRequest::failed, &m_context, [this](const ApiError &e) {
            events << QStringLiteral("failed");
            error = e;
        });
    }

    bool isDone() const { return events.size() >= 2; }
    // Waits for the second signal; false on timeout.
    bool wait(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([this] { return isDone(); }, timeoutMs);
    }
    bool succeeded() const { return events == QStringList {QStringLiteral("finished"), QStringLiteral("succeeded")}; }
    bool failed() const { return events == QStringList {QStringLiteral("finished"), QStringLiteral("failed")}; }
    // For failure messages: the events and the error in words.
    QByteArray describe() const
    {
        return (events.join(QLatin1Char(','))
                + QStringLiteral(" / kind %1 status %2 code %3: %4")
                      .arg(int(error.kind))
                      .arg(error.httpStatus)
                      .arg(domain::Problem::codeName(error.code), error.message()))
            .toUtf8();
    }
    ApiRequest *request() const { return m_request; }
    bool isDeleted() const { return m_request.isNull(); }

    QStringList events;
    ApiError error;

private:
    QObject m_context;
    QPointer<ApiRequest> m_request;
};

// Waits for the request and checks that it succeeded: finished then succeeded, each once,
// and the request deleted afterwards (so no later signal can come).
#define QVERIFY_SUCCEEDS(watch)                                                                                        \
    do {                                                                                                               \
        QVERIFY2((watch).wait(), (watch).describe().constData());                                                      \
        QTRY_VERIFY2((watch).isDeleted(), "the request was not deleted after it finished");                            \
        QVERIFY2((watch).succeeded(), (watch).describe().constData());                                                 \
    } while (false)

// The same for a failure: finished then failed, each once, then deleted.
#define QVERIFY_FAILS(watch)                                                                                           \
    do {                                                                                                               \
        QVERIFY2((watch).wait(), (watch).describe().constData());                                                      \
        QTRY_VERIFY2((watch).isDeleted(), "the request was not deleted after it finished");                            \
        QVERIFY2((watch).failed(), (watch).describe().constData());                                                    \
    } while (false)
