#pragma once

#include <QCoreApplication>

#include "domain/ProblemCode.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <optional>

// One entry of a problem+json `errors` array: which field broke which rule.
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError &other) const { return field == other.field && message == other.message; }
};

// Why a request failed, typed, so the UI decides how to say it. A value type: copied into
// signals, stored by callers. Every HTTP answer is mapped by fromHttp(), every transport
// failure by fromNetworkError(); nothing else builds one from a reply.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Network, // could not reach the server (refused, DNS, reset, TLS failure…)
        Timeout, // the transfer timeout hit
        Offline, // refused locally: the session knows it is offline, nothing was sent
        Http, // the server answered an error status (problem+json or not)
        Protocol, // a 2xx whose body could not be read
        Cancelled, // aborted by the caller
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    domain::ProblemCode code = domain::ProblemCode::Internal; // meaningful for Http
    QString title;
    QString detail; // a sentence from the server (or a generic one for non-JSON errors)
    QList<FieldError> fieldErrors;
    std::optional<int> retryAfterSeconds; // from Retry-After on 429 / 503
    // The server the failed request went to ("host:port"); ApiClient fills it for Network
    // and Timeout errors so message() can name it.
    QString server;

    // Worth trying again later: Network, Timeout, 5xx and 429. Other 4xx are not.
    bool isRetryable() const;
    bool isNone() const { return kind == Kind::None; }
    // A sentence a person understands: the detail when there is one, else one per kind.
    QString message() const;
    // The field's message from fieldErrors, or empty.
    QString fieldMessage(const QString &field) const;

    static ApiError offline();
    static ApiError cancelled();
    // The one mapping from an HTTP error answer to an ApiError: problem+json → its code
    // (domain::Problem::fromCodeName), title, detail and errors; anything else → the code
    // from the status and a generic detail. Retry-After (seconds or an HTTP date) is read
    // on 429 and 503.
    static ApiError fromHttp(int status, const QByteArray &contentType, const QByteArray &body,
                             const QByteArray &retryAfter);
    // A transfer that got no HTTP answer. OperationCanceledError is what Qt reports when the
    // transfer timeout fires, so it maps to Timeout; a deliberate abort is cancelled().
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString);
    // The problem code a bare status stands for when the body says nothing: the one code
    // with that 4xx status; Internal when there is none or several (409, 410) and for 5xx.
    static domain::ProblemCode codeForStatus(int status);
};

Q_DECLARE_METATYPE(ApiError)
