// The sign-in dialog against the real orgdesk-server: signing in (right and wrong password,
// unreachable and invalid servers, Cancel), and accepting an invitation end to end, from the
// invitation email in the server's outbox to the session showing the org. Driven by keys.
#include "UiTestSupport.h"

#include "SignInDialog.h"
#include "api/MemoryCredentialStore.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace {

const QString kPassword = QStringLiteral("demo-password");

// A server, a signed-out session of the test's own (so that its credential store can be
// read) and the dialog over it, open and active.
struct Fixture
{
    UiHarness h;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    std::unique_ptr<OrgSession> session;
    std::unique_ptr<SignInDialog> dialog;

    bool start(bool withServer = true)
    {
        if (withServer && !h.startServer())
            return false;
        OrgSession::Options o;
        o.cacheRoot = h.dir().filePath(QStringLiteral("signin-cache"));
        o.accountsDirectory = h.dir().filePath(QStringLiteral("signin-accounts"));
        o.transferTimeoutMs = 3000;
        o.minBackoffMs = 100;
        o.maxBackoffMs = 300;
        session = std::make_unique<OrgSession>(&network, &credentials, o);
        dialog = std::make_unique<SignInDialog>(session.get());
        dialog->open();
        QApplication::setActiveWindow(dialog.get());
        return QTest::qWaitForWindowActive(dialog.get());
    }
    template<typename T> T *field(const char *name) const { return dialog->findChild<T *>(QLatin1String(name)); }
    QString storedToken(const QString &email)
    {
        QSignalSpy read(&credentials, &CredentialStore::tokenRead);
        credentials.readToken(h.baseUrl(), email);
        if (read.isEmpty() && !read.wait(5000))
            return QStringLiteral("<no answer>");
        return read.at(0).at(1).toString();
    }
    // Fills the sign-in form by keyboard, from the server field on.
    void typeSignIn(const QString &server, const QString &email, const QString &password)
    {
        field<QLineEdit>("server")->setFocus();
        field<QLineEdit>("server")->selectAll();
        typeText(server);
        typeKey(Qt::Key_Tab);
        typeText(email);
        typeKey(Qt::Key_Tab);
        typeText(password);
    }
};

QString acmeId(UiHarness &h)
{
    return demoIds(h.baseUrl()).acme;
}

// Invites `email` into Acme as ada and returns the invitation email's body.
QString invite(UiHarness &h, const QString &email, const char *role = "user")
{
    auto ada = h.http(QStringLiteral("ada@acme.test"));
    const HttpResponse r = ada->post(QStringLiteral("/orgs/%1/invitations").arg(acmeId(h)),
                                     {{QStringLiteral("email"), email}, {QStringLiteral("role"), QLatin1String(role)}});
    if (r.status != 201)
        return {};
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        for (const QByteArray &raw : outboxMessages(h.server()->outboxDir())) {
            const ParsedMail mail = parseMail(raw);
            if (mail.to.contains(email))
                return mail.body;
        }
        QTest::qWait(20);
    }
    return {};
}

QString linkFrom(const QString &body)
{
    static const QRegularExpression link(QStringLiteral("orgdesk://accept-invitation\\?[^\\s<>\"]+"));
    return link.match(body).captured(0);
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool isPending(UiHarness &h, const QString &email)
{
    auto ada = h.http(QStringLiteral("ada@acme.test"));
    for (const QJsonValue &v : ada->get(QStringLiteral("/orgs/%1/invitations").arg(acmeId(h))).array()) {
        if (v.toObject().value(QLatin1String("email")).toString() == email)
            return v.toObject().value(QLatin1String("status")).toString() == QLatin1String("pending");
    }
    return false;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ORGDESK_SHOTS_DIR");
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<SyncOutcome>(); }
    void defaultsAndTabOrder();
    void parseServer_data();
    void parseServer();
    void wrongPassword();
    void signsIn_data();
    void signsIn();
    void unreachableServer();
    void invalidServerCheckedBeforeSending_data();
    void invalidServerCheckedBeforeSending();
    void cancelAbandonsAWaitingSignIn();
    void cancelledSignInIsUndone();
    void escapeClosesUnchanged();
    void acceptInvitationNewAccount();
    void acceptInvitationExistingAccount();
    void usedInvitation();
    void weakPassword();
    void badToken();
    void screenshots();
};

