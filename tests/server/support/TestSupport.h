#pragma once
// Small header-only checks shared by the server tests (on top of ServerHarness.h).
#include "support/ServerHarness.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

// "HTTP 422 application/problem+json {...}" for failure messages.
inline QByteArray describe(const HttpResponse &r)
{
    QByteArray body = r.body;
    if (body.size() > 600)
        body = body.left(600) + "...";
    return "HTTP " + QByteArray::number(r.status) + ' ' + r.header("Content-Type") + ' ' + body;
}

inline QByteArray describeMismatch(const char *what, const HttpResponse &r, int expected)
{
    return QByteArray(what) + ": expected HTTP " + QByteArray::number(expected) + ", got " + describe(r);
}

// Checks the status and prints the whole response when it differs.
#define QCOMPARE_STATUS(response, expected)                                                                            \
    do {                                                                                                               \
        const HttpResponse &r_ = (response);                                                                           \
        QVERIFY2(r_.status == (expected), describeMismatch(#response, r_, (expected)).constData());                    \
    } while (false)

// Empty when r is an RFC 9457 problem with this status and code as API.md and
// api-decisions.md describe it; else what is wrong.
inline QString problemMismatch(const HttpResponse &r, int status, const QString &code)
{
    QStringList wrong;
    if (r.status != status)
        wrong << QStringLiteral("status %1 (want %2)").arg(r.status).arg(status);
    if (!r.header("Content-Type").startsWith("application/problem+json"))
        wrong << QStringLiteral("Content-Type '%1' (want application/problem+json)")
                     .arg(QString::fromUtf8(r.header("Content-Type")));
    const QJsonObject o = r.object();
    if (o.value(QLatin1String("code")).toString() != code)
        wrong << QStringLiteral("code '%1' (want %2)").arg(o.value(QLatin1String("code")).toString(), code);
    if (o.value(QLatin1String("status")).toInt() != status)
        wrong << QStringLiteral("body status %1").arg(o.value(QLatin1String("status")).toInt());
    if (o.value(QLatin1String("type")).toString() != QStringLiteral("urn:orgdesk:problem:") + code)
        wrong << QStringLiteral("type '%1'").arg(o.value(QLatin1String("type")).toString());
    if (o.value(QLatin1String("title")).toString().isEmpty())
        wrong << QStringLiteral("no title");
    if (o.value(QLatin1String("detail")).toString().trimmed().isEmpty())
        wrong << QStringLiteral("no detail");
    if (status == 401 && !r.header("WWW-Authenticate").startsWith("Bearer"))
        wrong << QStringLiteral("401 without 'WWW-Authenticate: Bearer'");
    if (status == 429) {
        bool ok = false;
        const int retry = r.header("Retry-After").toInt(&ok);
        if (!ok || retry < 1)
            wrong << QStringLiteral("429 without a positive Retry-After");
    }
    if (wrong.isEmpty())
        return {};
    return wrong.join(QLatin1String("; ")) + QStringLiteral(" -- ") + QString::fromUtf8(describe(r));
}

#define QVERIFY_PROBLEM(response, status, code)                                                                        \
    do {                                                                                                               \
        const QString m_ = problemMismatch((response), (status), QStringLiteral(code));                                \
        QVERIFY2(m_.isEmpty(), qPrintable(m_));                                                                        \
    } while (false)

// The field names of a 422's errors[] array.
inline QStringList errorFields(const HttpResponse &r)
{
    QStringList fields;
    for (const QJsonValue &e : r.object().value(QLatin1String("errors")).toArray())
        fields << e.toObject().value(QLatin1String("field")).toString();
    return fields;
}

#define QVERIFY_VALIDATION(response, field)                                                                            \
    do {                                                                                                               \
        QVERIFY_PROBLEM((response), 422, "validation_failed");                                                         \
        QVERIFY2(errorFields(response).contains(QStringLiteral(field)), describe(response).constData());               \
    } while (false)

// RFC 3339 UTC as API.md writes it: 2026-11-28T18:49:07Z (fractions of a second tolerated).
inline QDateTime parseRfc3339Utc(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"));
    if (!re.match(text).hasMatch())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.toUTC();
}

inline QString sha256Hex(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

inline QString orgPath(const QString &orgId, const QString &rest = QString())
{
    return QStringLiteral("/orgs/") + orgId + rest;
}
