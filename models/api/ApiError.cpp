#include "api/ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

std::optional<int> parseRetryAfter(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? 0 : int(qMin<qint64>(seconds, 365 * 24 * 3600));
    // RFC 9110 also allows an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT").
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.left(date.size() - 4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(when);
    return wait < 0 ? 0 : int(qMin<qint64>(wait, 365 * 24 * 3600));
}

// A sentence for an error status whose body says nothing a person can read.
QString genericHttpDetail(int status, std::optional<int> retryAfter)
{
    switch (status) {
    case 400:
        return ApiError::tr("The server could not understand the request.");
    case 401:
        return ApiError::tr("Your session has expired. Please sign in again.");
    case 403:
        return ApiError::tr("You do not have permission to do this.");
    case 404:
        return ApiError::tr("The item does not exist on the server (any more).");
    case 409:
        return ApiError::tr("The change conflicts with the current state on the server.");
    case 410:
        return ApiError::tr("This is no longer available on the server.");
    case 413:
        return ApiError::tr("What you sent is too large for the server.");
    case 415:
        return ApiError::tr("The server does not accept this kind of file.");
    case 422:
        return ApiError::tr("Some fields are not valid.");
    case 429:
        if (retryAfter)
            return QCoreApplication::translate("ApiError", "Too many attempts. Try again in %n second(s).", nullptr,
                                               *retryAfter);
        return ApiError::tr("Too many attempts. Try again later.");
    case 500:
        return ApiError::tr("The server failed to complete the request. Try again later.");
    case 502:
    case 503:
    case 504:
        return ApiError::tr("The server is temporarily unavailable (HTTP %1). Try again in a moment.").arg(status);
    default:
        break;
    }
    if (status >= 500)
        return ApiError::tr("The server failed with an error (HTTP %1). Try again later.").arg(status);
    if (status >= 300 && status < 400)
        return ApiError::tr("The server sent the request elsewhere (HTTP %1). Check the server address.").arg(status);
    return ApiError::tr("The server refused the request (HTTP %1).").arg(status);
}

bool isJsonType(const QByteArray &contentType)
{
    const QByteArray type = contentType.left(contentType.indexOf(';')).trimmed().toLower();
    return type == "application/problem+json" || type == "application/json";
}

} // namespace

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus >= 500 || httpStatus == 429;
    case Kind::None:
    case Kind::Offline:
    case Kind::Protocol:
    case Kind::Cancelled:
        break;
    }
    return false;
}

QString ApiError::message() const
{
    if (!detail.trimmed().isEmpty())
        return detail;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (server.isEmpty())
            return tr("Cannot reach the server. Check the address and your connection.");
        return tr("Cannot reach the server at %1. Check the address and your connection.").arg(server);
    case Kind::Timeout:
        return tr("The server took too long to answer.");
    case Kind::Offline:
        return tr("You are offline. Changes can be made once the server is reachable again.");
    case Kind::Http:
        return genericHttpDetail(httpStatus, retryAfterSeconds);
    case Kind::Protocol:
        return tr("The server sent an answer OrgDesk cannot read.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

QString ApiError::fieldMessage(const QString &field) const
{
    for (const FieldError &error : fieldErrors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

ApiError ApiError::offline()
{
    ApiError error;
    error.kind = Kind::Offline;
    error.detail = tr("You are offline. Changes can be made once the server is reachable again.");
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &contentType, const QByteArray &body,
                            const QByteArray &retryAfter)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.code = codeForStatus(status);
    if (status == 429 || status == 503)
        error.retryAfterSeconds = parseRetryAfter(retryAfter);

    QJsonObject problem;
    if (isJsonType(contentType) || body.trimmed().startsWith('{')) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isObject())
            problem = document.object();
    }
    const QJsonValue code = problem.value(QLatin1String("code"));
    if (code.isString())
        error.code = domain::Problem::fromCodeName(code.toString());
    error.title = problem.value(QLatin1String("title")).toString();
    if (error.title.isEmpty())
        error.title = domain::Problem::title(error.code);
    error.detail = problem.value(QLatin1String("detail")).toString().trimmed();
    const QJsonArray errors = problem.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &entry : errors) {
        const QJsonObject object = entry.toObject();
        FieldError field {object.value(QLatin1String("field")).toString(),
                          object.value(QLatin1String("message")).toString()};
        if (!field.field.isEmpty() || !field.message.isEmpty())
            error.fieldErrors.append(field);
    }
    if (error.detail.isEmpty())
        error.detail = genericHttpDetail(status, error.retryAfterSeconds);
    return error;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError networkError, const QString &errorString)
{
    ApiError error;
    switch (networkError) {
    case QNetworkReply::NoError:
        return error;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        error.kind = Kind::Timeout;
        break;
    default:
        error.kind = Kind::Network;
        break;
    }
    // The technical reason, for logs and a details line; message() stays in plain words.
    error.title = errorString;
    return error;
}

domain::ProblemCode ApiError::codeForStatus(int status)
{
    if (status < 400 || status >= 500)
        return domain::ProblemCode::Internal;
    std::optional<domain::ProblemCode> found;
    for (int i = 0; i < domain::kProblemCodeCount; ++i) {
        const auto code = static_cast<domain::ProblemCode>(i);
        if (domain::Problem::httpStatus(code) != status)
            continue;
        if (found)
            return domain::ProblemCode::Internal; // several codes share it: the body had to say
        found = code;
    }
    return found.value_or(domain::ProblemCode::Internal);
}