void TestSignIn::defaultsAndTabOrder()
{
    Fixture f;
    QVERIFY(f.start(false));
    SignInDialog *d = f.dialog.get();
    QCOMPARE(d->objectName(), QStringLiteral("signInDialog"));
    QCOMPARE(d->mode(), SignInDialog::Mode::SignIn);
    QCOMPARE(f.field<QLineEdit>("server")->text(), QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(d->remember());
    QVERIFY(!f.field<QLineEdit>("invitation")->isVisible());
    QVERIFY(!f.field<QLineEdit>("name")->isVisible());
    QVERIFY(f.field<QPushButton>("signInButton")->isDefault());
    QCOMPARE(f.field<QLineEdit>("password")->echoMode(), QLineEdit::Password);
    QCOMPARE(focused(), f.field<QLineEdit>("email")); // the server is filled; the email is next

    f.field<QLineEdit>("server")->setFocus();
    QStringList order {focused()->objectName()};
    for (int i = 0; i < 7; ++i) {
        typeKey(Qt::Key_Tab);
        order << focused()->objectName();
    }
    // The button row left to right, then round to the top again.
    QCOMPARE(order,
             (QStringList {QStringLiteral("server"), QStringLiteral("email"), QStringLiteral("password"),
                           QStringLiteral("remember"), QStringLiteral("switchMode"), QStringLiteral("signInButton"),
                           QStringLiteral("cancelButton"), QStringLiteral("server")}));
    for (const QString &name : order)
        QVERIFY2(!d->findChild<QWidget *>(name)->accessibleName().isEmpty(), qPrintable(name));

    // The invitation path: its own fields, first in the order.
    d->setMode(SignInDialog::Mode::AcceptInvitation);
    QVERIFY(f.field<QLineEdit>("invitation")->isVisible());
    QVERIFY(f.field<QLineEdit>("name")->isVisible());
    QCOMPARE(focused(), f.field<QLineEdit>("invitation"));
    order = QStringList {focused()->objectName()};
    for (int i = 0; i < 5; ++i) {
        typeKey(Qt::Key_Tab);
        order << focused()->objectName();
    }
    QCOMPARE(order,
             (QStringList {QStringLiteral("invitation"), QStringLiteral("server"), QStringLiteral("email"),
                           QStringLiteral("name"), QStringLiteral("password"), QStringLiteral("remember")}));
    for (const QString &name : order)
        QVERIFY2(!d->findChild<QWidget *>(name)->accessibleName().isEmpty(), qPrintable(name));
    // Back by the switch's mnemonic.
    typeKey(Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(d->mode(), SignInDialog::Mode::SignIn);
}

void TestSignIn::parseServer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: not a server address
    QTest::newRow("http with port") << "http://127.0.0.1:8080"
                                    << "http://127.0.0.1:8080";
    QTest::newRow("https") << " https://orgdesk.example.com "
                           << "https://orgdesk.example.com";
    QTest::newRow("no scheme gets https") << "orgdesk.example.com"
                                          << "https://orgdesk.example.com";
    QTest::newRow("with a path") << "https://example.com/orgdesk"
                                 << "https://example.com/orgdesk";
    QTest::newRow("ftp") << "ftp://example.com"
                         << "";
    QTest::newRow("no host") << "http://"
                             << "";
    QTest::newRow("spaces") << "not a server"
                            << "";
    QTest::newRow("query") << "https://example.com/?a=b"
                           << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestSignIn::parseServer()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto url = SignInDialog::parseServer(text);
    QCOMPARE(url ? url->toString() : QString(), expected);
}

void TestSignIn::wrongPassword()
{
    Fixture f;
    QVERIFY(f.start());
    QSignalSpy signedIn(f.dialog.get(), &SignInDialog::signedIn);
    f.typeSignIn(f.h.baseUrl().toString(), QStringLiteral("ada@acme.test"), QStringLiteral("wrong-password"));
    typeKey(Qt::Key_Return);
    QVERIFY(f.dialog->isBusy());
    QVERIFY(!f.field<QLineEdit>("email")->isEnabled());
    QVERIFY(f.field<QProgressBar>("signInBusy")->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(!f.dialog->isBusy(), 15000);
    QCOMPARE(f.dialog->errorText(), QStringLiteral("The email or the password is wrong."));
    QVERIFY(f.field<QLabel>("signInError")->isVisible());
    QVERIFY(f.dialog->isVisible());
    QVERIFY(f.field<QLineEdit>("email")->isEnabled());
    QVERIFY(!f.field<QProgressBar>("signInBusy")->isVisible());
    // The password is selected for a second try.
    QCOMPARE(focused(), f.field<QLineEdit>("password"));
    QCOMPARE(f.field<QLineEdit>("password")->selectedText(), QStringLiteral("wrong-password"));
    QCOMPARE(f.session->state(), OrgSession::State::SignedOut);
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(f.storedToken(QStringLiteral("ada@acme.test")), QString());

    // The right one now, by keyboard.
    typeText(kPassword);
    typeKey(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
    QVERIFY(!f.dialog->isVisible());
}

void TestSignIn::signsIn_data()
{
    QTest::addColumn<bool>("remember");
    QTest::newRow("remember") << true;
    QTest::newRow("do not remember") << false;
}

void TestSignIn::signsIn()
{
    QFETCH(bool, remember);
    Fixture f;
    QVERIFY(f.start());
    QSignalSpy signedIn(f.dialog.get(), &SignInDialog::signedIn);
    QSignalSpy finished(f.dialog.get(), &QDialog::finished);
    f.typeSignIn(f.h.baseUrl().toString(), QStringLiteral("ada@acme.test"), kPassword);
    typeKey(Qt::Key_Tab);
    QCOMPARE(focused(), f.field<QCheckBox>("remember"));
    if (!remember)
        typeKey(Qt::Key_Space);
    QCOMPARE(f.dialog->remember(), remember);
    typeKey(Qt::Key_Return); // the default button, from the checkbox

    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
    QCOMPARE(signedIn.at(0).at(0).toUrl(), f.h.baseUrl());
    QCOMPARE(signedIn.at(0).at(1).toString(), QStringLiteral("ada@acme.test"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QVERIFY(!f.dialog->isVisible());
    QCOMPARE(f.session->state(), OrgSession::State::SignedIn);
    QCOMPARE(f.session->user().email, QStringLiteral("ada@acme.test"));
    QVERIFY(!f.session->orgId().isEmpty());
    // Remember me: the token is in the credential store (and works on the server).
    const QString token = f.storedToken(QStringLiteral("ada@acme.test"));
    if (remember) {
        QVERIFY(token.startsWith(QLatin1String("ods_")));
        HttpClient client(f.h.baseUrl());
        client.setToken(token);
        QCOMPARE(client.get(QStringLiteral("/me")).status, 200);
    } else {
        QCOMPARE(token, QString());
    }
    // The password is not kept in the dialog.
    QCOMPARE(f.field<QLineEdit>("password")->text(), QString());
}

void TestSignIn::unreachableServer()
{
    Fixture f;
    QVERIFY(f.start(false));
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    f.typeSignIn(QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("ada@acme.test"), kPassword);
    typeKey(Qt::Key_Return);
    QVERIFY(f.dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!f.dialog->isBusy(), 30000);
    const QString error = f.dialog->errorText();
    QVERIFY2(error.startsWith(QStringLiteral("Cannot reach the server at ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(error)); // the address
    QVERIFY(f.dialog->isVisible());
    QCOMPARE(focused(), f.field<QLineEdit>("server"));
    QCOMPARE(f.session->state(), OrgSession::State::SignedOut);
}

void TestSignIn::invalidServerCheckedBeforeSending_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ftp") << "ftp://example.com"
                         << "“ftp://example.com” is not a server address.";
    QTest::newRow("spaces") << "my server"
                            << "“my server” is not a server address.";
    QTest::newRow("empty") << ""
                           << "Enter the server's address";
}

void TestSignIn::invalidServerCheckedBeforeSending()
{
    QFETCH(QString, server);
    QFETCH(QString, expected);
    Fixture f;
    QVERIFY(f.start(false));
    f.field<QLineEdit>("server")->setFocus();
    f.field<QLineEdit>("server")->clear();
    typeText(server);
    typeKey(Qt::Key_Tab);
    typeText(QStringLiteral("ada@acme.test"));
    typeKey(Qt::Key_Tab);
    typeText(kPassword);
    typeKey(Qt::Key_Return);
    // Said at once, with nothing sent.
    QVERIFY(!f.dialog->isBusy());
    QVERIFY2(f.dialog->errorText().startsWith(expected), qPrintable(f.dialog->errorText()));
    QCOMPARE(focused(), f.field<QLineEdit>("server"));
    QCOMPARE(f.session->state(), OrgSession::State::SignedOut);
}

void TestSignIn::cancelAbandonsAWaitingSignIn()
{
    Fixture f;
    QVERIFY(f.start(false));
    // A server that takes the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held << socket;
    });
    QSignalSpy signedIn(f.dialog.get(), &SignInDialog::signedIn);
    f.typeSignIn(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), QStringLiteral("ada@acme.test"),
                 kPassword);
    typeKey(Qt::Key_Return);
    QVERIFY(f.dialog->isBusy());
    QTRY_VERIFY(!held.isEmpty()); // the request is out
    QVERIFY(!f.field<QLineEdit>("server")->isEnabled());
    QVERIFY(!f.field<QPushButton>("signInButton")->isEnabled());
    QVERIFY(f.field<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(f.field<QLabel>("signInStatus")->text().contains(QString::number(silent.serverPort())));

    // Escape (like Cancel) abandons the attempt; the dialog stays, ready to edit.
    typeKey(Qt::Key_Escape);
    QVERIFY(!f.dialog->isBusy());
    QVERIFY(f.dialog->isVisible());
    QVERIFY(f.field<QLineEdit>("server")->isEnabled());
    QCOMPARE(f.dialog->errorText(), QStringLiteral("Cancelled: you are not signed in."));
    // A second Escape closes it.
    typeKey(Qt::Key_Escape);
    QVERIFY(!f.dialog->isVisible());
    QCOMPARE(f.dialog->result(), int(QDialog::Rejected));
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(f.session->state(), OrgSession::State::SignedOut);
}

void TestSignIn::cancelledSignInIsUndone()
{
    Fixture f;
    QVERIFY(f.start());
    QSignalSpy signedIn(f.dialog.get(), &SignInDialog::signedIn);
    QSignalSpy states(f.session.get(), &OrgSession::stateChanged);
    f.typeSignIn(f.h.baseUrl().toString(), QStringLiteral("ada@acme.test"), kPassword);
    // Cancel before the server could answer (no event loop runs between the two keys); it
    // signs in anyway, and the dialog undoes it.
    typeKey(Qt::Key_Return);
    QVERIFY(f.dialog->isBusy());
    f.field<QPushButton>("cancelButton")->click();
    QVERIFY(!f.dialog->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(states.count(), 2, 15000);
    QCOMPARE(states.at(0).at(0).value<OrgSession::State>(), OrgSession::State::SignedIn);
    QCOMPARE(states.at(1).at(0).value<OrgSession::State>(), OrgSession::State::SignedOut);
    QCOMPARE(f.session->state(), OrgSession::State::SignedOut);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(f.dialog->isVisible());
    QCOMPARE(f.storedToken(QStringLiteral("ada@acme.test")), QString());
}

void TestSignIn::escapeClosesUnchanged()
{
    Fixture f;
    QVERIFY(f.start());
    QSignalSpy signedIn(f.dialog.get(), &SignInDialog::signedIn);
    f.typeSignIn(f.h.baseUrl().toString(), QStringLiteral("ada@acme.test"), kPassword);
    typeKey(Qt::Key_Escape);
    QVERIFY(!f.dialog->isVisible());
    QCOMPARE(f.dialog->result(), int(QDialog::Rejected));
    QCOMPARE(f.session->state(), OrgSession::State::SignedOut);
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(f.field<QLineEdit>("password")->text(), QString());
}

void TestSignIn::acceptInvitationNewAccount()
{
    Fixture f;
    QVERIFY(f.start());
    const QString email = QStringLiteral("nina@newcomer.test");
    const QString body = invite(f.h, email);
    const QString link = linkFrom(body);
    QVERIFY2(!link.isEmpty(), qPrintable(body));
    QSignalSpy accepted(f.dialog.get(), &SignInDialog::invitationAccepted);
    QSignalSpy signedIn(f.dialog.get(), &SignInDialog::signedIn);

    // As the app does when launched with the link: the invitation path, prefilled.
    f.dialog->setInvitation(link);
    QCOMPARE(f.dialog->mode(), SignInDialog::Mode::AcceptInvitation);
    QCOMPARE(f.field<QLineEdit>("invitation")->text(), link);
    QCOMPARE(QUrl(f.field<QLineEdit>("server")->text()), f.h.baseUrl());
    QCOMPARE(focused(), f.field<QLineEdit>("email"));
    typeText(email);
    typeKey(Qt::Key_Tab);
    typeText(QStringLiteral("Nina Newcomer"));
    typeKey(Qt::Key_Tab);
    typeText(QStringLiteral("a-new-long-password"));
    typeKey(Qt::Key_Return);
    QVERIFY(f.dialog->isBusy());

    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 30000);
    const QString orgId = acmeId(f.h);
    QCOMPARE(accepted.at(0).at(0).toString(), orgId);
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(signedIn.at(0).at(1).toString(), email);
    QVERIFY(!f.dialog->isVisible());
    QCOMPARE(f.session->state(), OrgSession::State::SignedIn);
    QCOMPARE(f.session->user().email, email);
    QCOMPARE(f.session->orgId(), orgId);
    QCOMPARE(f.session->role(), domain::Role::User);
    // On the server: the account exists with that password and is a member.
    HttpClient nina(f.h.baseUrl());
    nina.setToken(login(f.h.baseUrl(), email, QStringLiteral("a-new-long-password")));
    const QJsonArray orgs = nina.get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray();
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.at(0).toObject().value(QLatin1String("id")).toString(), orgId);
    QCOMPARE(orgs.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
    QVERIFY(!isPending(f.h, email));
}

void TestSignIn::acceptInvitationExistingAccount()
{
    Fixture f;
    QVERIFY(f.start());
    const QString email = QStringLiteral("gus@globex.test");
    const QString token = invitationTokenFrom(invite(f.h, email, "manager"));
    QVERIFY(token.startsWith(QLatin1String("odi_")));
    QSignalSpy accepted(f.dialog.get(), &SignInDialog::invitationAccepted);

    // A bare token: the server comes from the field.
    typeKey(Qt::Key_V, Qt::AltModifier); // Accept an in&vitation…
    QTRY_COMPARE(f.dialog->mode(), SignInDialog::Mode::AcceptInvitation);
    QCOMPARE(focused(), f.field<QLineEdit>("invitation"));
    typeText(token);
    typeKey(Qt::Key_Tab);
    f.field<QLineEdit>("server")->selectAll();
    typeText(f.h.baseUrl().toString());
    typeKey(Qt::Key_Tab);
    typeText(email);
    typeKey(Qt::Key_Tab); // no name: the account exists
    typeKey(Qt::Key_Tab);
    typeText(kPassword);
    typeKey(Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 30000);
    const QString orgId = acmeId(f.h);
    QCOMPARE(f.session->user().email, email);
    QCOMPARE(f.session->orgId(), orgId);
    QCOMPARE(f.session->role(), domain::Role::Manager);
    QCOMPARE(f.session->orgs().size(), 2); // Globex and now Acme
    auto gus = f.h.http(email);
    QCOMPARE(gus->get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray().size(), 2);
}

void TestSignIn::usedInvitation()
{
    Fixture f;
    QVERIFY(f.start());
    const QString email = QStringLiteral("used@newcomer.test");
    const QString body = invite(f.h, email);
    const QString link = linkFrom(body);
    QVERIFY(!link.isEmpty());
    HttpClient anonymous(f.h.baseUrl());
    QCOMPARE(anonymous
                 .post(QStringLiteral("/invitations/accept"),
                       {{QStringLiteral("token"), invitationTokenFrom(body)},
                        {QStringLiteral("name"), QStringLiteral("Used Already")},
                        {QStringLiteral("password"), QStringLiteral("a-new-long-password")}})
                 .status,
             200);
    QSignalSpy accepted(f.dialog.get(), &SignInDialog::invitationAccepted);

    f.dialog->setInvitation(link);
    typeText(email);
    typeKey(Qt::Key_Tab);
    typeText(QStringLiteral("Used Again"));
    typeKey(Qt::Key_Tab);
    typeText(QStringLiteral("another-long-password"));
    typeKey(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!f.dialog->isBusy(), 15000);
    QVERIFY2(f.dialog->errorText().startsWith(QStringLiteral("This invitation is no longer valid")),
             qPrintable(f.dialog->errorText()));
    QVERIFY(f.dialog->isVisible());
    QCOMPARE(f.dialog->mode(), SignInDialog::Mode::AcceptInvitation);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(f.session->state(), OrgSession::State::SignedOut);
}

void TestSignIn::weakPassword()
{
    Fixture f;
    QVERIFY(f.start());
    const QString email = QStringLiteral("weak@newcomer.test");
    const QString link = linkFrom(invite(f.h, email));
    QVERIFY(!link.isEmpty());
    f.dialog->setInvitation(link);
    typeText(email);
    typeKey(Qt::Key_Tab);
    typeText(QStringLiteral("Wes Weak"));
    typeKey(Qt::Key_Tab);
    typeText(QStringLiteral("short"));
    typeKey(Qt::Key_Return);
    // A new account (a name is given): checked here, nothing sent.
    QVERIFY(!f.dialog->isBusy());
    QCOMPARE(f.dialog->errorText(), QStringLiteral("A new account's password needs at least 10 characters."));
    QCOMPARE(focused(), f.field<QLineEdit>("password"));
    QVERIFY(isPending(f.h, email));

    // Without a name the server decides: this address has no account, so it refuses.
    f.field<QLineEdit>("name")->clear();
    typeKey(Qt::Key_Return);
    QVERIFY(f.dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!f.dialog->isBusy(), 15000);
    const QString error = f.dialog->errorText();
    QVERIFY2(error.contains(QStringLiteral("has no account yet")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("A password needs at least 10 characters.")), qPrintable(error));
    QCOMPARE(f.session->state(), OrgSession::State::SignedOut);
    QVERIFY(isPending(f.h, email)); // the token still works
}

void TestSignIn::badToken()
{
    Fixture f;
    QVERIFY(f.start());
    f.dialog->setMode(SignInDialog::Mode::AcceptInvitation);
    f.dialog->setServer(f.h.baseUrl());
    f.field<QLineEdit>("email")->setText(QStringLiteral("someone@example.test"));
    f.field<QLineEdit>("password")->setText(QStringLiteral("a-long-enough-password"));

    // Not a link or token at all: said before sending.
    f.field<QLineEdit>("invitation")->setFocus();
    typeText(QStringLiteral("https://example.com/invite"));
    typeKey(Qt::Key_Return);
    QVERIFY(!f.dialog->isBusy());
    QVERIFY(f.dialog->errorText().startsWith(QStringLiteral("This is not an invitation link or token.")));
    QCOMPARE(focused(), f.field<QLineEdit>("invitation"));

    // A token the server does not know.
    f.field<QLineEdit>("invitation")->selectAll();
    typeText(QStringLiteral("odi_thisTokenDoesNotExist"));
    typeKey(Qt::Key_Return);
    QVERIFY(f.dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!f.dialog->isBusy(), 15000);
    QVERIFY2(f.dialog->errorText().startsWith(QStringLiteral("This invitation is no longer valid")),
             qPrintable(f.dialog->errorText()));
}

void TestSignIn::screenshots()
{
    if (qEnvironmentVariableIsEmpty("ORGDESK_SHOTS_DIR"))
        QSKIP("Set ORGDESK_SHOTS_DIR to write screenshots.");
    Fixture f;
    QVERIFY(f.start());
    f.dialog->adjustSize();
    f.typeSignIn(f.h.baseUrl().toString(), QStringLiteral("ada@acme.test"), QStringLiteral("wrong-password"));
    saveShot(f.dialog.get(), QStringLiteral("signin.png"));
    typeKey(Qt::Key_Return);
    saveShot(f.dialog.get(), QStringLiteral("signin-busy.png"));
    QTRY_VERIFY_WITH_TIMEOUT(!f.dialog->isBusy(), 15000);
    saveShot(f.dialog.get(), QStringLiteral("signin-error.png"));

    const QString link = linkFrom(invite(f.h, QStringLiteral("shot@newcomer.test")));
    f.dialog->setInvitation(link);
    f.field<QLineEdit>("email")->setText(QStringLiteral("shot@newcomer.test"));
    f.field<QLineEdit>("name")->setText(QStringLiteral("Sam Shot"));
    f.dialog->adjustSize();
    saveShot(f.dialog.get(), QStringLiteral("signin-invitation.png"));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
