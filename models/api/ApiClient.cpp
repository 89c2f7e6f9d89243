#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApi, "orgdesk.api", QtInfoMsg)

namespace {

// Errors QNetworkReply derives from an HTTP status: the server did answer.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::InsecureRedirectError: // a redirect we refused to follow (another origin)
    case QNetworkReply::TooManyRedirectsError:
        return true;
    default:
        return false;
    }
}

// Errors after which the request certainly never reached the server, so even a POST may go again.
bool neverReachedServer(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProxyNotFoundError;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(m_network);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &serverUrl)
{
    m_baseUrl = serverUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
}

void ApiClient::submit(ApiRequest *request)
{
    Q_ASSERT(request);
    if (request->m_submitted) {
        qCWarning(lcApi) << "request submitted twice:" << request->m_verb << request->m_path;
        return;
    }
    request->m_submitted = true;
    request->setParent(this);
    if (request->m_finished) // aborted before it was submitted; finish() already let it go
        return;
    // Queued: the caller connects to the signals after submit() returns.
    QMetaObject::invokeMethod(
        request, [this, request] { send(request); }, Qt::QueuedConnection);
}

void ApiClient::reject(ApiRequest *request, const ApiError &error)
{
    Q_ASSERT(request);
    if (request->m_submitted) {
        qCWarning(lcApi) << "request rejected after it was submitted:" << request->m_verb << request->m_path;
        return;
    }
    request->m_submitted = true;
    request->setParent(this);
    QMetaObject::invokeMethod(
        request, [request, error] { request->finish(error); }, Qt::QueuedConnection);
}

void ApiClient::abortAll()
{
    QList<QPointer<ApiRequest>> requests;
    for (ApiRequest *request : findChildren<ApiRequest *>(QString(), Qt::FindDirectChildrenOnly))
        requests.append(request);
    // A slot of one aborted request may delete or abort others: re-check each.
    for (const QPointer<ApiRequest> &request : requests) {
        if (request && !request->isFinished())
            request->abort();
    }
}

QUrl ApiClient::urlFor(const ApiRequest *request) const
{
    QUrl url = m_baseUrl;
    // Tolerant mode keeps the path's percent-encoding (an id's "%2F" stays one segment).
    url.setPath(m_baseUrl.path(QUrl::FullyEncoded) + QStringLiteral("/api/v1") + request->m_path, QUrl::TolerantMode);
    if (!request->m_query.isEmpty())
        url.setQuery(request->m_query, QUrl::TolerantMode);
    return url;
}

QString ApiClient::serverName() const
{
    return m_baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath).toDisplayString();
}

void ApiClient::send(ApiRequest *request)
{
    if (request->m_finished)
        return;

    QNetworkRequest networkRequest(urlFor(request));
    networkRequest.setTransferTimeout(m_transferTimeoutMs);
    // A redirect is followed only within the same origin, so the bearer token never goes
    // to another host (or from https to http); any other redirect fails as an HTTP answer.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    const QString version = QCoreApplication::applicationVersion();
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QByteArray("OrgDesk/" + (version.isEmpty() ? QByteArray("dev") : version.toUtf8())));
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request->m_contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request->m_contentType);
    const bool withToken = request->m_needsAuth && !m_token.isEmpty();
    if (withToken)
        networkRequest.setRawHeader("Authorization", QByteArray("Bearer " + m_token.toUtf8()));
    for (const auto &[name, value] : request->m_headers)
        networkRequest.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (request->m_verb == "GET" && request->m_body.isEmpty())
        reply = m_network->get(networkRequest);
    else
        reply = m_network->sendCustomRequest(networkRequest, request->m_verb, request->m_body);
    // TLS errors are deliberately not connected to ignoreSslErrors(): they fail the request.

    request->m_reply = reply;
    request->m_sentWithToken = withToken;
    ++request->m_attempts;
    request->m_elapsed.start();
    connect(reply, &QNetworkReply::finished, request, [this, request, reply] { onReplyFinished(request, reply); });
}

