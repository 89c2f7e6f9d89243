// Black-box tests of invitations: create, mail (outbox and real SMTP), accept, resend,
// revoke, conflicts, validation, rate limit, permissions and the mail failure path.
// Oracle: shared/API.md and docs/api-decisions.md.

#include "support_b.h"

#include <QTcpServer>
#include <QTest>

using namespace tb;

namespace {

const QString kPassword = QStringLiteral("long-enough-pw");

QJsonObject invite(const QString &email, const QString &role)
{
    return QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("role"), role}};
}

QStringList tokensIn(const QList<ParsedMail> &mails)
{
    static const QRegularExpression re(QStringLiteral("odi_[A-Za-z0-9_-]+"));
    QStringList out;
    for (const ParsedMail &m : mails) {
        auto it = re.globalMatch(m.body);
        while (it.hasNext()) {
            const QString t = it.next().captured(0);
            if (!out.contains(t))
                out << t;
        }
    }
    return out;
}

QString acceptLink(const QString &body)
{
    static const QRegularExpression re(QStringLiteral("orgdesk://accept-invitation\\?[^\\s<>\"')\\]]+"));
    return re.match(body).captured(0);
}

QString trimSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestInvitations : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    int m_counter = 0;

    QString outbox() { return m_server.process().outboxDir(); }
    QList<ParsedMail> outboxMailsTo(const QString &email) { return mailsTo(outboxMessages(outbox()), email); }
    // Invites through the outbox server and returns the token of the (only) mail to email.
    QString inviteForToken(HttpClient &c, const QString &org, const QString &email, const QString &role,
                           QJsonObject *created = nullptr)
    {
        const HttpResponse r = c.post(QStringLiteral("/orgs/%1/invitations").arg(org), invite(email, role));
        if (r.status != 201) {
            qWarning("invite %s: %s", qPrintable(email), qPrintable(describe(r)));
            return {};
        }
        if (created)
            *created = r.object();
        const QStringList tokens = tokensIn(outboxMailsTo(email));
        return tokens.size() == 1 ? tokens.first() : QString();
    }

