#include "Startup.h"

#include "MainWindow.h"
#include "MessageBar.h"
#include "OrgSession.h"
#include "SignInDialog.h"

#include <QFileOpenEvent>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcApp, "orgdesk.app", QtInfoMsg)

Startup::Startup(OrgSession *session, MainWindow *window, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_settings(settings)
{ }

void Startup::run(const CommandLine &commandLine)
{
    const QUrl server = commandLine.server.isValid() ? commandLine.server
                                                     : m_settings->value(QStringLiteral("account/server")).toUrl();
    const QString email = !commandLine.email.isEmpty() ? commandLine.email
                                                       : m_settings->value(QStringLiteral("account/email")).toString();
    m_session->setWorkOffline(commandLine.offline);

    if (!commandLine.invitation.isEmpty()) {
        qCInfo(lcApp) << "opened with an invitation link";
        m_window->showSignIn(commandLine.invitation);
    }
    if (!server.isValid() || email.isEmpty()) {
        if (commandLine.invitation.isEmpty())
            m_window->showSignIn();
        return;
    }

    qCInfo(lcApp) << "resuming" << email << "at" << server.toDisplayString();
    SessionOperation *resume = m_session->resume(server, email);
    connect(resume, &SessionOperation::succeeded, this, [this, server, email] {
        rememberAccount(server, email);
        restoreLastOrg();
    });
    connect(resume, &SessionOperation::failed, this, [this, server, email, commandLine] {
        if (commandLine.offline) {
            if (m_session->orgId().isEmpty())
                m_window->messageBar()->showMessage(
                    MessageBar::Kind::Warning,
                    tr("There is no offline copy for %1 on this computer yet. Go online and sign in once.").arg(email));
            return;
        }
        if (!commandLine.password.isEmpty()) {
            signInWithPassword(server, email, commandLine.password);
            return;
        }
        if (commandLine.invitation.isEmpty()) {
            SignInDialog *dialog = m_window->showSignIn();
            dialog->setServer(server);
            dialog->setEmail(email);
        }
    });
}

void Startup::signInWithPassword(const QUrl &server, const QString &email, const QString &password)
{
    qCInfo(lcApp) << "signing in" << email << "with the password from ORGDESK_PASSWORD";
    // Not remembered: a password from the environment is for scripts and demos.
    SessionOperation *signIn = m_session->signIn(server, email, password, false);
    connect(signIn, &SessionOperation::succeeded, this, [this, server, email] {
        rememberAccount(server, email);
        restoreLastOrg();
    });
    connect(signIn, &SessionOperation::failed, this, [this, server, email](const ApiError &error) {
        m_window->messageBar()->showError(tr("Could not sign in as %1").arg(email), error);
        SignInDialog *dialog = m_window->showSignIn();
        dialog->setServer(server);
        dialog->setEmail(email);
    });
}

void Startup::rememberAccount(const QUrl &server, const QString &email)
{
    m_settings->setValue(QStringLiteral("account/server"), server);
    m_settings->setValue(QStringLiteral("account/email"), email);
}

void Startup::restoreLastOrg()
{
    const QString orgId = m_settings->value(QStringLiteral("account/org")).toString();
    if (!orgId.isEmpty() && orgId != m_session->orgId())
        m_session->switchOrg(orgId); // false (and nothing happens) when no longer a member
}

void Startup::open(const QString &linkOrActivate)
{
    if (linkOrActivate.startsWith(QLatin1String("orgdesk:"), Qt::CaseInsensitive)) {
        qCInfo(lcApp) << "an invitation link arrived from a second start";
        m_window->showSignIn(linkOrActivate);
    }
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

bool Startup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme() == QLatin1String("orgdesk")) {
            open(url.toString());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
