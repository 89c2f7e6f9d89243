#pragma once
// Small helpers shared by tests-B's server tests (tst_invitations, tst_apikeys, tst_billing,
// tst_changes, tst_bad_input). Header-only; builds on support/ServerHarness.h.

#include "support/ServerHarness.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace tb {

inline QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

inline QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
}

inline QString describe(const HttpResponse &r)
{
    return QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(600)));
}

// A server per test function: rows of one data-driven function may share it (when they only
// read, or only write rows of their own), every other function gets a fresh database.
class TestServer
{
public:
    bool ensure(const ServerOptions &options = {}, bool shareAcrossRows = false)
    {
        const QByteArray function = QByteArray(QTest::currentTestFunction());
        if (shareAcrossRows && m_process && m_function == function)
            return true;
        m_process.reset();
        m_process = std::make_unique<ServerProcess>();
        m_function = function;
        m_ids = DemoIds {};
        if (!m_process->start(options)) {
            m_error = QStringLiteral("server did not start: ") + m_process->lastError() + QStringLiteral("\n")
                + QString::fromUtf8(m_process->log().right(3000));
            m_process.reset();
            return false;
        }
        return true;
    }
    // Call from init(): drops a server that belongs to another test function.
    void releaseIfOtherFunction()
    {
        if (m_process && m_function != QByteArray(QTest::currentTestFunction()))
            m_process.reset();
    }
    void release() { m_process.reset(); }
    ServerProcess &process() { return *m_process; }
    QUrl url() const { return m_process->baseUrl(); }
    QString databaseUrl() const { return m_process->databaseUrl(); }
    QString error() const { return m_error; }
    // The demo ids, looked up once per server (demoIds() finds Acme by name, which tests change).
    DemoIds ids()
    {
        if (m_ids.acme.isEmpty())
            m_ids = demoIds(url());
        return m_ids;
    }

private:
    std::unique_ptr<ServerProcess> m_process;
    QByteArray m_function;
    QString m_error;
    DemoIds m_ids;
};

struct Person
{
    QString token;
    QString userId;
    QString name;
    QString email;
};

inline Person signIn(const QUrl &url, const QString &email, const QString &password = QStringLiteral("demo-password"))
{
    Person p;
    p.email = email;
    p.token = login(url, email, password);
    if (p.token.isEmpty())
        return p;
    HttpClient c(url);
    c.setToken(p.token);
    const QJsonObject me = c.get(QStringLiteral("/me")).object();
    const QJsonObject user = me.value(QLatin1String("user")).toObject();
    p.userId = user.value(QLatin1String("id")).toString();
    p.name = user.value(QLatin1String("name")).toString();
    return p;
}

inline bool isTimestamp(const QJsonValue &v)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"));
    return v.isString() && re.match(v.toString()).hasMatch()
        && QDateTime::fromString(v.toString(), Qt::ISODate).isValid();
}

inline QDateTime ts(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

inline qint64 epoch(const QJsonValue &v)
{
    return ts(v).toSecsSinceEpoch();
}

inline qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Empty when r is the expected problem+json; else what is wrong.
inline QString problemMismatch(const HttpResponse &r, int status, const QString &code)
{
    QStringList errs;
    if (r.status != status)
        errs << QStringLiteral("status %1, expected %2").arg(r.status).arg(status);
    const QByteArray ct = r.header("Content-Type").toLower();
    if (!ct.startsWith("application/problem+json"))
        errs << QStringLiteral("Content-Type '%1', expected application/problem+json").arg(QString::fromUtf8(ct));
    const QJsonObject o = r.object();
    if (o.value(QLatin1String("type")).toString().isEmpty())
        errs << QStringLiteral("no 'type'");
    if (o.value(QLatin1String("title")).toString().isEmpty())
        errs << QStringLiteral("no 'title'");
    if (o.value(QLatin1String("status")).toInt(-1) != r.status)
        errs << QStringLiteral("'status' member is not %1").arg(r.status);
    const QString detail = o.value(QLatin1String("detail")).toString().trimmed();
    if (detail.size() < 8 || !detail.contains(QLatin1Char(' ')) || detail == code)
        errs << QStringLiteral("'detail' is not a readable sentence: '%1'").arg(detail);
    if (o.value(QLatin1String("code")).toString() != code)
        errs << QStringLiteral("code '%1', expected '%2'").arg(o.value(QLatin1String("code")).toString(), code);
    if (errs.isEmpty())
        return {};
    return errs.join(QStringLiteral("; ")) + QStringLiteral(" -- ") + describe(r);
}

inline QString problemMismatch(const HttpResponse &r, int status, const char *code)
{
    return problemMismatch(r, status, QString::fromUtf8(code));
}

inline QStringList errorFields(const HttpResponse &r)
{
    QStringList out;
    const QJsonArray errors = r.object().value(QLatin1String("errors")).toArray();
    for (const QJsonValue &e : errors)
        out << e.toObject().value(QLatin1String("field")).toString();
    return out;
}

inline QString jsonMismatch(const QJsonValue &got, const QJsonValue &expected)
{
    if (got == expected)
        return {};
    return QStringLiteral("got      %1\nexpected %2").arg(compact(got), compact(expected));
}

inline QJsonObject without(QJsonObject o, const QStringList &keys)
{
    for (const QString &k : keys)
        o.remove(k);
    return o;
}

inline QString pct(const QString &v)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(v));
}

