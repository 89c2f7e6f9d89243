#pragma once

#include "Router.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>

// The HTTP front: turns QHttpServer's requests into HttpRequest, runs the router, and
// writes the answer, with errors as problem+json. Handlers are synchronous: 6.4's QFuture
// responses can outlive a client that disconnected.
class HttpServer final : public QAbstractHttpServer
{
public:
    using QAbstractHttpServer::QAbstractHttpServer;
    // Set after listen(): the routes need the public URL, which needs the bound port.
    void setRouter(Router router) { m_router = std::move(router); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse respond(HttpRequest &request);
    static HttpResponse problem(const class ApiError &error);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response);

    Router m_router;
};
