#pragma once

#include "domain/ProblemCode.h"

#include <QList>
#include <QString>

#include <stdexcept>

// One broken field rule of a 422 answer.
struct FieldError
{
    QString field;
    QString message;
};

// An answer other than success, thrown from anywhere below a route handler and turned
// into problem+json in one place (HttpApi). `detail` is a sentence a person can read.
class ApiError : public std::exception
{
public:
    ApiError(domain::ProblemCode code, QString detail, QList<FieldError> errors = {}, int retryAfterSeconds = 0)
        : m_code(code)
        , m_detail(std::move(detail))
        , m_errors(std::move(errors))
        , m_retryAfter(retryAfterSeconds)
    { }

    static ApiError validation(const QString &field, const QString &message)
    {
        return ApiError(domain::ProblemCode::ValidationFailed, message, {{field, message}});
    }

    domain::ProblemCode code() const { return m_code; }
    const QString &detail() const { return m_detail; }
    const QList<FieldError> &errors() const { return m_errors; }
    int retryAfterSeconds() const { return m_retryAfter; }
    const char *what() const noexcept override { return "ApiError"; }

private:
    domain::ProblemCode m_code;
    QString m_detail;
    QList<FieldError> m_errors;
    int m_retryAfter;
};

// The database failed in a way no request can fix (connection lost, constraint that a
// check should have caught). Answered as 500 without detail; logged.
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};
