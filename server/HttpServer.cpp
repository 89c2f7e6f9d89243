#include "HttpServer.h"

#include "ApiError.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "orgdesk.server.http")

using domain::Problem;
using domain::ProblemCode;

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}
} // namespace

HttpResponse HttpServer::problem(const ApiError &error)
{
    const int status = Problem::httpStatus(error.code());
    QJsonObject body {
        {QStringLiteral("type"), QString(QStringLiteral("urn:orgdesk:problem:") + Problem::codeName(error.code()))},
        {QStringLiteral("title"), Problem::title(error.code())},
        {QStringLiteral("status"), status},
        {QStringLiteral("detail"), error.detail()},
        {QStringLiteral("code"), Problem::codeName(error.code())},
    };
    if (!error.errors().isEmpty()) {
        QJsonArray errors;
        for (const FieldError &field : error.errors())
            errors.append(
                QJsonObject {{QStringLiteral("field"), field.field}, {QStringLiteral("message"), field.message}});
        body.insert(QStringLiteral("errors"), errors);
    }
    HttpResponse response = HttpResponse::json(status, body);
    response.contentType = QByteArrayLiteral("application/problem+json; charset=utf-8");
    if (error.code() == ProblemCode::Unauthenticated)
        response.withHeader("WWW-Authenticate", "Bearer realm=\"orgdesk\"");
    if (error.retryAfterSeconds() > 0)
        response.withHeader("Retry-After", QByteArray::number(error.retryAfterSeconds()));
    return response;
}

HttpResponse HttpServer::respond(HttpRequest &request)
{
    try {
        return m_router.dispatch(request);
    } catch (const ApiError &error) {
        HttpResponse response = problem(error);
        if (error.code() == ProblemCode::MethodNotAllowed)
            response.withHeader("Allow", m_router.allowedMethods(request.path));
        return response;
    } catch (const DatabaseError &error) {
        qCCritical(lcHttp) << "database error:" << error.message();
    } catch (const std::exception &error) {
        qCCritical(lcHttp) << "unexpected error:" << error.what();
    }
    return problem(
        ApiError(ProblemCode::Internal,
                 QStringLiteral("The server failed to complete the request. Nothing was changed; try again.")));
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path(QUrl::FullyDecoded);
    req.query = request.query();
    req.headers = request.headers();
    req.body = request.body();
    const HttpResponse response = respond(req);
    write(request, socket, response);
    // Never the query (it may hold a confirm text) or any header or body.
    qCInfo(lcHttp).noquote() << req.method << req.path << response.status << timer.elapsed() << "ms";
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, problem(ApiError(ProblemCode::NotFound, QStringLiteral("There is nothing here."))));
}

void HttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    bool hasCacheControl = false;
    for (const auto &header : response.headers)
        hasCacheControl = hasCacheControl || header.first == "Cache-Control";
    if (!hasCacheControl)
        responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    if (response.status != 204 && response.status != 304)
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}
