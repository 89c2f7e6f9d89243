#include "InviteDialog.h"

#include "Colors.h"

#include "DisplayText.h"
#include "EmailValidator.h"
#include "OrgSession.h"
#include "api/InvitationRequests.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

void styleAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, Colors::text(Colors::Tone::Error, palette));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // In a form, a field that does not expand keeps the width of its (empty) text.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

} // namespace

InviteDialog::InviteDialog(OrgSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_email(new QLineEdit(this))
    , m_emailProblem(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_roleHint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite a Member"));
    setAccessibleName(windowTitle());

    auto *intro
        = new QLabel(tr("OrgDesk emails them a link to join the organization.\nThe link works for 7 days."), this);
    intro->setWordWrap(true);

    m_email->setObjectName(QStringLiteral("inviteEmail"));
    m_email->setAccessibleName(tr("Email address of the person to invite"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setValidator(new EmailValidator(m_email));
    m_email->setClearButtonEnabled(true);
    m_email->setMinimumWidth(300);

    m_emailProblem->setObjectName(QStringLiteral("inviteEmailProblem"));
    m_emailProblem->setAccessibleName(tr("Email address problem"));
    styleAsError(m_emailProblem);
    // Two lines are kept for the message, so the dialog does not jump while one types.
    m_emailProblem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emailProblem->setMinimumHeight(2 * m_emailProblem->fontMetrics().lineSpacing());

    m_role->setObjectName(QStringLiteral("inviteRole"));
    m_role->setAccessibleName(tr("Role of the new member"));
    auto *roles = new QStandardItemModel(m_role);
    for (int r = 0; r < domain::kRoleCount; ++r) {
        const auto role = static_cast<domain::Role>(r);
        auto *item = new QStandardItem(DisplayText::roleName(role));
        item->setData(r, Qt::UserRole);
        if (!session->canManageInvitationFor(role)) {
            item->setEnabled(false);
            item->setToolTip(tr("Only an admin can invite someone as %1.").arg(DisplayText::roleName(role)));
        }
        roles->appendRow(item);
    }
    m_role->setModel(roles);
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(domain::Role::User)));

    m_roleHint->setObjectName(QStringLiteral("inviteRoleHint"));
    m_roleHint->setWordWrap(true);
    m_roleHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_roleHint->setEnabled(false); // drawn in the quieter disabled colour
    if (!session->canManageInvitationFor(domain::Role::Admin))
        m_roleHint->setText(tr("As a manager you can invite every role but Admin."));
    m_roleHint->setVisible(!m_roleHint->text().isEmpty());

    m_error->setObjectName(QStringLiteral("inviteError"));
    m_error->setAccessibleName(tr("Why the invitation was not sent"));
    styleAsError(m_error);
    m_error->hide();

    m_send = m_buttons->addButton(tr("&Send Invitation"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("inviteSend"));
    m_send->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("inviteCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InviteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *emailLabel = new QLabel(tr("&Email:"), this);
    emailLabel->setBuddy(m_email);
    auto *roleLabel = new QLabel(tr("&Role:", "the role the invitee will get"), this);
    roleLabel->setBuddy(m_role);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(emailLabel, m_email);
    form->addRow(QString(), m_emailProblem);
    form->addRow(roleLabel, m_role);
    form->addRow(QString(), m_roleHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    adjustSize();

    setTabOrder(m_email, m_role);
    setTabOrder(m_role, m_send);
    setTabOrder(m_send, cancel);

    connect(m_email, &QLineEdit::textEdited, this, [this] {
        m_edited = true;
        if (m_error->isVisible()) {
            m_error->hide(); // the server's last answer was about the previous address
            adjustSize();
        }
        updateState();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_error->hide();
        updateState();
    });
    m_email->setFocus();
    updateState();
}

QString InviteDialog::email() const
{
    return m_email->text().trimmed();
}

domain::Role InviteDialog::role() const
{
    return static_cast<domain::Role>(m_role->currentData(Qt::UserRole).toInt());
}

QString InviteDialog::emailProblem() const
{
    return m_emailProblem->text();
}

QString InviteDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void InviteDialog::updateState()
{
    const QString problem = EmailValidator::problem(m_email->text());
    // Nothing typed yet is not an error; say what is wrong once there is something to judge.
    const bool show = !problem.isEmpty() && (m_edited && !m_email->text().isEmpty());
    m_emailProblem->setText(show ? problem : QString());
    m_email->setAccessibleDescription(show ? problem : QString());
    const bool sending = isSending();
    m_send->setEnabled(problem.isEmpty() && !sending && m_session->canManageInvitationFor(role()));
    m_send->setText(sending ? tr("Sending…") : tr("&Send Invitation"));
    m_email->setReadOnly(sending);
    m_role->setEnabled(!sending);
}

void InviteDialog::accept()
{
    if (isSending() || !EmailValidator::isValid(m_email->text()))
        return;
    m_error->hide();
    const QString address = email();
    const domain::Role chosen = role();
    m_request = m_session->invite(address, chosen);
    connect(m_request, &ApiRequest::failed, this, &InviteDialog::onFailed);
    connect(m_request, &ApiRequest::succeeded, this, [this, address, chosen] {
        emit invitationSent(address, chosen);
        QDialog::accept();
    });
    connect(m_request, &ApiRequest::finished, this, [this] {
        m_request.clear();
        updateState();
    });
    updateState();
}

void InviteDialog::onFailed(const ApiError &error)
{
    const QString emailMessage = error.fieldMessage(QStringLiteral("email"));
    m_error->setText(
        tr("The invitation was not sent: %1").arg(emailMessage.isEmpty() ? error.message() : emailMessage));
    m_error->show();
    adjustSize(); // room for the message, however many lines it takes
    m_email->setFocus();
}
