#include "ApiKeyDialog.h"

#include "Colors.h"
#include "OrgSession.h"
#include "UiLog.h"
#include "api/ApiKeyRequests.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

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

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

} // namespace

ApiKeyDialog::ApiKeyDialog(OrgSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(Mode::Generate)
{
    build();
}

ApiKeyDialog::ApiKeyDialog(OrgSession *session, const domain::ApiKey &key, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(Mode::Edit)
    , m_original(key)
{
    build();
}

void ApiKeyDialog::build()
{
    const bool generate = m_mode == Mode::Generate;
    setObjectName(generate ? QStringLiteral("generateKeyDialog") : QStringLiteral("editKeyDialog"));
    setWindowTitle(generate ? tr("Generate API Key") : tr("Edit API Key"));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(
        generate ? tr("An API key lets an agent or a script use the server on behalf of this organization. Its "
                      "secret is shown once, right after the key is generated.")
                 : tr("The key's secret stays the same: whatever uses the key keeps working."),
        this);
    intro->setObjectName(QStringLiteral("keyDialogIntro"));
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("keyName"));
    m_name->setAccessibleName(tr("Name of the API key"));
    m_name->setPlaceholderText(tr("e.g. Production agents"));
    m_name->setClearButtonEnabled(true);
    m_name->setMinimumWidth(320);

    m_nameProblem = new QLabel(this);
    m_nameProblem->setObjectName(QStringLiteral("keyNameProblem"));
    m_nameProblem->setAccessibleName(tr("Name problem"));
    styleAsError(m_nameProblem);
    // Room for the message is kept, so the dialog does not jump while one types.
    m_nameProblem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_nameProblem->setMinimumHeight(m_nameProblem->fontMetrics().lineSpacing());

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("keyDescription"));
    m_description->setAccessibleName(tr("Description of the API key (optional)"));
    m_description->setPlaceholderText(tr("What uses this key, who to ask about it"));
    m_description->setTabChangesFocus(true); // no keyboard trap: Tab moves on
    m_description->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_description->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);

    m_descriptionCount = new QLabel(this);
    m_descriptionCount->setObjectName(QStringLiteral("keyDescriptionCount"));
    m_descriptionCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_descriptionProblem = new QLabel(this);
    m_descriptionProblem->setObjectName(QStringLiteral("keyDescriptionProblem"));
    m_descriptionProblem->setAccessibleName(tr("Description problem"));
    styleAsError(m_descriptionProblem);
    m_descriptionProblem->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("keyDialogError"));
    m_error->setAccessibleName(generate ? tr("Why the key was not generated") : tr("Why the changes were not saved"));
    styleAsError(m_error);
    m_error->hide();

    m_buttons = new QDialogButtonBox(this);
    m_accept = m_buttons->addButton(generate ? tr("&Generate") : tr("&Save", "save the API key's changes"),
                                    QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("keyDialogAccept"));
    m_accept->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("keyDialogCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApiKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApiKeyDialog::reject);

    auto *nameLabel = new QLabel(tr("&Name:", "name of the API key"), this);
    nameLabel->setBuddy(m_name);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_descriptionProblem, 1);
    countRow->addWidget(m_descriptionCount, 0, Qt::AlignTop);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(descriptionLabel, m_description);
    form->addRow(QString(), countRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(500);

    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_accept);

    if (!generate) {
        m_name->setText(m_original.name);
        m_description->setPlainText(m_original.description);
        m_name->selectAll();
    }
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_edited = true;
        if (m_error->isVisible()) {
            m_error->hide(); // the server's last answer was about the previous input
            adjustSize();
        }
        updateState();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_error->isVisible() && m_description->hasFocus()) {
            m_error->hide();
            adjustSize();
        }
        updateState();
    });
    m_name->setFocus();
    updateState();
    adjustSize();
}

QString ApiKeyDialog::name() const
{
    return m_name->text().trimmed();
}

QString ApiKeyDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

ApiKeyPatch ApiKeyDialog::patch() const
{
    ApiKeyPatch patch;
    if (name() != m_original.name)
        patch.name = name();
    if (description() != m_original.description)
        patch.description = description();
    return patch;
}

bool ApiKeyDialog::isChanged() const
{
    const ApiKeyPatch p = patch();
    return p.name || p.description;
}

QString ApiKeyDialog::problemWithName(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the key.");
    if (trimmed.size() > kMaxName)
        return tr("The name can be at most %1 characters; this one has %2.")
            .arg(QLocale().toString(kMaxName), QLocale().toString(trimmed.size()));
    if (std::any_of(trimmed.cbegin(), trimmed.cend(), isControl))
        return tr("The name cannot contain tabs, line breaks or other control characters.");
    return {};
}

