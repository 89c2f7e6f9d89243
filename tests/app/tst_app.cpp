// orgdesk started as a user starts it (DESIGN.md, "Command line"): --server and --email
// with ORGDESK_PASSWORD sign in and sync, the settings remember the account, the password
// is not in them, a second start with --offline sends nothing, and a bad argument is said.
#include "support/ServerHarness.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString cacheFileUnder(const QString &root)
{
    QDirIterator it(root, {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

class TestApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QString &password = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: nothing may be stored
        env.remove(QStringLiteral("ORGDESK_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("ORGDESK_PASSWORD"), password);
        return env;
    }

    QString settingsFile() const { return m_home.filePath(QStringLiteral("config/OrgDesk/orgdesk.conf")); }

private slots:
    void signsInWithThePasswordFromTheEnvironmentAndRemembersTheAccount()
    {
        ServerProcess server;
        QVERIFY(server.start());
        QProcess app;
        app.setProcessEnvironment(environment(QStringLiteral("demo-password")));
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(ORGDESK_APP_BIN),
                  {QStringLiteral("--server"), server.baseUrl().toString(), QStringLiteral("--email"),
                   QStringLiteral("ada@acme.test")});
        QVERIFY(app.waitForStarted());
        // The first sync writes the org's offline copy; the settings keep the account.
        QTRY_VERIFY_WITH_TIMEOUT(!cacheFileUnder(m_home.filePath(QStringLiteral("cache"))).isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(settingsFile()), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("account/email")).toString(),
            QStringLiteral("ada@acme.test"), 15000);
        QCOMPARE(QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("account/server")).toUrl(),
                 server.baseUrl());
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        const QByteArray output = app.readAll();
        QVERIFY2(output.contains("signing in"), output.constData());
        // The password from the environment is never written anywhere.
        QVERIFY(!allBytesUnder(m_home.path()).contains("demo-password"));
        QVERIFY(!output.contains("demo-password"));
        QVERIFY(server.log().contains("POST /api/v1/auth/login"));
    }

    void offlineStartSendsNothing()
    {
        // The account and the cache of the previous test are there; the server is not needed.
        ServerProcess server;
        QVERIFY(server.start());
        const QByteArray before = server.log();
        QSettings(settingsFile(), QSettings::IniFormat).setValue(QStringLiteral("account/server"), server.baseUrl());
        QProcess app;
        app.setProcessEnvironment(environment());
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(ORGDESK_APP_BIN), {QStringLiteral("--offline")});
        QVERIFY(app.waitForStarted());
        QTest::qWait(2000); // nothing may happen: give a wrong request the time to show
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(server.log().count("/api/v1/"), before.count("/api/v1/"));
        QVERIFY2(app.readAll().contains("resuming"), "it opened the remembered account");
    }

    void aSecondStartHandsItsLinkToTheRunningApp()
    {
        ServerProcess server;
        QVERIFY(server.start());
        QProcess first;
        first.setProcessEnvironment(environment(QStringLiteral("demo-password")));
        first.setProcessChannelMode(QProcess::MergedChannels);
        first.start(QStringLiteral(ORGDESK_APP_BIN),
                    {QStringLiteral("--server"), server.baseUrl().toString(), QStringLiteral("--email"),
                     QStringLiteral("ada@acme.test")});
        QVERIFY(first.waitForStarted());
        // It listens before it starts the session, which it logs.
        QByteArray firstOutput;
        QTRY_VERIFY_WITH_TIMEOUT((firstOutput += first.readAll()).contains("resuming"), 15000);

        QProcess second;
        second.setProcessEnvironment(environment());
        second.setProcessChannelMode(QProcess::MergedChannels);
        const QString link = QStringLiteral("orgdesk://accept-invitation?server=%1&token=odi_abc")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(server.baseUrl().toString())));
        second.start(QStringLiteral(ORGDESK_APP_BIN), {link});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            (firstOutput += first.readAll()).contains("an invitation link arrived from a second start"), 10000);
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
        // The second one sent nothing to the server itself.
        QVERIFY(!second.readAll().contains("resuming"));
    }

    void aBadServerAddressIsSaid()
    {
        QProcess app;
        app.setProcessEnvironment(environment());
        app.start(QStringLiteral(ORGDESK_APP_BIN), {QStringLiteral("--server"), QStringLiteral("ftp://example.org")});
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitCode(), 2);
        QVERIFY(app.readAllStandardError().contains("--server needs an http:// or https:// address"));
    }

    void helpListsTheOptions()
    {
        QProcess app;
        app.setProcessEnvironment(environment());
        app.start(QStringLiteral(ORGDESK_APP_BIN), {QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(10000));
        const QByteArray help = app.readAllStandardOutput();
        for (const char *option : {"--server", "--email", "--offline", "orgdesk://"})
            QVERIFY2(help.contains(option), option);
        QVERIFY2(help.contains("The OrgDesk server to use."), help.constData());
    }

    // The real program speaks the system's language, or the one chosen in View › Language
    // (kept in the settings): its --help is the first thing it says.
    void speaksTheChosenLanguage()
    {
        QProcess app;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ORGDESK_APP_BIN), {QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(10000));
        QByteArray help = app.readAllStandardOutput();
        QVERIFY2(help.contains("Der zu verwendende OrgDesk-Server."), help.constData());

        // English chosen over a German system, then German over an English one.
        {
            QSettings settings(settingsFile(), QSettings::NativeFormat);
            settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        }
        app.start(QStringLiteral(ORGDESK_APP_BIN), {QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(10000));
        help = app.readAllStandardOutput();
        QVERIFY2(help.contains("The OrgDesk server to use."), help.constData());
        {
            QSettings settings(settingsFile(), QSettings::NativeFormat);
            settings.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
        }
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ORGDESK_APP_BIN), {QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(10000));
        help = app.readAllStandardOutput();
        QVERIFY2(help.contains("Der zu verwendende OrgDesk-Server."), help.constData());
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
