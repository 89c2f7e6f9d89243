#pragma once
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>
#include <memory>

// Black-box test support for orgdesk-server: start the real server process on port 0 with a
// fresh database, talk to it over real HTTP, read its mail and its database.

// Which store the server under test uses: from env ORGDESK_TEST_BACKEND ("sqlite" default, or "postgresql").
QString testBackend();

// The orgdesk-server binary under test (env ORGDESK_SERVER_BIN, else the build's).
QString serverBinary();

struct ServerOptions
{
    bool seedDemo = true; // --seed demo
    int members = 20; // --members N (only with seedDemo)
    bool useSmtp = false; // --smtp to an SmtpSink the caller passes in smtpPort; else --outbox <tmp>/outbox
    quint16 smtpPort = 0;
    QStringList extraArgs; // e.g. {"--session-ttl","1"} or {"--retention","1"}
    QString sharedDatabase; // if non-empty, reuse this --database value (two instances on one DB)
};

struct HttpResponse
{
    int status = 0; // 0 when the connection failed
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match or empty
    QJsonObject object() const; // body parsed as a JSON object ({} if not)
    QJsonArray array() const; // body parsed as a JSON array ([] if not)
    QString code() const; // object()["code"] for problem+json
};

class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess(); // stops the process; drops a PostgreSQL database it created
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts orgdesk-server (path from env ORGDESK_SERVER_BIN, else the compile definition
    // ORGDESK_SERVER_BIN) with --listen 127.0.0.1:0 and a fresh database (fresh temp SQLite file,
    // or a fresh PostgreSQL database created on the cluster given by env ORGDESK_TEST_PG_URL,
    // e.g. postgresql://postgres@127.0.0.1:5432/postgres), waits for the "listening on http://HOST:PORT"
    // stdout line (30 s max). QVERIFY-friendly: returns false and fills lastError() on failure.
    bool start(const ServerOptions &options = {});
    void stop(); // SIGTERM, wait
    void kill(); // SIGKILL
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString databaseUrl() const; // the --database value used
    QString outboxDir() const;
    QByteArray log() const; // everything the server wrote to stdout+stderr so far
    QString lastError() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Synchronous HTTP client over QNetworkAccessManager (runs a local event loop; 15 s timeout).
// A path's query part is sent as given: percent-encode values with QUrl::toPercentEncoding.
class HttpClient
{
public:
    explicit HttpClient(const QUrl &baseUrl);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    void setToken(const QString &token); // sends Authorization: Bearer <token> when non-empty
    // Extra headers override the Authorization header set from the token.
    HttpResponse get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResponse post(const QString &path, const QJsonObject &body = {});
    HttpResponse postRaw(const QString &path, const QByteArray &body,
                         const QByteArray &contentType = "application/json");
    HttpResponse patch(const QString &path, const QJsonObject &body);
    HttpResponse patchRaw(const QString &path, const QByteArray &body,
                          const QByteArray &contentType = "application/json");
    HttpResponse put(const QString &path, const QByteArray &body, const QByteArray &contentType);
    HttpResponse del(const QString &path);
    // path is relative to /api/v1 when it starts with "/" and not with "/healthz" or "/billing-portal".
    // A path that does not start with "/" is taken as a full URL.

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Logs in and returns the session token (empty on failure).
QString login(const QUrl &baseUrl, const QString &email, const QString &password = QStringLiteral("demo-password"));

// The demo org's id / Globex's id, looked up through GET /me as ada@acme.test.
struct DemoIds
{
    QString acme;
    QString globex;
    QString adaToken;
};
DemoIds demoIds(const QUrl &baseUrl);

// A real SMTP server: Debian's /usr/bin/python3 -m aiosmtpd, Maildir handler, on a free port.
class SmtpSink
{
public:
    SmtpSink();
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;
    bool start();
    quint16 port() const;
    QList<QByteArray> messages() const; // raw RFC 5322 messages received so far
    bool waitForMessages(int count, int timeoutMs = 10000) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Reads an .eml / raw message: decoded text body (quoted-printable undone), subject (RFC 2047 undone), To.
struct ParsedMail
{
    QString to;
    QString subject;
    QString body;
};
ParsedMail parseMail(const QByteArray &raw);
QList<QByteArray> outboxMessages(const QString &outboxDir);
// Every byte of every file under `directory` (hidden ones too, recursively): to show that a
// secret was written nowhere.
QByteArray allBytesUnder(const QString &directory);

// Finds the odi_ token in a mail body.
QString invitationTokenFrom(const QString &body);

// Runs SQL directly on the server's database (sqlite file or PostgreSQL DB) to check what is stored
// ("nothing in the database changes", "secret stored only as hash"). Returns rows as lists of variants.
// An SQL error is reported as a test failure (QTest::qFail) and returns no rows.
QList<QVariantList> queryDatabase(const QString &databaseUrl, const QString &sql);
// A stable dump of every table (all rows, sorted) to compare before/after a rejected request.
QByteArray dumpDatabase(const QString &databaseUrl);
