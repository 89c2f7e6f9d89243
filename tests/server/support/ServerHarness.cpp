#include "support/ServerHarness.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>

#ifndef ORGDESK_SERVER_BIN
#define ORGDESK_SERVER_BIN ""
#endif

namespace {

const QString kDefaultPgUrl = QStringLiteral("postgresql://orgdesk_test:orgdesk_test@127.0.0.1:5432/postgres");

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("orgdesk_test_conn_%1_%2").arg(quintptr(QThread::currentThreadId())).arg(++counter);
}

// Opens a Qt Sql connection for a server --database value. The caller removes it.
QSqlDatabase openDatabase(const QString &databaseUrl, const QString &connectionName, QString *error)
{
    if (databaseUrl.startsWith(QLatin1String("sqlite:"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(databaseUrl.mid(7));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            *error = db.lastError().text();
        return db;
    }
    const QUrl url(databaseUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        *error = QStringLiteral("unsupported database URL: ") + databaseUrl;
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    QString name = url.path();
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    db.setDatabaseName(name.isEmpty() ? QStringLiteral("postgres") : name);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open())
        *error = db.lastError().text();
    return db;
}

// Runs one statement on a fresh connection; returns false and fills error on failure.
bool runSql(const QString &databaseUrl, const QString &sql, QList<QVariantList> *rows, QString *error)
{
    const QString name = uniqueConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = openDatabase(databaseUrl, name, error);
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (query.exec(sql)) {
                ok = true;
                if (rows && query.isSelect()) {
                    const int columns = query.record().count();
                    while (query.next()) {
                        QVariantList row;
                        row.reserve(columns);
                        for (int c = 0; c < columns; ++c)
                            row.append(query.value(c));
                        rows->append(row);
                    }
                }
            } else {
                *error = query.lastError().text();
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString pgAdminUrl()
{
    const QString fromEnv = qEnvironmentVariable("ORGDESK_TEST_PG_URL");
    return fromEnv.isEmpty() ? kDefaultPgUrl : fromEnv;
}

QString withDatabaseName(const QString &adminUrl, const QString &dbName)
{
    QUrl url(adminUrl, QUrl::StrictMode);
    url.setPath(QLatin1Char('/') + dbName);
    return url.toString(QUrl::FullyEncoded);
}

QString lastLines(const QByteArray &text, int count)
{
    QList<QByteArray> lines = text.split('\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return QString::fromUtf8(lines.join('\n'));
}

} // namespace

QString serverBinary()
{
    const QString fromEnv = qEnvironmentVariable("ORGDESK_SERVER_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QString::fromUtf8(ORGDESK_SERVER_BIN);
}

QString testBackend()
{
    const QString value = qEnvironmentVariable("ORGDESK_TEST_BACKEND").trimmed().toLower();
    if (value.startsWith(QLatin1String("postg")) || value == QLatin1String("pg"))
        return QStringLiteral("postgresql");
    return QStringLiteral("sqlite");
}

// ---------------------------------------------------------------- HttpResponse

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject HttpResponse::object() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? doc.object() : QJsonObject();
}

QJsonArray HttpResponse::array() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isArray() ? doc.array() : QJsonArray();
}

QString HttpResponse::code() const
{
    return object().value(QLatin1String("code")).toString();
}

// ---------------------------------------------------------------- ServerProcess

struct ServerProcess::Private
{
    std::unique_ptr<QTemporaryDir> tempDir;
    std::unique_ptr<QProcess> process;
    QByteArray stdoutData;
    QString stderrPath;
    QUrl baseUrl;
    QString databaseUrl;
    QString outboxDir;
    QString lastError;
    QString createdPgDatabase; // dropped in the destructor
    QString pgAdminUrl;

    void dropPgDatabase()
    {
        if (createdPgDatabase.isEmpty())
            return;
        QString error;
        if (!runSql(pgAdminUrl, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(createdPgDatabase),
                    nullptr, &error)) {
            qWarning("ServerProcess: could not drop %s: %s", qPrintable(createdPgDatabase), qPrintable(error));
        }
        createdPgDatabase.clear();
    }
};

ServerProcess::ServerProcess()
    : d(std::make_unique<Private>())
{ }

ServerProcess::~ServerProcess()
{
    stop();
    d->dropPgDatabase();
}

bool ServerProcess::start(const ServerOptions &options)
{
    if (d->process) {
        d->lastError = QStringLiteral("ServerProcess::start called twice");
        return false;
    }
    const QString binary = serverBinary();
    if (binary.isEmpty() || !QFileInfo(binary).isExecutable()) {
        d->lastError = QStringLiteral("orgdesk-server binary not found or not executable: '%1' "
                                      "(set ORGDESK_SERVER_BIN or build the orgdesk-server target)")
                           .arg(binary);
        return false;
    }
    d->tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/orgdesk-test-XXXXXX"));
    if (!d->tempDir->isValid()) {
        d->lastError = QStringLiteral("cannot create a temporary directory: ") + d->tempDir->errorString();
        return false;
    }

    if (!options.sharedDatabase.isEmpty()) {
        d->databaseUrl = options.sharedDatabase;
    } else if (testBackend() == QLatin1String("postgresql")) {
        d->pgAdminUrl = pgAdminUrl();
        const QString dbName = QStringLiteral("orgdesk_t_") + randomHex(8);
        QString error;
        if (!runSql(d->pgAdminUrl, QStringLiteral("CREATE DATABASE \"%1\"").arg(dbName), nullptr, &error)) {
            d->lastError = QStringLiteral("cannot create PostgreSQL database %1 on %2: %3 "
                                          "(is the cluster up? scripts/start-test-postgres.sh)")
                               .arg(dbName, d->pgAdminUrl, error);
            return false;
        }
        d->createdPgDatabase = dbName;
        d->databaseUrl = withDatabaseName(d->pgAdminUrl, dbName);
    } else {
        d->databaseUrl = QStringLiteral("sqlite:") + d->tempDir->filePath(QStringLiteral("orgdesk.db"));
    }

    QStringList args {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                      d->databaseUrl};
    if (options.seedDemo) {
        args << QStringLiteral("--seed") << QStringLiteral("demo") << QStringLiteral("--members")
             << QString::number(options.members);
    }
    if (options.useSmtp) {
        args << QStringLiteral("--smtp") << QStringLiteral("127.0.0.1:%1").arg(options.smtpPort);
    } else {
        d->outboxDir = d->tempDir->filePath(QStringLiteral("outbox"));
        QDir().mkpath(d->outboxDir);
        args << QStringLiteral("--outbox") << d->outboxDir;
    }
    args << options.extraArgs;

    d->process = std::make_unique<QProcess>();
    // stderr goes to a file so a chatty server can never block on a full pipe.
    d->stderrPath = d->tempDir->filePath(QStringLiteral("server.stderr.log"));
    d->process->setStandardErrorFile(d->stderrPath);
    d->process->setWorkingDirectory(d->tempDir->path());
    QObject::connect(d->process.get(), &QProcess::readyReadStandardOutput, d->process.get(),
                     [p = d.get()] { p->stdoutData += p->process->readAllStandardOutput(); });
    d->process->start(binary, args);
    if (!d->process->waitForStarted(10000)) {
        d->lastError = QStringLiteral("cannot start %1: %2").arg(binary, d->process->errorString());
        d->process.reset();
        return false;
    }

    static const QRegularExpression ready(QStringLiteral("listening on (http://[^\\s]+)"));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        d->process->waitForReadyRead(50);
        d->stdoutData += d->process->readAllStandardOutput();
        const QRegularExpressionMatch m = ready.match(QString::fromUtf8(d->stdoutData));
        if (m.hasMatch()) {
            d->baseUrl = QUrl(m.captured(1));
            return true;
        }
        if (d->process->state() == QProcess::NotRunning) {
            d->lastError = QStringLiteral("orgdesk-server exited (code %1) before it was ready; args: %2\n%3")
                               .arg(d->process->exitCode())
                               .arg(args.join(QLatin1Char(' ')), lastLines(log(), 30));
            return false;
        }
    }
    d->lastError = QStringLiteral("orgdesk-server printed no 'listening on' line within 30 s; args: %1\n%2")
                       .arg(args.join(QLatin1Char(' ')), lastLines(log(), 30));
    kill();
    return false;
}

void ServerProcess::stop()
{
    if (!d->process)
        return;
    if (d->process->state() != QProcess::NotRunning) {
        d->process->terminate();
        if (!d->process->waitForFinished(10000)) {
            d->process->kill();
            d->process->waitForFinished(5000);
        }
    }
    d->stdoutData += d->process->readAllStandardOutput();
}

void ServerProcess::kill()
{
    if (!d->process)
        return;
    if (d->process->state() != QProcess::NotRunning) {
        d->process->kill();
        d->process->waitForFinished(5000);
    }
    d->stdoutData += d->process->readAllStandardOutput();
}

QUrl ServerProcess::baseUrl() const
{
    return d->baseUrl;
}
QString ServerProcess::databaseUrl() const
{
    return d->databaseUrl;
}
QString ServerProcess::outboxDir() const
{
    return d->outboxDir;
}
QString ServerProcess::lastError() const
{
    return d->lastError;
}

QByteArray ServerProcess::log() const
{
    if (d->process)
        d->stdoutData += d->process->readAllStandardOutput();
    QByteArray out = d->stdoutData;
    if (!d->stderrPath.isEmpty()) {
        QFile f(d->stderrPath);
        if (f.open(QIODevice::ReadOnly))
            out += f.readAll();
    }
    return out;
}

// ---------------------------------------------------------------- HttpClient

struct HttpClient::Private
{
    QUrl baseUrl;
    QString token;
    QNetworkAccessManager nam;

    QUrl urlFor(const QString &path) const
    {
        if (!path.startsWith(QLatin1Char('/')))
            return QUrl(path, QUrl::TolerantMode);
        QString base
            = baseUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
        const bool outsideApi
            = path.startsWith(QLatin1String("/healthz")) || path.startsWith(QLatin1String("/billing-portal"));
        return QUrl(base + (outsideApi ? QString() : QStringLiteral("/api/v1")) + path, QUrl::TolerantMode);
    }

    HttpResponse send(const QByteArray &verb, const QString &path, const QByteArray *body,
                      const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest request(urlFor(path));
        request.setTransferTimeout(15000);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (body && !contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);

        QNetworkReply *reply = nullptr;
        if (verb == "GET")
            reply = nam.get(request);
        else if (verb == "DELETE")
            reply = nam.deleteResource(request);
        else if (verb == "POST")
            reply = nam.post(request, body ? *body : QByteArray());
        else if (verb == "PUT")
            reply = nam.put(request, body ? *body : QByteArray());
        else
            reply = nam.sendCustomRequest(request, verb, body ? *body : QByteArray());

        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        // Belt and braces beside setTransferTimeout: never hang a test forever.
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);

        HttpResponse response;
        if (!reply->isFinished()) {
            reply->abort();
        } else {
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            response.status = status.isValid() ? status.toInt() : 0;
            response.body = reply->readAll();
            response.headers = reply->rawHeaderPairs();
        }
        reply->deleteLater();
        return response;
    }
};

HttpClient::HttpClient(const QUrl &baseUrl)
    : d(std::make_unique<Private>())
{
    d->baseUrl = baseUrl;
}

HttpClient::~HttpClient() = default;

void HttpClient::setToken(const QString &token)
{
    d->token = token;
}

HttpResponse HttpClient::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return d->send("GET", path, nullptr, {}, headers);
}

