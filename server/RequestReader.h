#pragma once

#include "HttpMessage.h"

#include "domain/Role.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Reads and checks what a request carries, in API.md's order: size (413), then JSON shape
// and types (400), then field rules (422). Each failure throws ApiError with a sentence a
// person understands.
class RequestReader
{
public:
    static constexpr qint64 kMaxJsonBody = 64 * 1024;

    // The body as a JSON object; an empty body is 400 like any other non-object.
    static QJsonObject jsonObject(const HttpRequest &request);

    // Typed fields: absent → nullopt; present with the wrong JSON type → 400.
    static std::optional<QString> string(const QJsonObject &body, const char *field);
    static std::optional<qint64> integer(const QJsonObject &body, const char *field);
    static std::optional<bool> boolean(const QJsonObject &body, const char *field);

    // An integer query parameter in [min, max]; absent → fallback; else 400.
    static int queryInt(const HttpRequest &request, const char *key, int fallback, int min, int max);
    static qint64 queryInt64(const HttpRequest &request, const char *key, qint64 fallback, qint64 min, qint64 max);

    // Field rules (422).
    static QString requireText(const std::optional<QString> &value, const char *field, int maxLength,
                               const QString &label);
    static QString optionalText(const std::optional<QString> &value, const char *field, int maxLength,
                                const QString &label);
    static QString requireEmail(const std::optional<QString> &value, const char *field);
    static domain::Role requireRole(const std::optional<QString> &value, const char *field);
    static bool isValidEmail(const QString &email);
    static bool hasControlCharacters(const QString &text);
};
