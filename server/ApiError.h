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

    // The 404s, worded once. An org the caller is not in looks like one that does not exist.
    enum class Missing { Org, Member, Invitation, ApiKey, PaymentMethod };
    static ApiError notFound(Missing what)
    {
        switch (what) {
        case Missing::Org:
            return {domain::ProblemCode::NotFound,
                    QStringLiteral("There is no such organization, or you are not a member of it.")};
        case Missing::Member:
            return {domain::ProblemCode::NotFound, QStringLiteral("There is no such member in this organization.")};
        case Missing::Invitation:
            return {domain::ProblemCode::NotFound, QStringLiteral("There is no such invitation in this organization.")};
        case Missing::ApiKey:
            return {domain::ProblemCode::NotFound, QStringLiteral("There is no such API key in this organization.")};
        case Missing::PaymentMethod:
            return {domain::ProblemCode::NotFound,
                    QStringLiteral("There is no such payment method in this organization.")};
        }
        return {domain::ProblemCode::NotFound, QStringLiteral("There is no such thing here.")};
    }

    // One answer for a token that is expired, revoked, replaced, used or unknown.
    static ApiError invitationExpired()
    {
        return {domain::ProblemCode::InvitationExpired,
                QStringLiteral("This invitation is no longer valid: it has expired, was revoked, was replaced by a "
                               "newer one, or was already used. Ask for a new invitation.")};
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
