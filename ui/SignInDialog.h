#pragma once

#include <QDialog>
#include <QUrl>

#include <optional>

class ApiError;
class OrgSession;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QDialogButtonBox;
class QPushButton;

// Signing in to an OrgDesk server, or accepting an invitation (and then signing in).
//
// Sign in: server URL, email, password and "Remember me on this computer" (the session token
// goes to the credential store). Accept an invitation: the pasted orgdesk://accept-invitation
// link or bare odi_ token (a link fills the server), the email to sign in with afterwards, and
// a name and password that create the account when the invited email has none.
//
// Opened with open() (window-modal). While a request runs the inputs are disabled and a busy
// bar shows; Cancel (or Escape) abandons the attempt and returns to the form. Errors are shown
// in the dialog, in words. Enter signs in; Escape closes the dialog unchanged.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { SignIn, AcceptInvitation };
    Q_ENUM(Mode)

    explicit SignInDialog(OrgSession *session, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServer(const QUrl &server);
    void setEmail(const QString &email);
    // A pasted or launched orgdesk://accept-invitation?… link or a bare odi_ token: switches
    // to AcceptInvitation and fills the token (and the server the link names).
    void setInvitation(const QString &linkOrToken);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    bool remember() const;
    // Whether a sign-in or an acceptance is running (the inputs are disabled).
    bool isBusy() const { return m_busy; }
    // The error shown in the dialog, or empty.
    QString errorText() const;

    // The server address as typed, read the way the dialog reads it ("host:port" gets
    // https://): nothing when it is not an http(s) URL with a host.
    static std::optional<QUrl> parseServer(const QString &text);

public slots:
    void reject() override;

signals:
    // After a successful sign in (also the one that follows accepting an invitation), just
    // before the dialog accepts: the app remembers server and email in its settings.
    void signedIn(const QUrl &server, const QString &email);
    // After accepting an invitation; the session has been asked to open that org.
    void invitationAccepted(const QString &orgId);

protected:
    void done(int result) override;

private:
    void submit();
    void submitSignIn();
    void submitInvitation();
    void signIn(const QUrl &server, const QString &email, bool afterInvitation);
    void abandon();
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &text, QWidget *focus = nullptr);
    void clearError();
    void onInvitationEdited(const QString &text);
    std::optional<QUrl> checkedServer();
    static QString describe(const ApiError &error);

    OrgSession *m_session;
    Mode m_mode = Mode::SignIn;
    bool m_busy = false;
    int m_attempt = 0; // a newer attempt (or Cancel) makes the answers of older ones moot
    QString m_acceptedOrgId; // an invitation accepted, waiting for the sign-in that opens it

    QLabel *m_intro;
    QFormLayout *m_form;
    QLineEdit *m_invitation;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_passwordHint;
    QCheckBox *m_remember;
    QLabel *m_error;
    QProgressBar *m_busyBar;
    QLabel *m_status;
    QPushButton *m_switchMode;
    QDialogButtonBox *m_buttons;
    QPushButton *m_primary;
    QPushButton *m_cancel;
};
