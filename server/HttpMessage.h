#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// A request as the route handlers see it: method, path, the path's captured parameters,
// query, headers and the (already buffered) body.
struct HttpRequest
{
    QByteArray method;
    QString path;
    QStringList params; // the route pattern's captures, in order
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasQueryItem(const QString &key) const { return query.hasQueryItem(key); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object)
    {
        return {status,
                QByteArrayLiteral("application/json; charset=utf-8"),
                QJsonDocument(object).toJson(QJsonDocument::Compact),
                {}};
    }
    static HttpResponse json(int status, const QJsonArray &array)
    {
        return {status,
                QByteArrayLiteral("application/json; charset=utf-8"),
                QJsonDocument(array).toJson(QJsonDocument::Compact),
                {}};
    }
    static HttpResponse noContent() { return {204, {}, {}, {}}; }
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};
