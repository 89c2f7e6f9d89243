#include "RequestReader.h"

#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

using domain::ProblemCode;

namespace {
ApiError badRequest(const QString &detail)
{
    return ApiError(ProblemCode::BadRequest, detail);
}
void checkLength(const QString &text, const char *field, int maxLength, const QString &label)
{
    if (text.size() > maxLength)
        throw ApiError::validation(QLatin1String(field),
                                   QStringLiteral("%1 can be at most %2 characters; this one has %3.")
                                       .arg(label)
                                       .arg(maxLength)
                                       .arg(text.size()));
}
} // namespace

QJsonObject RequestReader::jsonObject(const HttpRequest &request)
{
    if (request.body.size() > kMaxJsonBody)
        throw ApiError(ProblemCode::PayloadTooLarge,
                       QStringLiteral("The request body is %1 KiB; the most this endpoint accepts is 64 KiB.")
                           .arg((request.body.size() + 1023) / 1024));
    if (request.body.trimmed().isEmpty())
        throw badRequest(QStringLiteral("The request needs a JSON object as its body, and it has none."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw badRequest(QStringLiteral("The request body is not valid JSON (%1 at byte %2).")
                             .arg(error.errorString())
                             .arg(error.offset));
    if (!document.isObject())
        throw badRequest(QStringLiteral("The request body must be a JSON object."));
    return document.object();
}

std::optional<QString> RequestReader::string(const QJsonObject &body, const char *field)
{
    const QJsonValue value = body.value(QLatin1String(field));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString())
        throw badRequest(QStringLiteral("\"%1\" must be a string.").arg(QLatin1String(field)));
    return value.toString();
}

std::optional<qint64> RequestReader::integer(const QJsonObject &body, const char *field)
{
    const QJsonValue value = body.value(QLatin1String(field));
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || std::fabs(number) > 9.0e15)
        throw badRequest(QStringLiteral("\"%1\" must be a whole number.").arg(QLatin1String(field)));
    return static_cast<qint64>(number);
}

std::optional<bool> RequestReader::boolean(const QJsonObject &body, const char *field)
{
    const QJsonValue value = body.value(QLatin1String(field));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool())
        throw badRequest(QStringLiteral("\"%1\" must be true or false.").arg(QLatin1String(field)));
    return value.toBool();
}

qint64 RequestReader::queryInt64(const HttpRequest &request, const char *key, qint64 fallback, qint64 min, qint64 max)
{
    const QString name = QLatin1String(key);
    if (!request.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const QString text = request.queryValue(name);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw badRequest(QStringLiteral("The query parameter \"%1\" must be a whole number from %2 to %3, not \"%4\".")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .arg(text.left(40)));
    return value;
}

int RequestReader::queryInt(const HttpRequest &request, const char *key, int fallback, int min, int max)
{
    return int(queryInt64(request, key, fallback, min, max));
}

bool RequestReader::hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

QString RequestReader::requireText(const std::optional<QString> &value, const char *field, int maxLength,
                                   const QString &label)
{
    const QString text = value.value_or(QString()).trimmed();
    if (text.isEmpty())
        throw ApiError::validation(QLatin1String(field), QStringLiteral("%1 is required.").arg(label));
    checkLength(text, field, maxLength, label);
    if (hasControlCharacters(text))
        throw ApiError::validation(
            QLatin1String(field),
            QStringLiteral("%1 cannot contain control characters such as line breaks or tabs.").arg(label));
    return text;
}

QString RequestReader::optionalText(const std::optional<QString> &value, const char *field, int maxLength,
                                    const QString &label)
{
    const QString text = value.value_or(QString()).trimmed();
    checkLength(text, field, maxLength, label);
    for (const QChar c : text) {
        // Descriptions may span lines, but no other control characters.
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            throw ApiError::validation(QLatin1String(field),
                                       QStringLiteral("%1 cannot contain control characters.").arg(label));
    }
    return text.isNull() ? QStringLiteral("") : text; // "no description" is stored as empty, not NULL
}

bool RequestReader::isValidEmail(const QString &email)
{
    // A practical subset of RFC 5321: local@domain.tld, no spaces, at most 254 characters.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    if (email.size() > 254 || !pattern.match(email).hasMatch())
        return false;
    const QString local = email.section(QLatin1Char('@'), 0, 0);
    return !local.startsWith(QLatin1Char('.')) && !local.endsWith(QLatin1Char('.'))
        && !local.contains(QLatin1String(".."));
}

QString RequestReader::requireEmail(const std::optional<QString> &value, const char *field)
{
    const QString email = value.value_or(QString()).trimmed().toLower();
    if (email.isEmpty())
        throw ApiError::validation(QLatin1String(field), QStringLiteral("An email address is required."));
    if (!isValidEmail(email))
        throw ApiError::validation(
            QLatin1String(field),
            QStringLiteral("\"%1\" is not an email address (name@example.com).").arg(email.left(80)));
    return email;
}

domain::Role RequestReader::requireRole(const std::optional<QString> &value, const char *field)
{
    if (!value)
        throw ApiError::validation(QLatin1String(field), QStringLiteral("A role is required."));
    const auto role = domain::roleFromString(*value);
    if (!role)
        throw ApiError::validation(QLatin1String(field),
                                   QStringLiteral("\"%1\" is not a role; use one of %2.")
                                       .arg(value->left(40), domain::allRoleNames().join(QStringLiteral(", "))));
    return *role;
}