private slots:
    void init() { m_server.releaseIfOtherFunction(); }
    void cleanupTestCase() { m_server.release(); }

    void createAnswers201WithShape()
    {
        TB_START(m_server);
        const DemoIds ids = m_server.ids();
        const Person ada = signIn(m_server.url(), QStringLiteral("ada@acme.test"));
        QVERIFY(!ada.userId.isEmpty());
        HttpClient c(m_server.url());
        c.setToken(ada.token);

        const qint64 before = nowSecs();
        const HttpResponse r = c.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme),
                                      invite(QStringLiteral("Carol.New@Example.TEST"), QStringLiteral("user")));
        const qint64 after = nowSecs();
        TB_STATUS(r, 201);
        const QJsonObject o = r.object();
        QVERIFY2(o.value(QLatin1String("id")).isString() && !o.value(QLatin1String("id")).toString().isEmpty(),
                 qPrintable(describe(r)));
        QCOMPARE(o.value(QLatin1String("email")).toString(), QStringLiteral("carol.new@example.test"));
        QCOMPARE(o.value(QLatin1String("role")).toString(), QStringLiteral("user"));
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        TB_JSON_EQ(o.value(QLatin1String("invitedBy")),
                   (QJsonObject {{QStringLiteral("userId"), ada.userId}, {QStringLiteral("name"), ada.name}}));
        QVERIFY2(isTimestamp(o.value(QLatin1String("createdAt"))), qPrintable(describe(r)));
        QVERIFY2(isTimestamp(o.value(QLatin1String("expiresAt"))), qPrintable(describe(r)));
        const qint64 created = epoch(o.value(QLatin1String("createdAt")));
        QVERIFY2(created >= before - 2 && created <= after + 2, qPrintable(describe(r)));
        QCOMPARE(epoch(o.value(QLatin1String("expiresAt"))) - created, qint64(7 * 24 * 3600));

        // The list shows the same invitation, shaped the same way.
        const HttpResponse list = c.get(QStringLiteral("/orgs/%1/invitations").arg(ids.acme));
        TB_STATUS(list, 200);
        TB_JSON_EQ(findById(list.array(), o.value(QLatin1String("id")).toString()), o);
    }

    void mailNamesOrgInviterRoleAndLink_data()
    {
        QTest::addColumn<QString>("publicUrl");
        QTest::addColumn<QString>("role");
        QTest::newRow("default public url") << QString() << QStringLiteral("manager");
        QTest::newRow("--public-url given")
            << QStringLiteral("https://orgdesk.example.test:8443") << QStringLiteral("observer");
    }
    void mailNamesOrgInviterRoleAndLink()
    {
        QFETCH(QString, publicUrl);
        QFETCH(QString, role);
        ServerOptions options;
        if (!publicUrl.isEmpty())
            options.extraArgs << QStringLiteral("--public-url") << publicUrl;
        TB_START_WITH(m_server, options);
        const DemoIds ids = m_server.ids();
        const Person ada = signIn(m_server.url(), QStringLiteral("ada@acme.test"));
        HttpClient c(m_server.url());
        c.setToken(ada.token);

        const QString email = QStringLiteral("dora@example.test");
        TB_STATUS(c.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme), invite(email, role)), 201);
        const QList<ParsedMail> mails = outboxMailsTo(email);
        QCOMPARE(mails.size(), 1);
        const ParsedMail &mail = mails.first();
        const QString text = mail.subject + QLatin1Char('\n') + mail.body;
        QVERIFY2(text.contains(QStringLiteral("Acme Monitoring")), qPrintable(text));
        QVERIFY2(!ada.name.isEmpty() && text.contains(ada.name), qPrintable(text));
        QVERIFY2(text.contains(role, Qt::CaseInsensitive), qPrintable(text));

        const QString token = invitationTokenFrom(mail.body);
        QVERIFY2(isSecret(token, QStringLiteral("odi_")), qPrintable(mail.body));
        QVERIFY2(mail.body.count(token) >= 2, "the token must appear as text and in the link");

        const QString link = acceptLink(mail.body);
        QVERIFY2(!link.isEmpty(), qPrintable(mail.body));
        const QUrlQuery query {QUrl(link)};
        const QString expectedServer = publicUrl.isEmpty() ? m_server.url().toString() : publicUrl;
        QCOMPARE(trimSlash(query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded)),
                 trimSlash(expectedServer));
        QCOMPARE(query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded), token);

        // The token from the mail works.
        HttpClient anon(m_server.url());
        const HttpResponse accepted = anon.post(QStringLiteral("/invitations/accept"),
                                                QJsonObject {{QStringLiteral("token"), token},
                                                             {QStringLiteral("name"), QStringLiteral("Dora Example")},
                                                             {QStringLiteral("password"), kPassword}});
        TB_STATUS(accepted, 200);
        QCOMPARE(accepted.object().value(QLatin1String("role")).toString(), role);
    }

    void mailThroughRealSmtp()
    {
        SmtpSink sink;
        QVERIFY(sink.start());
        ServerOptions options;
        options.useSmtp = true;
        options.smtpPort = sink.port();
        TB_START_WITH(m_server, options);
        const DemoIds ids = m_server.ids();
        const Person ada = signIn(m_server.url(), QStringLiteral("ada@acme.test"));
        HttpClient c(m_server.url());
        c.setToken(ada.token);

        const QString email = QStringLiteral("smtp.invitee@example.test");
        TB_STATUS(c.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme), invite(email, QStringLiteral("user"))),
                  201);
        QTRY_VERIFY_WITH_TIMEOUT(!mailsTo(sink.messages(), email).isEmpty(), 10000);
        const ParsedMail mail = mailsTo(sink.messages(), email).first();
        QVERIFY2(mail.to.contains(email), qPrintable(mail.to));
        const QString text = mail.subject + QLatin1Char('\n') + mail.body;
        QVERIFY2(text.contains(QStringLiteral("Acme Monitoring")), qPrintable(text));
        QVERIFY2(text.contains(ada.name), qPrintable(text));
        const QString token = invitationTokenFrom(mail.body);
        QVERIFY2(isSecret(token, QStringLiteral("odi_")), qPrintable(mail.body));
        const QUrlQuery query {QUrl(acceptLink(mail.body))};
        QCOMPARE(query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded), token);
        // Nothing went to an outbox instead.
        QVERIFY(outboxMailsTo(email).isEmpty());

        HttpClient anon(m_server.url());
        const HttpResponse accepted = anon.post(QStringLiteral("/invitations/accept"),
                                                QJsonObject {{QStringLiteral("token"), token},
                                                             {QStringLiteral("name"), QStringLiteral("Smtp Invitee")},
                                                             {QStringLiteral("password"), kPassword}});
        TB_STATUS(accepted, 200);
        QCOMPARE(accepted.object().value(QLatin1String("orgId")).toString(), ids.acme);
        QVERIFY(!login(m_server.url(), email, kPassword).isEmpty());
    }

    void acceptCreatesAccount()
    {
        TB_START(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        QJsonObject created;
        const QString email = QStringLiteral("erin@example.test");
        const QString token = inviteForToken(c, ids.acme, email, QStringLiteral("manager"), &created);
        QVERIFY(!token.isEmpty());

        HttpClient anon(m_server.url());
        const HttpResponse r = anon.post(QStringLiteral("/invitations/accept"),
                                         QJsonObject {{QStringLiteral("token"), token},
                                                      {QStringLiteral("name"), QStringLiteral("Erin Newcomer")},
                                                      {QStringLiteral("password"), kPassword}});
        TB_STATUS(r, 200);
        TB_JSON_EQ(
            r.object(),
            (QJsonObject {{QStringLiteral("orgId"), ids.acme}, {QStringLiteral("role"), QStringLiteral("manager")}}));

        const Person erin = signIn(m_server.url(), email, kPassword);
        QVERIFY2(!erin.token.isEmpty(), "the new account cannot log in");
        HttpClient ec(m_server.url());
        ec.setToken(erin.token);
        const QJsonObject me = ec.get(QStringLiteral("/me")).object();
        const QJsonObject user = me.value(QLatin1String("user")).toObject();
        QCOMPARE(user.value(QLatin1String("email")).toString(), email);
        QCOMPARE(user.value(QLatin1String("name")).toString(), QStringLiteral("Erin Newcomer"));
        const QJsonArray orgs = me.value(QLatin1String("orgs")).toArray();
        QCOMPARE(orgs.size(), 1);
        TB_JSON_EQ(orgs.first(),
                   (QJsonObject {{QStringLiteral("id"), ids.acme},
                                 {QStringLiteral("name"), QStringLiteral("Acme Monitoring")},
                                 {QStringLiteral("role"), QStringLiteral("manager")}}));

        // Accepted invitations leave the list; the member shows up with the role.
        const HttpResponse list = c.get(QStringLiteral("/orgs/%1/invitations").arg(ids.acme));
        QVERIFY(findById(list.array(), created.value(QLatin1String("id")).toString()).isEmpty());
        const HttpResponse members = c.get(QStringLiteral("/orgs/%1/members?q=%2").arg(ids.acme, pct(email)));
        TB_STATUS(members, 200);
        const QJsonArray items = members.object().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QLatin1String("role")).toString(), QStringLiteral("manager"));
        QCOMPARE(items.first().toObject().value(QLatin1String("userId")).toString(), erin.userId);
    }

    void acceptForExistingAccount_data()
    {
        QTest::addColumn<bool>("sendNameAndPassword");
        QTest::newRow("token only") << false;
        QTest::newRow("name and password are ignored") << true;
    }
    void acceptForExistingAccount()
    {
        QFETCH(bool, sendNameAndPassword);
        TB_START(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        const Person gusBefore = signIn(m_server.url(), QStringLiteral("gus@globex.test"));
        QVERIFY(!gusBefore.userId.isEmpty());
        const QString token
            = inviteForToken(c, ids.acme, QStringLiteral("GUS@globex.test"), QStringLiteral("observer"));
        QVERIFY(!token.isEmpty());

        QJsonObject body {{QStringLiteral("token"), token}};
        if (sendNameAndPassword) {
            body.insert(QStringLiteral("name"), QStringLiteral("Someone Else"));
            body.insert(QStringLiteral("password"), QStringLiteral("another-password-123"));
        }
        HttpClient anon(m_server.url());
        const HttpResponse r = anon.post(QStringLiteral("/invitations/accept"), body);
        TB_STATUS(r, 200);
        TB_JSON_EQ(
            r.object(),
            (QJsonObject {{QStringLiteral("orgId"), ids.acme}, {QStringLiteral("role"), QStringLiteral("observer")}}));

        // Still the same account: old password, old name, both orgs.
        const Person gus = signIn(m_server.url(), QStringLiteral("gus@globex.test"));
        QVERIFY2(!gus.token.isEmpty(), "gus's password changed");
        QCOMPARE(gus.userId, gusBefore.userId);
        QCOMPARE(gus.name, gusBefore.name);
        if (sendNameAndPassword)
            QVERIFY(login(m_server.url(), QStringLiteral("gus@globex.test"), QStringLiteral("another-password-123"))
                        .isEmpty());
        HttpClient gc(m_server.url());
        gc.setToken(gus.token);
        const QJsonArray orgs = gc.get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray();
        QCOMPARE(findById(orgs, ids.acme).value(QLatin1String("role")).toString(), QStringLiteral("observer"));
        QCOMPARE(findById(orgs, ids.globex).value(QLatin1String("role")).toString(), QStringLiteral("admin"));
    }

    void tokenWorksOnce()
    {
        TB_START(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        const QString token = inviteForToken(c, ids.acme, QStringLiteral("gus@globex.test"), QStringLiteral("user"));
        QVERIFY(!token.isEmpty());
        HttpClient anon(m_server.url());
        const QJsonObject body {{QStringLiteral("token"), token}};
        TB_STATUS(anon.post(QStringLiteral("/invitations/accept"), body), 200);
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(anon.post(QStringLiteral("/invitations/accept"), body), 410, "invitation_expired");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void acceptValidation_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QStringList>("badFields");
        const QString name = QStringLiteral("Frank Newcomer");
        QTest::newRow("password of 9 characters")
            << QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("password"), QStringLiteral("123456789")}}
            << QStringList {QStringLiteral("password")};
        QTest::newRow("no name") << QJsonObject {{QStringLiteral("password"), kPassword}}
                                 << QStringList {QStringLiteral("name")};
        QTest::newRow("no password") << QJsonObject {{QStringLiteral("name"), name}}
                                     << QStringList {QStringLiteral("password")};
        QTest::newRow("neither") << QJsonObject {} << QStringList {QStringLiteral("name"), QStringLiteral("password")};
        QTest::newRow("empty name") << QJsonObject {{QStringLiteral("name"), QString()},
                                                    {QStringLiteral("password"), kPassword}}
                                    << QStringList {QStringLiteral("name")};
        QTest::newRow("name of 101 characters")
            << QJsonObject {{QStringLiteral("name"), QString(101, QLatin1Char('n'))},
                            {QStringLiteral("password"), kPassword}}
            << QStringList {QStringLiteral("name")};
    }
    void acceptValidation()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QStringList, badFields);
        TB_START_SHARED(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        const QString email = QStringLiteral("frank.%1@example.test").arg(++m_counter);
        const QString token = inviteForToken(c, ids.acme, email, QStringLiteral("user"));
        QVERIFY(!token.isEmpty());

        QJsonObject body = fields;
        body.insert(QStringLiteral("token"), token);
        HttpClient anon(m_server.url());
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        const HttpResponse r = anon.post(QStringLiteral("/invitations/accept"), body);
        TB_PROBLEM(r, 422, "validation_failed");
        const QStringList got = errorFields(r);
        for (const QString &f : badFields)
            QVERIFY2(got.contains(f), qPrintable(describe(r)));
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
        QVERIFY(login(m_server.url(), email, kPassword).isEmpty());

        // A rejected accept does not use the token up.
        const HttpResponse ok = anon.post(QStringLiteral("/invitations/accept"),
                                          QJsonObject {{QStringLiteral("token"), token},
                                                       {QStringLiteral("name"), QStringLiteral("Frank Newcomer")},
                                                       {QStringLiteral("password"), kPassword}});
        TB_STATUS(ok, 200);
        QVERIFY(!login(m_server.url(), email, kPassword).isEmpty());
    }

    void conflicts_data()
    {
        QTest::addColumn<QString>("first"); // invited first (empty: none)
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("code");
        QTest::newRow("member ada") << QString() << QStringLiteral("ada@acme.test") << QStringLiteral("already_member");
        QTest::newRow("member ada, other case")
            << QString() << QStringLiteral("Ada@ACME.test") << QStringLiteral("already_member");
        QTest::newRow("member uma") << QString() << QStringLiteral("uma@acme.test") << QStringLiteral("already_member");
        QTest::newRow("pending, other case")
            << QStringLiteral("New@X.test") << QStringLiteral("new@x.test") << QStringLiteral("invitation_pending");
        QTest::newRow("pending, same case")
            << QStringLiteral("twice@x.test") << QStringLiteral("twice@x.test") << QStringLiteral("invitation_pending");
    }
    void conflicts()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, code);
        TB_START_SHARED(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        const QString path = QStringLiteral("/orgs/%1/invitations").arg(ids.acme);
        if (!first.isEmpty())
            TB_STATUS(c.post(path, invite(first, QStringLiteral("user"))), 201);
        const int mailsBefore = outboxMessages(outbox()).size();
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(c.post(path, invite(second, QStringLiteral("observer"))), 409, code);
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
        QCOMPARE(outboxMessages(outbox()).size(), mailsBefore);
    }

    void seededPendingInvitationConflicts()
    {
        TB_START(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        const QString path = QStringLiteral("/orgs/%1/invitations").arg(ids.acme);
        const QJsonArray list = c.get(path).array();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &v : list) {
            const QString email = v.toObject().value(QLatin1String("email")).toString();
            TB_PROBLEM(c.post(path, invite(email.toUpper(), QStringLiteral("user"))), 409, "invitation_pending");
        }
    }

    void emailValidation_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("no @") << QStringLiteral("no-at-sign.example.test");
        QTest::newRow("space inside") << QStringLiteral("first last@example.test");
        QTest::newRow("a@b") << QStringLiteral("a@b");
        QTest::newRow("300 characters") << QString(293, QLatin1Char('a')) + QStringLiteral("@x.test");
        QTest::newRow("empty") << QString();
        QTest::newRow("two @") << QStringLiteral("a@b@example.test");
        QTest::newRow("no local part") << QStringLiteral("@example.test");
    }
    void emailValidation()
    {
        QFETCH(QString, email);
        TB_START_SHARED(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        const HttpResponse r
            = c.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme), invite(email, QStringLiteral("user")));
        TB_PROBLEM(r, 422, "validation_failed");
        QVERIFY2(errorFields(r).contains(QStringLiteral("email")), qPrintable(describe(r)));
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void unknownRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("owner") << QStringLiteral("owner");
        QTest::newRow("superuser") << QStringLiteral("superuser");
        QTest::newRow("empty") << QString();
    }
    void unknownRole()
    {
        QFETCH(QString, role);
        TB_START_SHARED(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        const HttpResponse r = c.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme),
                                      invite(QStringLiteral("role.test@example.test"), role));
        TB_PROBLEM(r, 422, "validation_failed");
        QVERIFY2(errorFields(r).contains(QStringLiteral("role")), qPrintable(describe(r)));
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void resendIssuesNewTokenAndExpiry()
    {
        TB_START(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        const QString email = QStringLiteral("gina@example.test");
        QJsonObject created;
        const QString oldToken = inviteForToken(c, ids.acme, email, QStringLiteral("user"), &created);
        QVERIFY(!oldToken.isEmpty());
        const QString id = created.value(QLatin1String("id")).toString();

        QTest::qSleep(1100); // expiry has second resolution: let a second pass
        const qint64 before = nowSecs();
        const HttpResponse r = c.post(QStringLiteral("/orgs/%1/invitations/%2/resend").arg(ids.acme, id));
        const qint64 after = nowSecs();
        TB_STATUS(r, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QLatin1String("id")).toString(), id);
        QCOMPARE(o.value(QLatin1String("email")).toString(), email);
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QVERIFY(isTimestamp(o.value(QLatin1String("expiresAt"))));
        const qint64 expires = epoch(o.value(QLatin1String("expiresAt")));
        QVERIFY2(expires > epoch(created.value(QLatin1String("expiresAt"))), qPrintable(describe(r)));
        QVERIFY2(expires >= before + 7 * 24 * 3600 - 2 && expires <= after + 7 * 24 * 3600 + 2,
                 qPrintable(describe(r)));

        const QList<ParsedMail> mails = outboxMailsTo(email);
        QCOMPARE(mails.size(), 2);
        QStringList tokens = tokensIn(mails);
        QCOMPARE(tokens.size(), 2);
        tokens.removeAll(oldToken);
        QCOMPARE(tokens.size(), 1);
        const QString newToken = tokens.first();
        QVERIFY(isSecret(newToken, QStringLiteral("odi_")));

        HttpClient anon(m_server.url());
        const QJsonObject account {{QStringLiteral("name"), QStringLiteral("Gina Example")},
                                   {QStringLiteral("password"), kPassword}};
        QJsonObject oldBody = account;
        oldBody.insert(QStringLiteral("token"), oldToken);
        TB_PROBLEM(anon.post(QStringLiteral("/invitations/accept"), oldBody), 410, "invitation_expired");
        QJsonObject newBody = account;
        newBody.insert(QStringLiteral("token"), newToken);
        TB_STATUS(anon.post(QStringLiteral("/invitations/accept"), newBody), 200);
    }

    void revokeStopsTheToken()
    {
        TB_START(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        QJsonObject created;
        const QString token
            = inviteForToken(c, ids.acme, QStringLiteral("hank@example.test"), QStringLiteral("user"), &created);
        QVERIFY(!token.isEmpty());
        const QString path
            = QStringLiteral("/orgs/%1/invitations/%2").arg(ids.acme, created.value(QLatin1String("id")).toString());
        const HttpResponse r = c.del(path);
        TB_STATUS(r, 204);
        QVERIFY(r.body.isEmpty());
        const QJsonArray list = c.get(QStringLiteral("/orgs/%1/invitations").arg(ids.acme)).array();
        QVERIFY(findById(list, created.value(QLatin1String("id")).toString()).isEmpty());
        HttpClient anon(m_server.url());
        TB_PROBLEM(anon.post(QStringLiteral("/invitations/accept"),
                             QJsonObject {{QStringLiteral("token"), token},
                                          {QStringLiteral("name"), QStringLiteral("Hank")},
                                          {QStringLiteral("password"), kPassword}}),
                   410, "invitation_expired");
        TB_PROBLEM(c.del(path), 404, "not_found");
        TB_PROBLEM(c.post(path + QStringLiteral("/resend")), 404, "not_found");
        // The same email may be invited again.
        TB_STATUS(c.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme),
                         invite(QStringLiteral("hank@example.test"), QStringLiteral("user"))),
                  201);
    }

    void listShowsPendingInvitations()
    {
        TB_START(m_server);
        const DemoIds ids = m_server.ids();
        const Person ada = signIn(m_server.url(), QStringLiteral("ada@acme.test"));
        HttpClient c(m_server.url());
        c.setToken(ada.token);
        const QString path = QStringLiteral("/orgs/%1/invitations").arg(ids.acme);
        HttpResponse r = c.get(path);
        TB_STATUS(r, 200);
        QVERIFY2(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type").constData());
        QJsonArray list = r.array();
        QCOMPARE(list.size(), 2);
        const QSet<QString> keys {QStringLiteral("id"),        QStringLiteral("email"),     QStringLiteral("role"),
                                  QStringLiteral("invitedBy"), QStringLiteral("createdAt"), QStringLiteral("expiresAt"),
                                  QStringLiteral("status")};
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            for (const QString &k : keys)
                QVERIFY2(o.contains(k), qPrintable(k + QStringLiteral(" missing in ") + compact(o)));
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
            QVERIFY(isTimestamp(o.value(QLatin1String("createdAt"))));
            QVERIFY(isTimestamp(o.value(QLatin1String("expiresAt"))));
            QVERIFY(epoch(o.value(QLatin1String("expiresAt"))) > nowSecs());
            const QJsonObject by = o.value(QLatin1String("invitedBy")).toObject();
            QVERIFY(!by.value(QLatin1String("userId")).toString().isEmpty());
            QVERIFY(!by.value(QLatin1String("name")).toString().isEmpty());
            QVERIFY(o.value(QLatin1String("email")).toString().contains(QLatin1Char('@')));
            QVERIFY(!o.contains(QStringLiteral("token")));
        }
        const HttpResponse created
            = c.post(path, invite(QStringLiteral("ivy@example.test"), QStringLiteral("business")));
        TB_STATUS(created, 201);
        list = c.get(path).array();
        QCOMPARE(list.size(), 3);
        TB_JSON_EQ(findById(list, created.object().value(QLatin1String("id")).toString()), created.object());

        // Who may view: admin and manager; not user, observer, business.
        HttpClient other(m_server.url());
        other.setToken(login(m_server.url(), QStringLiteral("max@acme.test")));
        r = other.get(path);
        TB_STATUS(r, 200);
        QCOMPARE(r.array().size(), 3);
        for (const char *email : {"uma@acme.test", "otto@acme.test", "bea@acme.test"}) {
            other.setToken(login(m_server.url(), s(email)));
            TB_PROBLEM(other.get(path), 403, "forbidden");
        }
        // Not in the org at all: 404.
        other.setToken(login(m_server.url(), QStringLiteral("gus@globex.test")));
        TB_PROBLEM(other.get(path), 404, "not_found");
    }

    void rateLimitAfterFiftyMailsPerHour()
    {
        TB_START(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        // A fresh org, so that nothing the seed did counts against the limit.
        const HttpResponse org
            = c.post(QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Rate Org")}});
        TB_STATUS(org, 201);
        const QString orgId = org.object().value(QLatin1String("id")).toString();
        const QString path = QStringLiteral("/orgs/%1/invitations").arg(orgId);
        QString firstId;
        for (int i = 1; i <= 49; ++i) {
            const HttpResponse r
                = c.post(path, invite(QStringLiteral("rate%1@example.test").arg(i), QStringLiteral("user")));
            TB_STATUS(r, 201);
            if (i == 1)
                firstId = r.object().value(QLatin1String("id")).toString();
        }
        // A resend is the 50th mail of the hour.
        TB_STATUS(c.post(QStringLiteral("%1/%2/resend").arg(path, firstId)), 200);

        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        const int mailsBefore = outboxMessages(outbox()).size();
        HttpResponse r = c.post(path, invite(QStringLiteral("rate51@example.test"), QStringLiteral("user")));
        TB_PROBLEM(r, 429, "rate_limited");
        bool ok = false;
        const int retryAfter = r.header("Retry-After").trimmed().toInt(&ok);
        QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 3600, r.header("Retry-After").constData());
        r = c.post(QStringLiteral("%1/%2/resend").arg(path, firstId));
        TB_PROBLEM(r, 429, "rate_limited");
        QVERIFY(!r.header("Retry-After").isEmpty());
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
        QCOMPARE(outboxMessages(outbox()).size(), mailsBefore);
        QCOMPARE(c.get(path).array().size(), 49);

        // The limit is per org: Acme may still invite.
        TB_STATUS(c.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme),
                         invite(QStringLiteral("rate51@example.test"), QStringLiteral("user"))),
                  201);
    }

    void unknownTokenIsGone_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("well-formed") << QStringLiteral("odi_") + QString(43, QLatin1Char('A'));
        QTest::newRow("not a token") << QStringLiteral("not-a-token");
    }
    void unknownTokenIsGone()
    {
        QFETCH(QString, token);
        TB_START_SHARED(m_server);
        HttpClient anon(m_server.url());
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(anon.post(QStringLiteral("/invitations/accept"),
                             QJsonObject {{QStringLiteral("token"), token},
                                          {QStringLiteral("name"), QStringLiteral("Nobody")},
                                          {QStringLiteral("password"), kPassword}}),
                   410, "invitation_expired");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }

    void managerMayNotInviteAdmins()
    {
        TB_START(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient admin(m_server.url());
        admin.setToken(ids.adaToken);
        HttpClient manager(m_server.url());
        manager.setToken(login(m_server.url(), QStringLiteral("max@acme.test")));
        const QString path = QStringLiteral("/orgs/%1/invitations").arg(ids.acme);

        for (const char *role : {"user", "manager", "observer", "business"}) {
            const HttpResponse r
                = manager.post(path, invite(QStringLiteral("by-max-%1@example.test").arg(s(role)), s(role)));
            TB_STATUS(r, 201);
            QCOMPARE(r.object().value(QLatin1String("role")).toString(), s(role));
        }
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(manager.post(path, invite(QStringLiteral("boss@example.test"), QStringLiteral("admin"))), 403,
                   "forbidden");
        // 403 comes before 422.
        TB_PROBLEM(manager.post(path, invite(QStringLiteral("not-an-email"), QStringLiteral("admin"))), 403,
                   "forbidden");
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));

        // An admin-role invitation made by ada: the manager may not resend or revoke it.
        const HttpResponse adminInvite
            = admin.post(path, invite(QStringLiteral("boss@example.test"), QStringLiteral("admin")));
        TB_STATUS(adminInvite, 201);
        const QString id = adminInvite.object().value(QLatin1String("id")).toString();
        const QByteArray before2 = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(manager.post(QStringLiteral("%1/%2/resend").arg(path, id)), 403, "forbidden");
        TB_PROBLEM(manager.del(QStringLiteral("%1/%2").arg(path, id)), 403, "forbidden");
        TB_DB_UNCHANGED(before2, dumpDatabase(m_server.databaseUrl()));

        // Roles without the right may not invite at all.
        HttpClient other(m_server.url());
        for (const char *email : {"uma@acme.test", "otto@acme.test", "bea@acme.test"}) {
            other.setToken(login(m_server.url(), s(email)));
            TB_PROBLEM(other.post(path, invite(QStringLiteral("x@example.test"), QStringLiteral("user"))), 403,
                       "forbidden");
            TB_PROBLEM(other.del(QStringLiteral("%1/%2").arg(path, id)), 403, "forbidden");
        }
    }

    void invitationOfAnotherOrgIsNotFound()
    {
        TB_START(m_server);
        const DemoIds ids = m_server.ids();
        HttpClient ada(m_server.url());
        ada.setToken(ids.adaToken);
        const HttpResponse created = ada.post(QStringLiteral("/orgs/%1/invitations").arg(ids.acme),
                                              invite(QStringLiteral("kim@example.test"), QStringLiteral("user")));
        TB_STATUS(created, 201);
        const QString id = created.object().value(QLatin1String("id")).toString();
        HttpClient gus(m_server.url());
        gus.setToken(login(m_server.url(), QStringLiteral("gus@globex.test")));
        const QString path = QStringLiteral("/orgs/%1/invitations/%2").arg(ids.globex, id);
        TB_PROBLEM(gus.post(path + QStringLiteral("/resend")), 404, "not_found");
        TB_PROBLEM(gus.del(path), 404, "not_found");
        TB_PROBLEM(gus.post(QStringLiteral("/orgs/%1/invitations/inv_doesnotexist/resend").arg(ids.globex)), 404,
                   "not_found");
        QVERIFY(!findById(ada.get(QStringLiteral("/orgs/%1/invitations").arg(ids.acme)).array(), id).isEmpty());
    }

    void mailFailureAnswers503AndStoresNothing()
    {
        ServerOptions options;
        options.useSmtp = true;
        options.smtpPort = closedPort();
        QVERIFY(options.smtpPort != 0);
        TB_START_WITH(m_server, options);
        const DemoIds ids = m_server.ids();
        HttpClient c(m_server.url());
        c.setToken(ids.adaToken);
        const QString path = QStringLiteral("/orgs/%1/invitations").arg(ids.acme);
        const int listBefore = c.get(path).array().size();
        const QByteArray before = dumpDatabase(m_server.databaseUrl());
        TB_PROBLEM(c.post(path, invite(QStringLiteral("lost@example.test"), QStringLiteral("user"))), 503,
                   "mail_unavailable");
        const QList<QVariantList> rows
            = queryDatabase(m_server.databaseUrl(),
                            QStringLiteral("SELECT count(*) FROM invitations WHERE email = 'lost@example.test'"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(0).toInt(), 0);
        QCOMPARE(c.get(path).array().size(), listBefore);
        TB_DB_UNCHANGED(before, dumpDatabase(m_server.databaseUrl()));
    }
};

QTEST_GUILESS_MAIN(TestInvitations)
#include "tst_invitations.moc"