HttpResponse HttpClient::post(const QString &path, const QJsonObject &body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return d->send("POST", path, &bytes, "application/json", {});
}

HttpResponse HttpClient::postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    return d->send("POST", path, &body, contentType, {});
}

HttpResponse HttpClient::patch(const QString &path, const QJsonObject &body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return d->send("PATCH", path, &bytes, "application/json", {});
}

HttpResponse HttpClient::patchRaw(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    return d->send("PATCH", path, &body, contentType, {});
}

HttpResponse HttpClient::put(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    return d->send("PUT", path, &body, contentType, {});
}

HttpResponse HttpClient::del(const QString &path)
{
    return d->send("DELETE", path, nullptr, {}, {});
}

// ---------------------------------------------------------------- helpers

QString login(const QUrl &baseUrl, const QString &email, const QString &password)
{
    HttpClient client(baseUrl);
    const HttpResponse r
        = client.post(QStringLiteral("/auth/login"),
                      QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    if (r.status != 200)
        return {};
    return r.object().value(QLatin1String("token")).toString();
}

DemoIds demoIds(const QUrl &baseUrl)
{
    DemoIds ids;
    ids.adaToken = login(baseUrl, QStringLiteral("ada@acme.test"));
    if (ids.adaToken.isEmpty())
        return ids;
    HttpClient client(baseUrl);
    client.setToken(ids.adaToken);
    const QJsonArray orgs = client.get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray();
    for (const QJsonValue &v : orgs) {
        const QJsonObject org = v.toObject();
        const QString name = org.value(QLatin1String("name")).toString();
        if (name == QLatin1String("Acme Monitoring"))
            ids.acme = org.value(QLatin1String("id")).toString();
        else if (name == QLatin1String("Globex"))
            ids.globex = org.value(QLatin1String("id")).toString();
    }
    return ids;
}

// ---------------------------------------------------------------- SmtpSink

namespace {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QList<QByteArray> readMessageFiles(const QString &dir, const QStringList &nameFilters, bool recursive)
{
    struct Entry
    {
        QDateTime mtime;
        QString path;
    };
    QList<Entry> entries;
    QDirIterator it(dir, nameFilters, QDir::Files,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        it.next();
        entries.append({it.fileInfo().lastModified(), it.filePath()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.mtime != b.mtime ? a.mtime < b.mtime : a.path < b.path; });
    QList<QByteArray> out;
    for (const Entry &e : entries) {
        QFile f(e.path);
        if (f.open(QIODevice::ReadOnly))
            out.append(f.readAll());
    }
    return out;
}

} // namespace

struct SmtpSink::Private
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
    QString maildir;
};

SmtpSink::SmtpSink()
    : d(std::make_unique<Private>())
{ }

SmtpSink::~SmtpSink()
{
    if (d->process && d->process->state() != QProcess::NotRunning) {
        d->process->terminate();
        if (!d->process->waitForFinished(5000)) {
            d->process->kill();
            d->process->waitForFinished(3000);
        }
    }
}

bool SmtpSink::start()
{
    d->dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/orgdesk-smtp-XXXXXX"));
    if (!d->dir->isValid())
        return false;
    d->maildir = d->dir->filePath(QStringLiteral("maildir"));
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 port = freePort();
        if (port == 0)
            continue;
        d->process = std::make_unique<QProcess>();
        d->process->setProcessChannelMode(QProcess::MergedChannels);
        d->process->setStandardOutputFile(d->dir->filePath(QStringLiteral("aiosmtpd.log")));
        d->process->start(QStringLiteral("/usr/bin/python3"),
                          {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"), QStringLiteral("-l"),
                           QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-c"),
                           QStringLiteral("aiosmtpd.handlers.Mailbox"), d->maildir});
        if (!d->process->waitForStarted(5000))
            return false;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && d->process->state() == QProcess::Running) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (socket.waitForConnected(500) && socket.waitForReadyRead(2000) && socket.readAll().startsWith("220")) {
                socket.write("QUIT\r\n");
                socket.waitForBytesWritten(1000);
                socket.disconnectFromHost();
                d->port = port;
                return true;
            }
            QThread::msleep(50);
        }
        d->process->kill();
        d->process->waitForFinished(3000);
    }
    return false;
}