QString ApiKeyDialog::problemWithDescription(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > kMaxDescription)
        return tr("The description can be at most %1 characters; this one has %2.")
            .arg(QLocale().toString(kMaxDescription), QLocale().toString(trimmed.size()));
    const bool control = std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t');
    });
    if (control)
        return tr("The description cannot contain control characters other than line breaks and tabs.");
    return {};
}

QString ApiKeyDialog::nameProblem() const
{
    return m_nameProblem->text();
}

QString ApiKeyDialog::descriptionProblem() const
{
    return m_descriptionProblem->isVisibleTo(this) ? m_descriptionProblem->text() : QString();
}

QString ApiKeyDialog::descriptionCount() const
{
    return m_descriptionCount->text();
}

QString ApiKeyDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ApiKeyDialog::updateState()
{
    const QString nameProblem = problemWithName(m_name->text());
    // An empty name is not an error before anything was typed; too long or a tab is.
    const bool showName = !nameProblem.isEmpty() && (m_edited || !m_name->text().isEmpty());
    m_nameProblem->setText(showName ? nameProblem : QString());
    m_name->setAccessibleDescription(showName ? nameProblem : QString());

    const QString descriptionProblem = problemWithDescription(m_description->toPlainText());
    const int used = int(description().size());
    m_descriptionCount->setText(
        tr("%1 / %2", "characters used / allowed").arg(QLocale().toString(used), QLocale().toString(kMaxDescription)));
    m_descriptionCount->setAccessibleName(
        tr("%1 of %2 characters used").arg(QLocale().toString(used), QLocale().toString(kMaxDescription)));
    QPalette countPalette = palette();
    if (used > kMaxDescription)
        countPalette.setColor(QPalette::WindowText, Colors::text(Colors::Tone::Error, countPalette));
    m_descriptionCount->setPalette(countPalette);
    const bool hadDescriptionProblem = m_descriptionProblem->isVisibleTo(this);
    m_descriptionProblem->setText(descriptionProblem);
    m_descriptionProblem->setVisible(!descriptionProblem.isEmpty());
    m_description->setAccessibleDescription(descriptionProblem);
    if (hadDescriptionProblem != !descriptionProblem.isEmpty())
        adjustSize();

    const bool sending = isSending();
    const bool valid = nameProblem.isEmpty() && descriptionProblem.isEmpty();
    const bool changed = m_mode == Mode::Generate || isChanged();
    m_accept->setEnabled(valid && changed && !sending);
    if (m_mode == Mode::Generate)
        m_accept->setText(sending ? tr("Generating…") : tr("&Generate"));
    else
        m_accept->setText(sending ? tr("Saving…") : tr("&Save", "save the API key's changes"));
    m_cancel->setEnabled(!sending);
    m_name->setReadOnly(sending);
    m_description->setReadOnly(sending);
}

void ApiKeyDialog::accept()
{
    if (isSending() || !m_accept->isEnabled())
        return;
    m_error->hide();
    const QString keyName = name();
    ApiRequest *sent = nullptr;
    if (m_mode == Mode::Generate) {
        auto *request = m_session->generateApiKey(keyName, description());
        sent = request;
        connect(request, &ApiRequest::succeeded, this, [this, request] {
            qCInfo(lcUi) << "API key generated:" << request->key().id;
            emit keyGenerated(request->key(), request->secret());
            QDialog::accept();
        });
    } else {
        auto *request = m_session->updateApiKey(m_original.id, patch());
        sent = request;
        const QString keyId = m_original.id;
        connect(request, &ApiRequest::succeeded, this, [this, keyId, keyName] {
            qCInfo(lcUi) << "API key edited:" << keyId;
            emit keyUpdated(keyId, keyName);
            QDialog::accept();
        });
    }
    m_request = sent;
    connect(sent, &ApiRequest::failed, this, &ApiKeyDialog::onFailed);
    connect(sent, &ApiRequest::finished, this, [this] {
        m_request.clear();
        updateState();
    });
    updateState();
}

void ApiKeyDialog::reject()
{
    // Closing while the server is making the key would lose its secret, shown only once.
    if (isSending())
        return;
    QDialog::reject();
}

void ApiKeyDialog::onFailed(const ApiError &error)
{
    QString detail = error.fieldMessage(QStringLiteral("name"));
    if (detail.isEmpty())
        detail = error.fieldMessage(QStringLiteral("description"));
    if (detail.isEmpty())
        detail = error.message();
    m_error->setText(m_mode == Mode::Generate ? tr("The key was not generated: %1").arg(detail)
                                              : tr("The changes were not saved: %1").arg(detail));
    m_error->show();
    adjustSize(); // room for the message, however many lines it takes
    m_name->setFocus();
}
