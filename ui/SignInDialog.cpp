#include "SignInDialog.h"

SignInDialog::SignInDialog(OrgSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("signInDialog"));
}

void SignInDialog::setServer(const QUrl &) { }
void SignInDialog::setEmail(const QString &) { }
void SignInDialog::setInvitation(const QString &)
{
    setMode(Mode::AcceptInvitation);
}
void SignInDialog::setMode(Mode mode)
{
    m_mode = mode;
}
