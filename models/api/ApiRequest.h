#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <QVector>

#include <optional>

class ApiClient;
class QTimer;

// The shared base of the one-class-per-endpoint requests. A request describes what to send
// (verb, path, query, body) and reads its own answer in parse(); ApiClient owns sending,
// auth, timeouts and retries.
//
// Lifetime: ApiClient::submit() takes the request over (it becomes a child of the client)
// and deleteLater()s it once it has finished. Read results in slots connected to
// finished / succeeded / failed, never later through a stored pointer (keep a QPointer if
// you must hold on to it).
//
// Signals: finished() first, then exactly one of succeeded() / failed(error), exactly once
// per request, never synchronously from submit(). abort() is the one exception to "from the
// event loop": it finishes the request at once, with ApiError::cancelled().
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    ~ApiRequest() override;

    QByteArray verb() const { return m_verb; }
    QString path() const { return m_path; } // percent-encoded, relative to /api/v1
    QString queryString() const { return m_query; } // percent-encoded, without '?'
    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && m_error.isNone(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; } // of the last answer; 0 when none came
    int attempts() const { return m_attempts; } // how many times it was sent
    // A header of the last answer, case-insensitive; empty when absent.
    QByteArray responseHeader(const QByteArray &name) const;
    bool needsAuth() const { return m_needsAuth; }
    bool isRetryable() const { return m_retryable; }

    // Finishes the request with ApiError::cancelled() if it has not finished yet; the
    // transfer (or the wait before a retry) stops.
    void abort();

    // A path segment (an id) percent-encoded, so that "a/b" stays one segment.
    static QString encodeSegment(const QString &segment);

signals:
    void finished();
    void succeeded();
    void failed(const ApiError &error);

protected:
    ApiRequest(QByteArray verb, QString path, QObject *parent = nullptr);

    void setQuery(const QUrlQuery &query);
    // The same from plain (decoded) keys and values: every reserved character, '%' and '+'
    // included, is percent-encoded. Prefer this for free text (QUrlQuery reads a "%41" in
    // a value as an encoded "A").
    void setQueryItems(const QList<QPair<QString, QString>> &items);
    void setJsonBody(const QJsonObject &body);
    void setRawBody(QByteArray body, QByteArray contentType);
    void addHeader(QByteArray name, QByteArray value);
    void setNeedsAuth(bool needsAuth) { m_needsAuth = needsAuth; }
    // Whether a failed attempt may be sent again. Default: GET, PUT, PATCH and DELETE yes;
    // POST only when the attempt never reached the server (connection refused, host not found).
    void setRetryable(bool retryable) { m_retryable = retryable; }

    // Called with the body of a 2xx (or 304) answer; the answer's headers are already
    // readable through responseHeader(). Return false for an unreadable body: the request
    // then fails with a Protocol error. The default accepts any body (204 answers).
    virtual bool parse(const QByteArray &body);

    // Helpers for parse(): the body as a JSON object / array, nullopt if it is not one.
    static std::optional<QJsonObject> jsonObject(const QByteArray &body);
    static std::optional<QJsonArray> jsonArray(const QByteArray &body);
    // Every element through T::fromJson; false if any is not an object or does not read.
    template<typename T> static bool readList(const QJsonArray &array, QVector<T> &out)
    {
        out.clear();
        out.reserve(array.size());
        for (const QJsonValue &value : array) {
            if (!value.isObject())
                return false;
            auto item = T::fromJson(value.toObject());
            if (!item)
                return false;
            out.append(std::move(*item));
        }
        return true;
    }
    // A paged list, {items, page, perPage, total}: the items through readList, and the total.
    template<typename T> static bool readPage(const QByteArray &body, QVector<T> &out, qint64 &total)
    {
        const auto object = jsonObject(body);
        if (!object)
            return false;
        const auto count = readTotal(*object);
        const QJsonValue items = object->value(QLatin1String("items"));
        if (!count || !items.isArray())
            return false;
        total = *count;
        return readList(items.toArray(), out);
    }

private:
    friend class ApiClient;

    static std::optional<qint64> readTotal(const QJsonObject &page);

    void finish(const ApiError &error);

    QByteArray m_verb;
    QString m_path;
    QString m_query;
    QByteArray m_body;
    QByteArray m_contentType;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    bool m_needsAuth = true;
    bool m_retryable = false;
    bool m_finished = false;
    bool m_submitted = false;
    int m_httpStatus = 0;
    int m_attempts = 0;
    ApiError m_error;

    // ApiClient's bookkeeping while the request runs.
    QPointer<QNetworkReply> m_reply; // the network manager owns it and may go first
    QTimer *m_retryTimer = nullptr;
    bool m_sentWithToken = false;
    QElapsedTimer m_elapsed;
};
