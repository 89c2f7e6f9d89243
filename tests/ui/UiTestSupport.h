#pragma once

// What every GUI test needs: the real orgdesk-server on port 0 with the demo data, an
// OrgSession signed in as one of the demo users (caches and settings in a temporary
// directory, tokens in memory), and the real MainWindow over it, shown offscreen.

#include "MainWindow.h"
#include "MembersModel.h"
#include "MessageBar.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "TabPage.h"
#include "api/MemoryCredentialStore.h"
#include "sync/SyncOutcome.h"

#include "support/ServerHarness.h"

#include <QApplication>
#include <QDialog>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

class UiHarness
{
public:
    UiHarness()
        : m_settings(m_dir.filePath(QStringLiteral("orgdesk.ini")), QSettings::IniFormat)
    { }
    ~UiHarness()
    {
        m_window.reset();
        m_session.reset();
    }

    // Starts the server (demo data, `members` generated members on top of the demo users).
    bool startServer(int members = 20)
    {
        ServerOptions options;
        options.seedDemo = true;
        options.members = members;
        return startServer(options);
    }
    bool startServer(const ServerOptions &options)
    {
        m_server = std::make_unique<ServerProcess>();
        if (!m_server->start(options)) {
            qWarning("server did not start: %s", qPrintable(m_server->lastError()));
            return false;
        }
        return true;
    }
    ServerProcess *server() const { return m_server.get(); }
    QUrl baseUrl() const { return m_server->baseUrl(); }

    // A session over this harness's directories; short backoff so a returning server is
    // seen quickly.
    OrgSession *session()
    {
        if (!m_session) {
            OrgSession::Options o;
            o.cacheRoot = m_dir.filePath(QStringLiteral("cache"));
            o.accountsDirectory = m_dir.filePath(QStringLiteral("accounts"));
            o.minBackoffMs = 200;
            o.maxBackoffMs = 500;
            o.transferTimeoutMs = 10000;
            m_session = std::make_unique<OrgSession>(&m_network, &m_credentials, o);
        }
        return m_session.get();
    }

    // Signs in (remembering the token in memory) and waits for the first complete sync of
    // the org: the models then hold what the server has. Returns false with a warning.
    bool signIn(const QString &email, const QString &password = QStringLiteral("demo-password"))
    {
        OrgSession *s = session();
        QSignalSpy synced(s, &OrgSession::syncFinished);
        SessionOperation *op = s->signIn(baseUrl(), email, password, true);
        QSignalSpy done(op, &SessionOperation::finished);
        bool ok = false;
        QObject::connect(op, &SessionOperation::succeeded, [&ok] { ok = true; });
        if (!done.wait(30000) || !ok) {
            qWarning("sign in as %s failed", qPrintable(email));
            return false;
        }
        return waitForSync(synced);
    }

    // Waits until a sync finished with the outcome Synced (the spy may already hold one).
    static bool waitForSync(QSignalSpy &spy, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            for (const auto &args : spy) {
                if (args.at(0).value<SyncOutcome>().kind == SyncOutcome::Kind::Synced)
                    return true;
            }
            spy.clear();
            spy.wait(int(timeoutMs - timer.elapsed()));
        }
        return false;
    }
    // Asks for a sync and waits for it to complete.
    bool syncNow()
    {
        QSignalSpy synced(session(), &OrgSession::syncFinished);
        session()->syncNow();
        return waitForSync(synced);
    }

    // The real window over the session, shown and active (offscreen).
    MainWindow *window()
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>(session(), &m_settings);
            m_window->resize(1100, 720);
            m_window->show();
            QApplication::setActiveWindow(m_window.get());
            if (!QTest::qWaitForWindowActive(m_window.get()))
                qWarning("the main window did not become active");
        }
        return m_window.get();
    }
    void closeWindow() { m_window.reset(); }

    QSettings *settings() { return &m_settings; }
    QTemporaryDir &dir() { return m_dir; }

    // A raw HTTP client logged in as `email`, to check on the server what the UI did.
    std::unique_ptr<HttpClient> http(const QString &email)
    {
        auto client = std::make_unique<HttpClient>(baseUrl());
        client->setToken(login(baseUrl(), email));
        return client;
    }
    QString orgId() const { return m_session ? m_session->orgId() : QString(); }

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

// The dialog of this type that is open (window-modal dialogs are opened with open(), so a
// test drives them by keys while the event loop runs). Waits up to 5 s.
template<typename D> D *waitForDialog(QWidget *parent = nullptr, int timeoutMs = 5000)
{
    D *found = nullptr;
    QElapsedTimer timer;
    timer.start();
    while (!found && timer.elapsed() < timeoutMs) {
        const auto widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets) {
            if (auto *d = qobject_cast<D *>(w); d && d->isVisible() && (!parent || d->parentWidget() == parent)) {
                found = d;
                break;
            }
        }
        if (!found)
            QTest::qWait(20);
    }
    return found;
}

// Key presses go to the widget that has the focus in the active window, as a user's do.
inline QWidget *focused()
{
    return QApplication::focusWidget();
}
inline void typeKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QTest::keyClick(target, key, modifiers);
}
inline void typeText(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QTest::keyClicks(target, text);
}
