#pragma once

#include <QDialog>
#include <QUrl>

class OrgSession;

// STUB: replaced by the real dialog.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { SignIn, AcceptInvitation };
    Q_ENUM(Mode)

    explicit SignInDialog(OrgSession *session, QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    void setEmail(const QString &email);
    // A pasted or launched orgdesk://accept-invitation?… link or a bare odi_ token: switches
    // to AcceptInvitation and fills the token (and the server the link names).
    void setInvitation(const QString &linkOrToken);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

signals:
    // After a successful sign in (also the one that follows accepting an invitation), just
    // before the dialog accepts: the app remembers server and email in its settings.
    void signedIn(const QUrl &server, const QString &email);
    // After accepting an invitation; the session has been asked to open that org.
    void invitationAccepted(const QString &orgId);

private:
    OrgSession *m_session;
    Mode m_mode = Mode::SignIn;
};
