#include "SignInDialog.h"

#include "Colors.h"

#include "InvitationLink.h"
#include "OrgSession.h"
#include "UiLog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const char kDefaultServer[] = "http://127.0.0.1:8080";
constexpr int kMinPasswordLength = 10; // API.md: POST /invitations/accept
constexpr int kMaxNameLength = 100;

QString hostOf(const QUrl &server)
{
    return server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath).toDisplayString();
}

} // namespace

SignInDialog::SignInDialog(OrgSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_invitation(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordHint(new QLabel(this))
    , m_remember(new QCheckBox(tr("Re&member me on this computer"), this))
    , m_error(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_switchMode(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(this))
    // The box makes and orders its buttons, in the platform's order.
    , m_primary(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_cancel(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
{
    setObjectName(QStringLiteral("signInDialog"));

    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);

    m_invitation->setObjectName(QStringLiteral("invitation"));
    m_invitation->setAccessibleName(tr("Invitation link or token"));
    m_invitation->setPlaceholderText(tr("orgdesk://accept-invitation?… or odi_…"));
    m_invitation->setClearButtonEnabled(true);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QLatin1String(kDefaultServer));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("Only for a new account"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    // Set once: text set while the row is hidden leaves the form a stale (one-line) height
    // for it, as a hidden widget's updateGeometry() does nothing.
    m_passwordHint->setText(
        tr("New account: choose at least %1 characters.\nExisting account: your password.").arg(kMinPasswordLength));
    m_passwordHint->setWordWrap(false);
    m_passwordHint->setForegroundRole(QPalette::PlaceholderText);
    // Expanding, or the form wraps the hint at its own narrow preferred width.
    m_passwordHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setAccessibleName(tr("Remember me on this computer"));
    m_remember->setToolTip(tr("Keep the session in the system's credential store, so that OrgDesk does not ask "
                              "for the password next time"));
    m_remember->setChecked(true);

    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, Colors::text(Colors::Tone::Error, red));
    m_error->setPalette(red);
    m_error->hide();

    m_busyBar->setObjectName(QStringLiteral("signInBusy"));
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->hide();

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->addRow(label(tr("Invitation &link or token:"), m_invitation), m_invitation);
    m_form->addRow(label(tr("&Server:"), m_server), m_server);
    m_form->addRow(label(tr("&Email:"), m_email), m_email);
    m_form->addRow(label(tr("Your &name:"), m_name), m_name);
    m_form->addRow(label(tr("&Password:"), m_password), m_password);
    m_form->addRow(QString(), m_passwordHint);
    m_form->addRow(QString(), m_remember);

    m_switchMode->setObjectName(QStringLiteral("switchMode"));
    m_switchMode->setAutoDefault(false);
    // Not flat: a flat button shows no focus frame in Fusion and others.
    m_primary->setObjectName(QStringLiteral("signInButton"));
    m_primary->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoDefault(false);

    // The buttons act themselves (the box's accepted() would close the dialog at once).
    connect(m_primary, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_switchMode, &QPushButton::clicked, this,
            [this] { setMode(m_mode == Mode::SignIn ? Mode::AcceptInvitation : Mode::SignIn); });
    connect(m_invitation, &QLineEdit::textEdited, this, &SignInDialog::onInvitationEdited);

    auto *busyRow = new QVBoxLayout;
    busyRow->setSpacing(4);
    busyRow->addWidget(m_status);
    busyRow->addWidget(m_busyBar);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_switchMode);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    // The window grows with the rows a mode shows (never squeezing them).
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addLayout(busyRow);
    layout->addStretch(1);
    layout->addLayout(buttonRow);
    setMinimumWidth(460);

    setTabOrder(m_invitation, m_server);
    setTabOrder(m_server, m_email);
    setTabOrder(m_email, m_name);
    setTabOrder(m_name, m_password);
    setTabOrder(m_password, m_remember);
    // The button row in its visual order: the mode switch on the left, then the box.
    setTabOrder(m_remember, m_switchMode);
    // The box orders its own buttons (in the platform's order); setting an order between
    // them here makes Tab go round between the two (Qt 6.4).
    setTabOrder(m_switchMode, m_buttons);

    const QUrl known = session ? session->server() : QUrl();
    m_server->setText(known.isValid() && !known.isEmpty() ? known.toString() : QLatin1String(kDefaultServer));
    if (session && !session->user().email.isEmpty())
        m_email->setText(session->user().email);
    // The primary and switch buttons change text with the mode: each is as wide as its
    // longer text, so the row does not jump (or clip) when the mode changes.
    for (QPushButton *button : {m_primary, m_switchMode}) {
        int width = 0;
        for (Mode mode : {Mode::AcceptInvitation, Mode::SignIn}) {
            setMode(mode);
            width = qMax(width, button->sizeHint().width());
        }
        button->setMinimumWidth(width);
    }
}

SignInDialog::~SignInDialog() = default;

// --- Filling in --------------------------------------------------------------------------

void SignInDialog::setServer(const QUrl &server)
{
    m_server->setText(server.toString());
}

void SignInDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    if (!email.isEmpty() && m_mode == Mode::SignIn && !m_server->text().isEmpty())
        m_password->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::setInvitation(const QString &linkOrToken)
{
    setMode(Mode::AcceptInvitation);
    m_invitation->setText(linkOrToken.trimmed());
    m_invitation->setCursorPosition(0); // the start ("orgdesk://…") says what it is
    onInvitationEdited(m_invitation->text());
    // The next thing to type: the email the invitation went to.
    QLineEdit *next = m_invitation->text().isEmpty() ? m_invitation : (m_email->text().isEmpty() ? m_email : m_name);
    next->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::onInvitationEdited(const QString &text)
{
    // A pasted link names its server; a bare token leaves the field as it is.
    const auto link = InvitationLink::parse(text);
    if (link && !link->server.isEmpty())
        m_server->setText(link->server.toString());
}

void SignInDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool invite = mode == Mode::AcceptInvitation;
    m_form->setRowVisible(m_invitation, invite);
    m_form->setRowVisible(m_name, invite);
    if (invite) {
        setWindowTitle(tr("Accept an Invitation"));
        m_intro->setText(tr("Paste the link or the token from your invitation email. If the invited address has no "
                            "OrgDesk account yet, give your name and choose a password to create one."));
        m_email->setToolTip(tr("The address the invitation was sent to; you sign in with it afterwards"));
        m_password->setToolTip(
            tr("For a new account, at least %1 characters; otherwise your password").arg(kMinPasswordLength));
        m_primary->setText(tr("&Accept and sign in"));
        m_primary->setAccessibleName(tr("Accept and sign in"));
        m_switchMode->setText(tr("&Back to sign in"));
        m_switchMode->setAccessibleName(tr("Back to sign in"));
        m_switchMode->setToolTip(tr("Sign in with an existing account instead"));
    } else {
        setWindowTitle(tr("Sign In to OrgDesk"));
        m_intro->setText(tr("Sign in to your organization's OrgDesk server."));
        m_email->setToolTip(QString());
        m_password->setToolTip(QString());
        m_primary->setText(tr("Sign &in"));
        m_primary->setAccessibleName(tr("Sign in"));
        m_switchMode->setText(tr("Accept an in&vitation…"));
        m_switchMode->setAccessibleName(tr("Accept an invitation"));
        m_switchMode->setToolTip(tr("Join an organization with the link or token from an invitation email"));
    }
    m_form->setRowVisible(m_passwordHint, invite);
    // An open dialog grows to fit the rows this mode shows. (Its minimum size does not see
    // the wrapped introduction's real height, so the rows would be squeezed.)
    if (isVisible()) {
        const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
        if (height() < needed)
            resize(width(), needed);
    }
    setAccessibleName(windowTitle());
    clearError();
    QLineEdit *first = invite ? m_invitation : m_server;
    for (QLineEdit *field : {m_invitation, m_server, m_email, m_name, m_password}) {
        if (field->isVisibleTo(this) && field->text().isEmpty()) {
            first = field;
            break;
        }
    }
    if (!invite && first == m_server && !m_server->text().isEmpty())
        first = m_password;
    first->setFocus(Qt::OtherFocusReason);
}

bool SignInDialog::remember() const
{
    return m_remember->isChecked();
}

QString SignInDialog::errorText() const
{
    return m_error->isVisibleTo(const_cast<SignInDialog *>(this)) ? m_error->text() : QString();
}

std::optional<QUrl> SignInDialog::parseServer(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.hasQuery()
        || url.hasFragment())
        return std::nullopt;
    return url;
}

// --- Working -----------------------------------------------------------------------------

void SignInDialog::submit()
{
    if (m_busy)
        return;
    clearError();
    if (m_mode == Mode::SignIn)
        submitSignIn();
    else
        submitInvitation();
}

std::optional<QUrl> SignInDialog::checkedServer()
{
    const auto server = parseServer(m_server->text());
    if (!server) {
        showError(m_server->text().trimmed().isEmpty()
                      ? tr("Enter the server's address, such as https://orgdesk.example.com.")
                      : tr("“%1” is not a server address. Enter one such as https://orgdesk.example.com or "
                           "http://127.0.0.1:8080.")
                            .arg(m_server->text().trimmed()),
                  m_server);
    }
    return server;
}

void SignInDialog::submitSignIn()
{
    const auto server = checkedServer();
    if (!server)
        return;
    const QString email = m_email->text().trimmed();
    if (email.isEmpty() || !email.contains(QLatin1Char('@'))) {
        showError(email.isEmpty() ? tr("Enter the email address of your account.")
                                  : tr("“%1” is not an email address.").arg(email),
                  m_email);
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."), m_password);
        return;
    }
    signIn(*server, email, false);
}

void SignInDialog::submitInvitation()
{
    const auto link = InvitationLink::parse(m_invitation->text());
    if (!link) {
        showError(m_invitation->text().trimmed().isEmpty()
                      ? tr("Paste the link or the token from the invitation email.")
                      : tr("This is not an invitation link or token. Paste the whole orgdesk://accept-invitation "
                           "link from the invitation email, or the token that starts with odi_."),
                  m_invitation);
        return;
    }
    const auto typedServer = checkedServer();
    if (!typedServer)
        return;
    const QUrl server = link->server.isEmpty() ? *typedServer : link->server;
    const QString email = m_email->text().trimmed();
    if (email.isEmpty() || !email.contains(QLatin1Char('@'))) {
        showError(email.isEmpty() ? tr("Enter the email address the invitation was sent to: you sign in with it.")
                                  : tr("“%1” is not an email address.").arg(email),
                  m_email);
        return;
    }
    const QString name = m_name->text().trimmed();
    if (name.size() > kMaxNameLength) {
        showError(tr("Your name can be at most %1 characters.").arg(kMaxNameLength), m_name);
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter a password: a new one for a new account, else your password."), m_password);
        return;
    }
    if (!name.isEmpty() && m_password->text().size() < kMinPasswordLength) {
        showError(tr("A new account's password needs at least %1 characters.").arg(kMinPasswordLength), m_password);
        return;
    }

    const int attempt = ++m_attempt;
    setBusy(true, tr("Accepting the invitation at %1…").arg(hostOf(server)));
    SessionOperation *operation = m_session->acceptInvitation(server, m_invitation->text(), name, m_password->text());
    connect(operation, &SessionOperation::failed, this, [this, attempt](const ApiError &error) {
        if (attempt != m_attempt)
            return;
        setBusy(false);
        showError(describe(error),
                  error.fieldMessage(QStringLiteral("password")).isEmpty()
                      ? (error.fieldMessage(QStringLiteral("name")).isEmpty() ? m_invitation : m_name)
                      : m_password);
    });
    connect(operation, &SessionOperation::succeeded, this, [this, attempt, operation, server, email] {
        if (attempt != m_attempt) {
            // Cancelled, but the server accepted it anyway: the token is spent, so what is
            // left is signing in (which then opens the org).
            if (!m_busy) {
                m_acceptedOrgId = operation->result().toString();
                m_invitation->clear();
                setMode(Mode::SignIn);
                showError(tr("The server accepted the invitation after all. Sign in to open the organization."),
                          m_password);
            }
            return;
        }
        m_acceptedOrgId = operation->result().toString();
        qCInfo(lcUi) << "invitation accepted for org" << m_acceptedOrgId;
        // The token is spent: what is left to do is signing in.
        m_invitation->clear();
        signIn(server, email, true);
    });
}

void SignInDialog::signIn(const QUrl &server, const QString &email, bool afterInvitation)
{
    const int attempt = ++m_attempt;
    // A cancelled sign-in that the server completes anyway is undone, unless this account was
    // already signed in before (then it only renewed its token).
    const bool wasSignedIn = m_session->state() == OrgSession::State::SignedIn
        && m_session->user().email.compare(email, Qt::CaseInsensitive) == 0;
    setBusy(true, tr("Signing in to %1…").arg(hostOf(server)));
    SessionOperation *operation = m_session->signIn(server, email, m_password->text(), m_remember->isChecked());
    connect(operation, &SessionOperation::failed, this, [this, attempt, afterInvitation](const ApiError &error) {
        if (attempt != m_attempt)
            return;
        setBusy(false);
        QWidget *focus = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
            ? static_cast<QWidget *>(m_server)
            : m_password;
        if (afterInvitation) {
            setMode(Mode::SignIn);
            showError(tr("You have joined the organization, but signing in failed: %1").arg(describe(error)), focus);
        } else {
            showError(describe(error), focus);
        }
    });
    connect(operation, &SessionOperation::succeeded, this, [this, attempt, wasSignedIn, server, email] {
        if (attempt != m_attempt) {
            if (!m_busy && !wasSignedIn && m_session->state() == OrgSession::State::SignedIn)
                m_session->signOut(false);
            return;
        }
        if (!m_acceptedOrgId.isEmpty()) {
            const QString orgId = m_acceptedOrgId;
            m_acceptedOrgId.clear();
            if (!m_session->switchOrg(orgId))
                qCWarning(lcUi) << "the accepted org" << orgId << "is not among the account's orgs";
            emit invitationAccepted(orgId);
        }
        setBusy(false);
        emit signedIn(server, email);
        accept();
    });
}

void SignInDialog::abandon()
{
    ++m_attempt;
    setBusy(false);
    showError(m_mode == Mode::SignIn ? tr("Cancelled: you are not signed in.")
                                     : tr("Stopped waiting for the server. If it accepted the invitation meanwhile, "
                                          "the token no longer works: sign in instead."),
              m_password);
}

void SignInDialog::reject()
{
    if (m_busy) {
        abandon();
        return;
    }
    QDialog::reject();
}

void SignInDialog::done(int result)
{
    m_password->clear(); // not kept in memory longer than needed
    clearError();
    QDialog::done(result);
}

void SignInDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *> {m_invitation, m_server, m_email, m_name, m_password, m_remember,
                                                        m_primary, m_switchMode})
        w->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_status->setText(status);
    m_status->setVisible(busy && !status.isEmpty());
    m_cancel->setToolTip(busy ? tr("Stop waiting for the server") : QString());
    if (busy) {
        clearError();
        m_cancel->setFocus(Qt::OtherFocusReason);
    }
}

void SignInDialog::showError(const QString &text, QWidget *focus)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    setAccessibleDescription(text);
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(focus))
            edit->selectAll();
    }
}

void SignInDialog::clearError()
{
    m_error->clear();
    m_error->hide();
    setAccessibleDescription(QString());
}

QString SignInDialog::describe(const ApiError &error)
{
    QString text = error.message();
    // Field rules the detail does not already spell out ("A password needs at least 10
    // characters.") follow it.
    for (const FieldError &field : error.fieldErrors) {
        if (!field.message.isEmpty() && !text.contains(field.message))
            text += QLatin1Char(' ') + field.message;
    }
    return text;
}