void ApiClient::onReplyFinished(ApiRequest *request, QNetworkReply *reply)
{
    reply->deleteLater();
    if (request->m_reply != reply || request->m_finished)
        return;
    request->m_reply.clear();

    const qint64 ms = request->m_elapsed.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QPointer<ApiRequest> guard(request);

    if (status <= 0 || !(networkError == QNetworkReply::NoError || isHttpStatusError(networkError))) {
        // No (complete) HTTP answer: refused, reset, DNS, TLS, or the transfer timeout.
        ApiError error = ApiError::fromNetworkError(networkError, reply->errorString());
        error.server = serverName();
        qCInfo(lcApi).noquote() << request->m_verb << request->m_path << "failed:" << networkError << ms << "ms"
                                << "attempt" << request->m_attempts;
        setReachable(false);
        if (!guard || request->m_finished)
            return;
        if (mayResend(request, error, networkError))
            retryLater(request, backoffDelay(request->m_attempts), error);
        else
            complete(request, error);
        return;
    }

    request->m_httpStatus = status;
    request->m_responseHeaders = reply->rawHeaderPairs();
    const QByteArray body = reply->readAll();
    qCDebug(lcApi).noquote() << request->m_verb << request->m_path << status << ms << "ms";
    setReachable(true);
    if (!guard || request->m_finished)
        return;

    if ((status >= 200 && status < 300) || status == 304) {
        ApiError error;
        if (!request->parse(body)) {
            qCWarning(lcApi).noquote() << request->m_verb << request->m_path << status << "unreadable answer";
            error.kind = ApiError::Kind::Protocol;
            error.httpStatus = status;
        }
        complete(request, error);
        return;
    }

    const ApiError error = ApiError::fromHttp(status, request->responseHeader("Content-Type"), body,
                                              request->responseHeader("Retry-After"));
    const bool attemptsLeft = request->m_attempts < m_retryPolicy.maxAttempts;
    // A 429 means the server refused before acting, so even a POST may go again; a 5xx
    // may have done something, so only a retryable request goes again.
    const bool mayRepeat = status == 429 || request->m_retryable;
    if (error.retryAfterSeconds && (status == 429 || status == 503)) {
        if (attemptsLeft && mayRepeat && *error.retryAfterSeconds <= m_retryPolicy.maxRetryAfterSeconds)
            retryLater(request, *error.retryAfterSeconds * 1000, error);
        else
            complete(request, error); // a long wait is the caller's to explain ("try again in 60 s")
        return;
    }
    if (attemptsLeft && mayRepeat && (status >= 500 || status == 429))
        retryLater(request, backoffDelay(request->m_attempts), error);
    else
        complete(request, error);
}

bool ApiClient::mayResend(const ApiRequest *request, const ApiError &error,
                          QNetworkReply::NetworkError networkError) const
{
    Q_UNUSED(error)
    if (request->m_attempts >= m_retryPolicy.maxAttempts)
        return false;
    return request->m_retryable || neverReachedServer(networkError);
}

int ApiClient::backoffDelay(int attempt) const
{
    // Exponential with "equal jitter": half the step fixed, half random, so that clients
    // that failed together do not come back together.
    qint64 step = qMax(0, m_retryPolicy.initialDelayMs);
    for (int i = 1; i < attempt && step < m_retryPolicy.maxDelayMs; ++i)
        step *= 2;
    step = qMin<qint64>(step, qMax(0, m_retryPolicy.maxDelayMs));
    const qint64 half = step / 2;
    return int(half + (step - half > 0 ? QRandomGenerator::global()->bounded(step - half + 1) : 0));
}

void ApiClient::retryLater(ApiRequest *request, int delayMs, const ApiError &error)
{
    qCInfo(lcApi).noquote() << request->m_verb << request->m_path << "retry in" << delayMs << "ms after"
                            << (error.httpStatus                            ? QString::number(error.httpStatus)
                                    : error.kind == ApiError::Kind::Timeout ? QStringLiteral("a timeout")
                                                                            : QStringLiteral("a network error"));
    if (!request->m_retryTimer) {
        request->m_retryTimer = new QTimer(request);
        request->m_retryTimer->setSingleShot(true);
        connect(request->m_retryTimer, &QTimer::timeout, request, [this, request] { send(request); });
    }
    request->m_retryTimer->start(qMax(0, delayMs));
}

void ApiClient::complete(ApiRequest *request, const ApiError &error)
{
    const bool sessionEnded = error.kind == ApiError::Kind::Http && error.httpStatus == 401 && request->m_sentWithToken;
    const QPointer<ApiClient> self(this);
    request->finish(error);
    if (self && sessionEnded)
        emit unauthenticated();
}

void ApiClient::setReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}
