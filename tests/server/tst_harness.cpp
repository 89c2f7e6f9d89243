// Checks the test harness itself: the server process, HTTP, SMTP sink, mail parsing, DB access.
#include "support/ServerHarness.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestHarness : public QObject
{
    Q_OBJECT

private slots:
    void serverStartsAndAnswersHealthz();
    void startFailsClearlyWithoutBinary();
    void databaseAccess();
    void databaseDroppedOrRemovedAfterStop();
    void smtpSinkReceivesMail();
    void parseMailDecodesQuotedPrintableAndRfc2047();
    void parseMailMultipartAndBase64();
    void invitationTokenIsFound();
};

void TestHarness::serverStartsAndAnswersHealthz()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.baseUrl().port() > 0);
    QVERIFY(!server.outboxDir().isEmpty());
    HttpClient client(server.baseUrl());
    const HttpResponse r = client.get(QStringLiteral("/healthz"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QVERIFY(server.log().contains("listening on http://127.0.0.1:"));

    const DemoIds ids = demoIds(server.baseUrl());
    QVERIFY(!ids.adaToken.isEmpty());
    QVERIFY(ids.adaToken.startsWith(QLatin1String("ods_")));
    QVERIFY(!ids.acme.isEmpty());
    QVERIFY(!ids.globex.isEmpty());
    QVERIFY(ids.acme != ids.globex);

    server.stop();
    const HttpResponse after = client.get(QStringLiteral("/healthz"));
    QCOMPARE(after.status, 0);
}

void TestHarness::startFailsClearlyWithoutBinary()
{
    const QByteArray saved = qgetenv("ORGDESK_SERVER_BIN");
    qputenv("ORGDESK_SERVER_BIN", "/nonexistent/orgdesk-server");
    ServerProcess server;
    const bool started = server.start();
    if (saved.isEmpty())
        qunsetenv("ORGDESK_SERVER_BIN");
    else
        qputenv("ORGDESK_SERVER_BIN", saved);
    QVERIFY(!started);
    QVERIFY2(server.lastError().contains(QLatin1String("/nonexistent/orgdesk-server")), qPrintable(server.lastError()));
}

void TestHarness::databaseAccess()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const QString db = server.databaseUrl();
    QCOMPARE(db.startsWith(QLatin1String("sqlite:")), testBackend() == QLatin1String("sqlite"));
    const QList<QVariantList> rows
        = queryDatabase(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE email = 'ada@acme.test'"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value(0).toInt(), 1);
    const QList<QVariantList> users = queryDatabase(db, QStringLiteral("SELECT COUNT(*) FROM users"));
    QVERIFY(users.value(0).value(0).toInt() >= 20 + 6);

    const QByteArray before = dumpDatabase(db);
    QVERIFY(before.contains("== users ("));
    QVERIFY(before.contains("ada@acme.test"));
    QCOMPARE(dumpDatabase(db), before);

    // A change is visible in the dump.
    HttpClient client(server.baseUrl());
    const DemoIds ids = demoIds(server.baseUrl());
    client.setToken(ids.adaToken);
    QCOMPARE(client
                 .patch(QStringLiteral("/orgs/") + ids.acme,
                        QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Renamed")}})
                 .status,
             200);
    QVERIFY(dumpDatabase(db) != before);
}

void TestHarness::databaseDroppedOrRemovedAfterStop()
{
    QString db;
    QString sqlitePath;
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        db = server.databaseUrl();
        if (db.startsWith(QLatin1String("sqlite:"))) {
            sqlitePath = db.mid(7);
            QVERIFY(QFile::exists(sqlitePath));
        } else {
            const QString name = QUrl(db).path().mid(1);
            QVERIFY(name.startsWith(QLatin1String("orgdesk_t_")));
        }
    }
    if (testBackend() == QLatin1String("sqlite")) {
        QVERIFY(!sqlitePath.isEmpty());
        QVERIFY(!QFile::exists(sqlitePath));
    } else {
        QUrl admin(qEnvironmentVariable(
            "ORGDESK_TEST_PG_URL", QStringLiteral("postgresql://orgdesk_test:orgdesk_test@127.0.0.1:5432/postgres")));
        const QString name = QUrl(db).path().mid(1);
        const QList<QVariantList> rows = queryDatabase(
            admin.toString(), QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = '%1'").arg(name));
        QCOMPARE(rows.value(0).value(0).toInt(), 0);
    }
}

void TestHarness::smtpSinkReceivesMail()
{
    SmtpSink sink;
    QVERIFY(sink.start());
    QVERIFY(sink.port() > 0);
    QCOMPARE(sink.messages().size(), 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mail.eml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("From: Sender <sender@example.test>\r\n"
            "To: Invitee <invitee@example.test>\r\n"
            "Subject: =?utf-8?q?Caf=C3=A9_invitation?=\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "\r\n"
            "Bonjour, votre caf=C3=A9 vous attend: a very long line that is soft-=\r\n"
            "wrapped here. Token odi_abcDEF123_-xyz\r\n");
    f.close();

    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--url"),
                QStringLiteral("smtp://127.0.0.1:%1").arg(sink.port()), QStringLiteral("--mail-from"),
                QStringLiteral("sender@example.test"), QStringLiteral("--mail-rcpt"),
                QStringLiteral("invitee@example.test"), QStringLiteral("--upload-file"), path});
    QVERIFY(curl.waitForFinished(15000));
    QVERIFY2(curl.exitCode() == 0, curl.readAllStandardError().constData());

    QVERIFY(sink.waitForMessages(1));
    const QList<QByteArray> messages = sink.messages();
    QCOMPARE(messages.size(), 1);
    const ParsedMail mail = parseMail(messages.first());
    QVERIFY2(mail.to.contains(QLatin1String("invitee@example.test")), qPrintable(mail.to));
    QCOMPARE(mail.subject, QString::fromUtf8("Café invitation"));
    QVERIFY2(mail.body.contains(QString::fromUtf8("votre café vous attend")), qPrintable(mail.body));
    QVERIFY2(mail.body.contains(QLatin1String("soft-wrapped here")), qPrintable(mail.body));
    QCOMPARE(invitationTokenFrom(mail.body), QStringLiteral("odi_abcDEF123_-xyz"));
}

void TestHarness::parseMailDecodesQuotedPrintableAndRfc2047()
{
    const QByteArray raw = "To: =?UTF-8?B?SsO8cmdlbg==?= <jurgen@example.test>\n"
                           "Subject: =?UTF-8?Q?Einladung_zu_=C3=84cme?=\n"
                           " =?UTF-8?B?IE1vbml0b3Jpbmc=?=\n"
                           "Content-Type: text/plain; charset=\"UTF-8\"\n"
                           "Content-Transfer-Encoding: quoted-printable\n"
                           "\n"
                           "Gr=C3=BC=C3=9Fe =3D equals\n"
                           "link orgdesk://accept-invitation?server=3Dhttp://x&token=3Dodi_T0k-en_\n";
    const ParsedMail mail = parseMail(raw);
    QCOMPARE(mail.to, QString::fromUtf8("Jürgen <jurgen@example.test>"));
    QCOMPARE(mail.subject, QString::fromUtf8("Einladung zu Äcme Monitoring"));
    QVERIFY2(mail.body.startsWith(QString::fromUtf8("Grüße = equals\n")), qPrintable(mail.body));
    QVERIFY(mail.body.contains(QLatin1String("server=http://x&token=odi_T0k-en_")));
    QCOMPARE(invitationTokenFrom(mail.body), QStringLiteral("odi_T0k-en_"));
    // Plain, unencoded headers pass through.
    QCOMPARE(parseMail("Subject: Hello\r\n\r\nbody").subject, QStringLiteral("Hello"));
}

void TestHarness::parseMailMultipartAndBase64()
{
    const QByteArray raw = "To: a@example.test\r\n"
                           "Subject: Multi\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: multipart/alternative; boundary=\"XYZ\"\r\n"
                           "\r\n"
                           "--XYZ\r\n"
                           "Content-Type: text/html; charset=utf-8\r\n"
                           "\r\n"
                           "<p>html</p>\r\n"
                           "--XYZ\r\n"
                           "Content-Type: text/plain; charset=utf-8\r\n"
                           "Content-Transfer-Encoding: base64\r\n"
                           "\r\n"
                           "cGxhaW4gdGV4dCDDqQ==\r\n"
                           "--XYZ--\r\n";
    const ParsedMail mail = parseMail(raw);
    QCOMPARE(mail.subject, QStringLiteral("Multi"));
    QCOMPARE(mail.body, QString::fromUtf8("plain text é"));
}

void TestHarness::invitationTokenIsFound()
{
    QCOMPARE(invitationTokenFrom(QStringLiteral("no token here")), QString());
    QCOMPARE(invitationTokenFrom(QStringLiteral("Your token: odi_AbC-_9 (paste it)")), QStringLiteral("odi_AbC-_9"));
}

QTEST_GUILESS_MAIN(TestHarness)
#include "tst_harness.moc"