inline QString sha256Hex(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Every item of a paged list ({items, total}) at `path` (which takes page and perPage
// arguments %1 and %2), or empty on failure.
inline QJsonArray allPages(HttpClient &c, const QString &path, int perPage = 500)
{
    QJsonArray out;
    for (int page = 1; page < 1000; ++page) {
        const HttpResponse r = c.get(path.arg(page).arg(perPage));
        if (r.status != 200)
            return {};
        const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items)
            out.append(v);
        if (items.isEmpty() || out.size() >= r.object().value(QLatin1String("total")).toInt())
            break;
    }
    return out;
}

// Every member of an org through GET members (paged), or empty on failure.
inline QJsonArray allMembers(HttpClient &c, const QString &org, int perPage = 500)
{
    return allPages(
        c, QStringLiteral("/orgs/%1/members?page=%2&perPage=%3").arg(org, QStringLiteral("%1"), QStringLiteral("%2")),
        perPage);
}

inline QJsonArray allInvoices(HttpClient &c, const QString &org)
{
    return allPages(c,
                    QStringLiteral("/orgs/%1/billing/invoices?page=%2&perPage=%3")
                        .arg(org, QStringLiteral("%1"), QStringLiteral("%2")));
}

inline QJsonObject findById(const QJsonArray &a, const QString &id, const QString &key = QStringLiteral("id"))
{
    for (const QJsonValue &v : a)
        if (v.toObject().value(key).toString() == id)
            return v.toObject();
    return {};
}

// Mails (from the outbox or an SMTP sink) whose To names the address.
inline QList<ParsedMail> mailsTo(const QList<QByteArray> &raw, const QString &email)
{
    QList<ParsedMail> out;
    for (const QByteArray &m : raw) {
        const ParsedMail p = parseMail(m);
        if (p.to.contains(email, Qt::CaseInsensitive))
            out << p;
    }
    return out;
}

inline bool isSecret(const QString &v, const QString &prefix)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return v.startsWith(prefix) && re.match(v.mid(prefix.size())).hasMatch();
}

// dumpDatabase() without the named tables' sections (e.g. login_failures).
inline QByteArray dumpWithout(const QString &databaseUrl, const QList<QByteArray> &tables = {})
{
    const QByteArray dump = dumpDatabase(databaseUrl);
    if (tables.isEmpty())
        return dump;
    QByteArray out;
    bool skipping = false;
    for (const QByteArray &line : dump.split('\n')) {
        if (line.startsWith("== ")) {
            skipping = false;
            for (const QByteArray &t : tables)
                if (line.startsWith(QByteArray("== " + t + " (")))
                    skipping = true;
        }
        if (!skipping)
            out += line + '\n';
    }
    return out;
}

// Empty when equal; else the first lines that differ.
inline QString dumpDiff(const QByteArray &before, const QByteArray &after)
{
    if (before == after)
        return {};
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QByteArray section;
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray x = a.value(i), y = b.value(i);
        if (x.startsWith("== "))
            section = x;
        if (x != y)
            return QStringLiteral("database changed in %1: line before '%2', after '%3'")
                .arg(QString::fromUtf8(section), QString::fromUtf8(x.left(300)), QString::fromUtf8(y.left(300)));
    }
    return QStringLiteral("database changed");
}

} // namespace tb

#define TB_DB_UNCHANGED(before, after)                                                                                 \
    do {                                                                                                               \
        const QString e_ = tb::dumpDiff((before), (after));                                                            \
        QVERIFY2(e_.isEmpty(), qPrintable(e_));                                                                        \
    } while (false)

// Starts (or, with shared, reuses within one test function) the server.
#define TB_ENSURE(server, options, shared)                                                                             \
    do {                                                                                                               \
        QVERIFY2((server).ensure((options), (shared)), qPrintable((server).error()));                                  \
    } while (false)
#define TB_START(server) TB_ENSURE(server, ServerOptions {}, false)
#define TB_START_WITH(server, options) TB_ENSURE(server, options, false)
#define TB_START_SHARED(server) TB_ENSURE(server, ServerOptions {}, true)

#define TB_STATUS(resp, expected)                                                                                      \
    do {                                                                                                               \
        const HttpResponse &r_ = (resp);                                                                               \
        QVERIFY2(r_.status == (expected),                                                                              \
                 qPrintable(QStringLiteral("expected HTTP %1, ").arg(expected) + tb::describe(r_)));                   \
    } while (false)

#define TB_PROBLEM(resp, status, code)                                                                                 \
    do {                                                                                                               \
        const QString e_ = tb::problemMismatch((resp), (status), (code));                                              \
        QVERIFY2(e_.isEmpty(), qPrintable(e_));                                                                        \
    } while (false)

#define TB_JSON_EQ(got, expected)                                                                                      \
    do {                                                                                                               \
        const QString e_ = tb::jsonMismatch(QJsonValue(got), QJsonValue(expected));                                    \
        QVERIFY2(e_.isEmpty(), qPrintable(e_));                                                                        \
    } while (false)
