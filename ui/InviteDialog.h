#pragma once

#include "domain/Role.h"

#include <QDialog>
#include <QPointer>

class ApiError;
class CreateInvitationRequest;
class OrgSession;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Invites someone by email (Ctrl+N on the Members tab). The address is judged as it is typed
// (EmailValidator) and Send stays disabled until it is one; the role defaults to User, and a
// role the inviter may not grant (Admin, for a manager) is listed but cannot be picked.
// The server's refusal (already a member, already invited, …) is shown here, with the input
// kept; on success the dialog closes and emits invitationSent. Open it with open().
class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InviteDialog(OrgSession *session, QWidget *parent = nullptr);

    QString email() const;
    domain::Role role() const;
    bool isSending() const { return !m_request.isNull(); }

    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *roleCombo() const { return m_role; }
    QPushButton *sendButton() const { return m_send; }
    // The inline message under the email ("… needs an @ …"), empty when the address is fine.
    QString emailProblem() const;
    // The server's answer to the last attempt, empty when none failed.
    QString errorText() const;

signals:
    void invitationSent(const QString &email, domain::Role role);

public slots:
    void accept() override;

private:
    void updateState();
    void onFailed(const ApiError &error);

    OrgSession *m_session;
    QLineEdit *m_email;
    QLabel *m_emailProblem;
    QComboBox *m_role;
    QLabel *m_roleHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_send;
    QPointer<CreateInvitationRequest> m_request;
    bool m_edited = false;
};
