#include "api/ApiRequest.h"

#include "domain/JsonCodec.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

ApiRequest::ApiRequest(QByteArray verb, QString path, QObject *parent)
    : QObject(parent)
    , m_verb(std::move(verb))
    , m_path(std::move(path))
    , m_retryable(m_verb != "POST")
{ }

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        // The reply belongs to the network manager; stop the transfer and let it go.
        QObject::disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiRequest::responseHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiRequest::abort()
{
    if (m_finished)
        return;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        QObject::disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    finish(ApiError::cancelled());
}

QString ApiRequest::encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

void ApiRequest::setQuery(const QUrlQuery &query)
{
    setQueryItems(query.queryItems(QUrl::FullyDecoded));
}

void ApiRequest::setQueryItems(const QList<QPair<QString, QString>> &items)
{
    // Encoded by hand: QUrlQuery leaves '+' (and a few more) literal, which servers that
    // decode forms read as a space.
    QStringList pairs;
    for (const auto &[key, value] : items)
        pairs << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    m_query = pairs.join(QLatin1Char('&'));
}

void ApiRequest::setJsonBody(const QJsonObject &body)
{
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_contentType = QByteArrayLiteral("application/json; charset=utf-8");
}

void ApiRequest::setRawBody(QByteArray body, QByteArray contentType)
{
    m_body = std::move(body);
    m_contentType = std::move(contentType);
}

void ApiRequest::addHeader(QByteArray name, QByteArray value)
{
    m_headers.append({std::move(name), std::move(value)});
}

bool ApiRequest::parse(const QByteArray &body)
{
    Q_UNUSED(body)
    return true;
}

std::optional<QJsonObject> ApiRequest::jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<QJsonArray> ApiRequest::jsonArray(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return document.array();
}

void ApiRequest::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    // What was sent may hold a password or a token (login, accepting an invitation): it is
    // not kept once the request cannot be sent again.
    m_body.fill('\0');
    m_body.clear();
    if (m_retryTimer) {
        m_retryTimer->stop();
        m_retryTimer->deleteLater();
        m_retryTimer = nullptr;
    }
    // Keep this object alive while the slots run, even if one of them aborts everything.
    const QPointer<ApiRequest> self(this);
    emit finished();
    if (!self)
        return;
    if (m_error.isNone())
        emit succeeded();
    else
        emit failed(m_error);
    if (self)
        deleteLater();
}

std::optional<qint64> ApiRequest::readTotal(const QJsonObject &page)
{
    return domain::JsonCodec::readInteger(page, QLatin1String("total"));
}
