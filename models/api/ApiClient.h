#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

// How ApiClient resends a failed attempt: exponential backoff with jitter between
// attempts, and the longest Retry-After it is willing to wait for on its own.
struct RetryPolicy
{
    int maxAttempts = 4; // in all, the first one included
    int initialDelayMs = 500;
    int maxDelayMs = 8000;
    int maxRetryAfterSeconds = 10;
};

// Sends ApiRequests to the Org Admin API and owns what every request shares: the server
// address, the bearer token, the transfer timeout, retries with backoff, Retry-After,
// and whether the server is reachable. Only this class touches QNetworkReply.
//
// Retries: Network and Timeout errors and 5xx answers are resent (after 500 ms, 1 s, 2 s …
// with jitter, up to maxAttempts) when the request is retryable: GET / PUT / PATCH /
// DELETE always, POST only when the attempt never reached the server. A 429 (or 503) whose
// Retry-After is at most maxRetryAfterSeconds is resent after that wait; a longer one fails
// at once with retryAfterSeconds set, so the UI can say "try again in 60 s".
//
// TLS errors are never ignored. Logging (category "orgdesk.api") names verb, path, status
// and milliseconds; never the token, a query, a body or a secret.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // `network` is not owned (tests inject their own).
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    // The server root, e.g. http://127.0.0.1:8080; requests go to <root>/api/v1<path>.
    void setBaseUrl(const QUrl &serverUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    // Sent as "Authorization: Bearer <token>" on requests that need auth; never logged.
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // Applied to every attempt (QNetworkRequest::setTransferTimeout). Default 30000.
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeout() const { return m_transferTimeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    // Whether the last attempt got an HTTP answer (true until one fails to).
    bool isReachable() const { return m_reachable; }

    // Creates an R and submits it: auto *r = api->start<MeRequest>();
    template<typename R, typename... Args> R *start(Args &&...args)
    {
        auto *request = new R(std::forward<Args>(args)...);
        submit(request);
        return request;
    }
    // Takes ownership and sends the request from the event loop.
    void submit(ApiRequest *request);
    // Takes ownership and finishes the request with `error` without sending anything
    // (e.g. ApiError::offline()), from the event loop, with the usual signals.
    void reject(ApiRequest *request, const ApiError &error);
    // Aborts every request that has not finished (each fails with Cancelled).
    void abortAll();

signals:
    // A request that carried a token got 401: the session expired or was revoked. Emitted
    // after that request's own finished / failed.
    void unauthenticated();
    // Requests started or stopped reaching the server (a Network / Timeout error versus any
    // HTTP answer). Only on change.
    void reachabilityChanged(bool reachable);

private:
    void send(ApiRequest *request);
    void onReplyFinished(ApiRequest *request, QNetworkReply *reply);
    void retryLater(ApiRequest *request, int delayMs, const ApiError &error);
    void complete(ApiRequest *request, const ApiError &error);
    int backoffDelay(int attempt) const;
    bool mayResend(const ApiRequest *request, const ApiError &error, QNetworkReply::NetworkError networkError) const;
    void setReachable(bool reachable);
    QUrl urlFor(const ApiRequest *request) const;
    QString serverName() const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_transferTimeoutMs = 30000;
    RetryPolicy m_retryPolicy;
    bool m_reachable = true;
    QByteArray m_userAgent;
};
