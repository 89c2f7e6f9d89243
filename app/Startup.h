#pragma once

#include "CommandLine.h"

#include <QObject>

class MainWindow;
class OrgSession;
class QSettings;

// The start of a session, in the order DESIGN.md gives: the offline copy at once, then the
// stored token, else ORGDESK_PASSWORD, else the sign-in dialog. Also takes orgdesk:// links
// that arrive later (macOS sends them as QFileOpenEvent to the running app).
class Startup : public QObject
{
    Q_OBJECT
public:
    Startup(OrgSession *session, MainWindow *window, QSettings *settings, QObject *parent = nullptr);

    void run(const CommandLine &commandLine);
    // What a later start (or the OS) hands over: an orgdesk:// link opens the invitation
    // path; anything else just brings the window forward.
    void open(const QString &linkOrActivate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void signInWithPassword(const QUrl &server, const QString &email, const QString &password);
    void rememberAccount(const QUrl &server, const QString &email);
    void restoreLastOrg();

    OrgSession *m_session;
    MainWindow *m_window;
    QSettings *m_settings;
};