quint16 SmtpSink::port() const
{
    return d->port;
}

QList<QByteArray> SmtpSink::messages() const
{
    if (d->maildir.isEmpty())
        return {};
    QList<QByteArray> out = readMessageFiles(d->maildir + QStringLiteral("/new"), {}, false);
    out += readMessageFiles(d->maildir + QStringLiteral("/cur"), {}, false);
    return out;
}

bool SmtpSink::waitForMessages(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (messages().size() < count) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

// ---------------------------------------------------------------- mail parsing

namespace {

QByteArray decodeQuotedPrintable(const QByteArray &in, bool headerMode)
{
    QByteArray out;
    out.reserve(in.size());
    for (int i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (headerMode && c == '_') {
            out.append(' ');
        } else if (c == '=') {
            if (i + 1 < in.size() && (in.at(i + 1) == '\n')) { // soft break (LF)
                i += 1;
            } else if (i + 2 < in.size() && in.at(i + 1) == '\r' && in.at(i + 2) == '\n') { // soft break
                i += 2;
            } else if (i + 2 < in.size()) {
                bool ok = false;
                const int v = in.mid(i + 1, 2).toInt(&ok, 16);
                if (ok) {
                    out.append(char(v));
                    i += 2;
                } else {
                    out.append(c);
                }
            } else if (i + 1 == in.size()) {
                // "=" at the very end: soft break without newline
            } else {
                out.append(c);
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

QString decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray cs = charset.trimmed().toLower();
    if (cs.isEmpty() || cs == "utf-8" || cs == "utf8" || cs == "us-ascii")
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(cs.constData());
    if (decoder.isValid())
        return decoder.decode(bytes);
    return QString::fromUtf8(bytes);
}

// RFC 2047: =?charset?B|Q?text?=; whitespace between adjacent encoded words is dropped.
QString decodeHeader(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QString out;
    int pos = 0;
    bool lastWasEncoded = false;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString between = text.mid(pos, m.capturedStart() - pos);
        if (!(lastWasEncoded && between.trimmed().isEmpty()))
            out += QString::fromUtf8(between.toLatin1());
        QByteArray charset = m.captured(1).toLatin1();
        const int star = charset.indexOf('*'); // RFC 2231 language suffix
        if (star >= 0)
            charset.truncate(star);
        const QByteArray payload = m.captured(3).toLatin1();
        const QByteArray bytes = m.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0
            ? QByteArray::fromBase64(payload)
            : decodeQuotedPrintable(payload, true);
        out += decodeCharset(bytes, charset);
        pos = m.capturedEnd();
        lastWasEncoded = true;
    }
    out += QString::fromUtf8(text.mid(pos).toLatin1());
    return out;
}

struct MimePart
{
    QList<QPair<QByteArray, QByteArray>> headers; // lower-cased names, unfolded values
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first == name)
                return h.second;
        return {};
    }
};

MimePart splitPart(const QByteArray &raw)
{
    MimePart part;
    QByteArray text = raw;
    text.replace("\r\n", "\n");
    int headerEnd = text.indexOf("\n\n");
    QByteArray headerBlock = headerEnd < 0 ? text : text.left(headerEnd);
    part.body = headerEnd < 0 ? QByteArray() : text.mid(headerEnd + 2);
    if (text.startsWith('\n')) { // no headers at all
        headerBlock.clear();
        part.body = text.mid(1);
    }
    QByteArray currentName, currentValue;
    const auto flush = [&] {
        if (!currentName.isEmpty())
            part.headers.append({currentName.toLower(), currentValue.trimmed()});
        currentName.clear();
        currentValue.clear();
    };
    for (const QByteArray &line : headerBlock.split('\n')) {
        if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
            currentValue += ' ' + line.trimmed();
            continue;
        }
        flush();
        const int colon = line.indexOf(':');
        if (colon > 0) {
            currentName = line.left(colon).trimmed();
            currentValue = line.mid(colon + 1);
        }
    }
    flush();
    return part;
}

QByteArray parameter(const QByteArray &headerValue, const QByteArray &name)
{
    const QRegularExpression re(
        QStringLiteral("(?:^|;)\\s*%1\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)").arg(QString::fromLatin1(name)),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(headerValue));
    if (!m.hasMatch())
        return {};
    return (m.captured(2).isNull() ? m.captured(1) : m.captured(2)).toLatin1();
}

QString decodeBody(const MimePart &part)
{
    const QByteArray encoding = part.header("content-transfer-encoding").trimmed().toLower();
    QByteArray bytes = part.body;
    if (encoding == "quoted-printable")
        bytes = decodeQuotedPrintable(bytes, false);
    else if (encoding == "base64")
        bytes = QByteArray::fromBase64(QByteArray(bytes).replace('\n', QByteArray()));
    return decodeCharset(bytes, parameter(part.header("content-type"), "charset"));
}

// The first text/plain leaf of a (possibly nested) multipart, else the first leaf.
const MimePart *findTextPart(const MimePart &part, QList<MimePart> &storage, const MimePart **firstLeaf)
{
    const QByteArray type = part.header("content-type").toLower();
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = parameter(part.header("content-type"), "boundary");
        if (boundary.isEmpty())
            return nullptr;
        const QByteArray delimiter = "--" + boundary;
        const QList<QByteArray> pieces = QByteArray(QByteArray("\n") + part.body).split('\n');
        QList<QByteArray> current;
        bool inside = false;
        QList<QByteArray> bodies;
        for (const QByteArray &line : pieces) {
            if (line.startsWith(delimiter)) {
                if (inside)
                    bodies.append(current.join('\n'));
                current.clear();
                inside = !line.startsWith(QByteArray(delimiter + "--"));
                continue;
            }
            if (inside)
                current.append(line);
        }
        for (const QByteArray &b : bodies) {
            storage.append(splitPart(b));
            const MimePart *found = findTextPart(storage.constLast(), storage, firstLeaf);
            if (found)
                return found;
        }
        return nullptr;
    }
    if (!*firstLeaf)
        *firstLeaf = &part;
    if (type.isEmpty() || type.startsWith("text/plain"))
        return &part;
    return nullptr;
}

} // namespace

