// The start-up order of DESIGN.md ("Command line"), as main() runs it: an invitation link
// opens the invitation path filled in; --server/--email with ORGDESK_PASSWORD sign in and
// are remembered; a wrong password says so and asks; --offline without a copy says so.
#include "Startup.h"

#include "MessageBar.h"
#include "SignInDialog.h"
#include "UiTestSupport.h"

#include <QLineEdit>
#include <QtTest>

class TestStartup : public QObject
{
    Q_OBJECT
private slots:
    void anInvitationLinkOpensTheInvitationPathFilledIn()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        MainWindow *w = h.window();
        Startup startup(h.session(), w, h.settings());
        CommandLine commandLine;
        commandLine.invitation = QStringLiteral("orgdesk://accept-invitation?server=%1&token=odi_fromTheMail")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(h.baseUrl().toString())));
        startup.run(commandLine);
        auto *dialog = waitForDialog<SignInDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), SignInDialog::Mode::AcceptInvitation);
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("invitation"))
                    ->text()
                    .contains(QStringLiteral("odi_fromTheMail")));
        QCOMPARE(QUrl(dialog->findChild<QLineEdit *>(QStringLiteral("server"))->text()), h.baseUrl());
        QCOMPARE(h.session()->state(), OrgSession::State::SignedOut); // nothing was sent for it
    }

    void theEnvironmentPasswordSignsInAndIsNotKept()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        MainWindow *w = h.window();
        Startup startup(h.session(), w, h.settings());
        CommandLine commandLine;
        commandLine.server = h.baseUrl();
        commandLine.email = QStringLiteral("max@acme.test");
        commandLine.password = QStringLiteral("demo-password");
        startup.run(commandLine);
        QTRY_COMPARE(h.session()->state(), OrgSession::State::SignedIn);
        QTRY_COMPARE(w->windowTitle(), QStringLiteral("Acme Monitoring — OrgDesk"));
        // Remembered when the sign-in operation reports (just after the state changes).
        QTRY_COMPARE(h.settings()->value(QStringLiteral("account/email")).toString(), QStringLiteral("max@acme.test"));
        QCOMPARE(h.settings()->value(QStringLiteral("account/server")).toUrl(), h.baseUrl());
        // Not remembered in the credential store: the next start asks again.
        QSignalSpy read(h.credentials(), &CredentialStore::tokenRead);
        h.credentials()->readToken(h.baseUrl(), QStringLiteral("max@acme.test"));
        QVERIFY(!read.isEmpty() || read.wait());
        QVERIFY(read.first().at(1).toString().isEmpty());
        QVERIFY(!waitForDialog<SignInDialog>(nullptr, 300));
    }

    void aWrongPasswordSaysSoAndAsks()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        MainWindow *w = h.window();
        Startup startup(h.session(), w, h.settings());
        CommandLine commandLine;
        commandLine.server = h.baseUrl();
        commandLine.email = QStringLiteral("max@acme.test");
        commandLine.password = QStringLiteral("not-the-password");
        startup.run(commandLine);
        auto *dialog = waitForDialog<SignInDialog>(nullptr, 15000);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("email"))->text(), QStringLiteral("max@acme.test"));
        QCOMPARE(w->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(w->messageBar()->text().startsWith(QStringLiteral("Could not sign in as max@acme.test: ")),
                 qPrintable(w->messageBar()->text()));
        QCOMPARE(h.session()->state(), OrgSession::State::SignedOut);
    }

    void offlineWithoutACopySaysSo()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        MainWindow *w = h.window();
        Startup startup(h.session(), w, h.settings());
        CommandLine commandLine;
        commandLine.server = h.baseUrl();
        commandLine.email = QStringLiteral("max@acme.test");
        commandLine.offline = true;
        const QByteArray before = h.server()->log();
        startup.run(commandLine);
        QTRY_VERIFY(w->messageBar()->isVisible());
        QVERIFY2(w->messageBar()->text().startsWith(QStringLiteral("There is no offline copy for max@acme.test")),
                 qPrintable(w->messageBar()->text()));
        QVERIFY(h.session()->workOffline());
        QCOMPARE(h.server()->log().count("/api/v1/"), before.count("/api/v1/"));
    }

    void aLaterLinkOpensTheDialogAndActivateDoesNot()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        Startup startup(h.session(), w, h.settings());
        startup.open(QStringLiteral("activate"));
        QVERIFY(!waitForDialog<SignInDialog>(nullptr, 300));
        startup.open(QStringLiteral("orgdesk://accept-invitation?token=odi_later"));
        auto *dialog = waitForDialog<SignInDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), SignInDialog::Mode::AcceptInvitation);
        QVERIFY(
            dialog->findChild<QLineEdit *>(QStringLiteral("invitation"))->text().contains(QStringLiteral("odi_later")));
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
