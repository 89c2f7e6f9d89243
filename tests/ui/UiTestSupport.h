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
#include "Translations.h"
#include "api/MemoryCredentialStore.h"
#include "sync/SyncOutcome.h"

#include "support/ServerHarness.h"

#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

// The demo accounts (orgdesk-server --seed demo), one per role; password "demo-password".
const QString kAda = QStringLiteral("ada@acme.test"); // admin
const QString kMax = QStringLiteral("max@acme.test"); // manager
const QString kUma = QStringLiteral("uma@acme.test"); // user
const QString kBea = QStringLiteral("bea@acme.test"); // business contact

// ORGDESK_TEST_LANGUAGE=de runs a GUI test in German (ctest's ui.*_de entries); unset, the
// tests speak English whatever the machine's locale, so that texts they compare are stable.
inline QString installTestLanguage()
{
    static const QString language
        = Translations::install(qApp, qEnvironmentVariable("ORGDESK_TEST_LANGUAGE", QStringLiteral("en")));
    return language;
}

class UiHarness
{
public:
    UiHarness()
        : m_settings(m_dir.filePath(QStringLiteral("orgdesk.ini")), QSettings::IniFormat)
    {
        installTestLanguage();
    }
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
        m_baseUrl = m_server->baseUrl();
        return true;
    }
    ServerProcess *server() const { return m_server.get(); }
    // Where the server is (still known after it was killed).
    QUrl baseUrl() const { return m_baseUrl; }

    // A session over this harness's directories; short backoff so a returning server is
    // seen quickly.
    // Options of the next session (before session() creates it).
    OrgSession::Options &options() { return m_options; }
    OrgSession *session()
    {
        if (!m_session) {
            OrgSession::Options o = m_options;
            o.cacheRoot = m_dir.filePath(QStringLiteral("cache"));
            o.accountsDirectory = m_dir.filePath(QStringLiteral("accounts"));
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

    // Quits "the app": closes the window (which saves its settings) and ends the session,
    // keeping caches, settings and stored tokens for the next start.
    void restartApp()
    {
        if (m_window)
            m_window->close();
        m_window.reset();
        m_session.reset();
    }
    // Starts the session as the app does: resume(server, email). True when it succeeded.
    bool resume(const QString &email)
    {
        SessionOperation *op = session()->resume(baseUrl(), email);
        QSignalSpy done(op, &SessionOperation::finished);
        bool ok = false;
        QObject::connect(op, &SessionOperation::succeeded, [&ok] { ok = true; });
        return done.wait(30000) && ok;
    }

    QSettings *settings() { return &m_settings; }
    MemoryCredentialStore *credentials() { return &m_credentials; }
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
    QUrl m_baseUrl;
    OrgSession::Options m_options;
    QNetworkAccessManager m_network;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

// The member with this email as the server has it ({} when not a member), asked over HTTP
// by `http` (logged in as someone who may list the members).
inline QJsonObject serverMember(HttpClient &http, const QString &orgId, const QString &email)
{
    const HttpResponse r = http.get(QStringLiteral("/orgs/%1/members?perPage=500&q=%2")
                                        .arg(orgId, QString::fromLatin1(QUrl::toPercentEncoding(email))));
    const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
    for (const auto &item : items) {
        if (item.toObject().value(QStringLiteral("email")).toString() == email)
            return item.toObject();
    }
    return {};
}

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
    // Keys go to the active window: make the dialog it, as a window manager does. (The
    // offscreen platform has none; QTest::qWaitForWindowActive does not tell, since a
    // dialog counts as active while its transient parent is.)
    if (found) {
        found->activateWindow();
        QApplication::setActiveWindow(found);
        if (!QTest::qWaitFor([found] { return QApplication::activeWindow() == found; }, timeoutMs))
            return nullptr;
    }
    return found;
}

// After a dialog closed: the window manager would activate the main window again.
inline bool reactivate(QWidget *window)
{
    if (QApplication::activeWindow() != window)
        QApplication::setActiveWindow(window);
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

// Key presses go to the widget that has the focus in the active window, as a user's do;
// while a modal dialog is open, the windows it blocks get none (QTest would deliver them).
inline QWidget *focused()
{
    return QApplication::focusWidget();
}
inline QWidget *keyTarget()
{
    QWidget *target = QApplication::focusWidget();
    if (QWidget *modal = QApplication::activeModalWidget(); modal && (!target || !modal->isAncestorOf(target))) {
        modal->activateWindow();
        QApplication::setActiveWindow(modal);
        target = modal->focusWidget() ? modal->focusWidget() : modal;
    }
    if (!target)
        target = QApplication::activeWindow();
    if (!target) {
        // A closed dialog leaves no active window offscreen; a window manager would give
        // the activation back to the main window.
        const auto tops = QApplication::topLevelWidgets();
        for (QWidget *w : tops) {
            if (qobject_cast<MainWindow *>(w) && w->isVisible()) {
                w->activateWindow();
                QApplication::setActiveWindow(w);
                target = w->focusWidget() ? w->focusWidget() : w;
            }
        }
    }
    return target;
}
inline void typeKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyTarget(), key, modifiers);
}
inline void typeText(const QString &text)
{
    QTest::keyClicks(keyTarget(), text);
}