ParsedMail parseMail(const QByteArray &raw)
{
    ParsedMail mail;
    const MimePart top = splitPart(raw);
    mail.to = decodeHeader(top.header("to"));
    mail.subject = decodeHeader(top.header("subject"));
    QList<MimePart> storage;
    storage.reserve(64); // pointers into storage must stay valid
    const MimePart *firstLeaf = nullptr;
    const MimePart *text = findTextPart(top, storage, &firstLeaf);
    if (!text)
        text = firstLeaf;
    if (text)
        mail.body = decodeBody(*text);
    return mail;
}

QList<QByteArray> outboxMessages(const QString &outboxDir)
{
    if (outboxDir.isEmpty())
        return {};
    return readMessageFiles(outboxDir, {QStringLiteral("*.eml")}, true);
}

QByteArray allBytesUnder(const QString &directory)
{
    QByteArray all;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

QString invitationTokenFrom(const QString &body)
{
    static const QRegularExpression re(QStringLiteral("odi_[A-Za-z0-9_-]+"));
    return re.match(body).captured(0);
}

// ---------------------------------------------------------------- database access

QList<QVariantList> queryDatabase(const QString &databaseUrl, const QString &sql)
{
    QList<QVariantList> rows;
    QString error;
    if (!runSql(databaseUrl, sql, &rows, &error)) {
        const QByteArray message = "queryDatabase failed: " + error.toUtf8() + " -- SQL: " + sql.toUtf8();
        qWarning("%s", message.constData());
        QTest::qFail(message.constData(), __FILE__, __LINE__);
        return {};
    }
    return rows;
}

QByteArray dumpDatabase(const QString &databaseUrl)
{
    // One connection for the whole dump: it runs before and after many requests.
    const bool sqlite = databaseUrl.startsWith(QLatin1String("sqlite:"));
    const QString connection = uniqueConnectionName();
    QByteArray out;
    QString error;
    {
        QSqlDatabase db = openDatabase(databaseUrl, connection, &error);
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            QStringList tables;
            if (query.exec(sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                   "AND name NOT LIKE 'sqlite_%' ORDER BY name")
                                  : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                   "WHERE table_schema = current_schema() "
                                                   "AND table_type = 'BASE TABLE' ORDER BY table_name"))) {
                while (query.next())
                    tables.append(query.value(0).toString());
            } else {
                error = query.lastError().text();
            }
            query.finish();
            for (const QString &table : std::as_const(tables)) {
                if (!error.isEmpty())
                    break;
                QList<QByteArray> lines;
                if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                    error = query.lastError().text();
                    break;
                }
                const int columns = query.record().count();
                QByteArray header;
                for (int c = 0; c < columns; ++c)
                    header += (c ? "|" : "") + query.record().fieldName(c).toUtf8();
                while (query.next()) {
                    QByteArray line;
                    for (int c = 0; c < columns; ++c) {
                        const QVariant v = query.value(c);
                        if (c)
                            line += '|';
                        if (v.isNull())
                            line += "NULL";
                        else if (v.userType() == QMetaType::QByteArray)
                            line += "x'" + v.toByteArray().toHex() + '\'';
                        else
                            line += v.toString().toUtf8().toPercentEncoding(" @:/.,-_{}\"[]");
                    }
                    lines.append(line);
                }
                query.finish();
                std::sort(lines.begin(), lines.end());
                out += "== " + table.toUtf8() + " (" + QByteArray::number(lines.size()) + " rows) " + header + '\n';
                for (const QByteArray &line : std::as_const(lines))
                    out += line + '\n';
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty()) {
        const QByteArray message = "dumpDatabase failed: " + error.toUtf8();
        qWarning("%s", message.constData());
        QTest::qFail(message.constData(), __FILE__, __LINE__);
    }
    return out;
}
