#include "OrgNameField.h"

#include "Colors.h"

#include "Gate.h"
#include "MessageBar.h"
#include "OrgModels.h"
#include "OrgProfileObject.h"
#include "OrgSession.h"
#include "api/OrgRequests.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kMaxNameLength = 100; // API.md: PATCH /orgs/{org}

// The server's rule (RequestReader::hasControlCharacters): Unicode Cc plus the line and
// paragraph separators.
bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    });
}

} // namespace

OrgNameField::OrgNameField(OrgSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
    , m_edit(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save name"), this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("orgNameField"));
    m_edit->setObjectName(QStringLiteral("orgName"));
    m_edit->setAccessibleName(tr("Organization name"));
    m_edit->setToolTip(tr("The organization's name, 1 to 100 characters. Press Enter to save, Escape to undo."));
    m_edit->installEventFilter(this);
    m_save->setObjectName(QStringLiteral("saveNameButton"));
    m_save->setAccessibleName(tr("Save name"));
    m_save->setToolTip(tr("Save the organization's new name"));
    m_save->setAutoDefault(false);
    m_note->setObjectName(QStringLiteral("nameNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    // Expanding, or a word-wrapped label wraps at its own narrow preferred width.
    m_note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_note->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_note);
    setFocusProxy(m_edit);
    setTabOrder(m_edit, m_save);

    connect(m_edit, &QLineEdit::textEdited, this, &OrgNameField::updateState);
    connect(m_edit, &QLineEdit::returnPressed, this, &OrgNameField::commit);
    connect(m_save, &QPushButton::clicked, this, &OrgNameField::commit);
    OrgProfileObject *org = session->models()->org();
    connect(org, &OrgProfileObject::nameChanged, this, &OrgNameField::showOrgName);
    connect(org, &OrgProfileObject::isAvailableChanged, this, &OrgNameField::showOrgName);
    connect(session, &OrgSession::orgChanged, this, [this] {
        // Another org: what was typed for the previous one does not apply.
        m_shownName.clear();
        m_edit->clear();
        showOrgName();
    });
    showOrgName();
}

QString OrgNameField::problem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the organization.");
    if (trimmed.size() > kMaxNameLength)
        return tr("The name can be at most %1 characters; this one has %2.").arg(kMaxNameLength).arg(trimmed.size());
    if (hasControlCharacters(trimmed))
        return tr("The name cannot contain control characters such as line breaks or tabs.");
    return {};
}

bool OrgNameField::isEdited() const
{
    return m_edit->text() != m_shownName;
}

void OrgNameField::showOrgName()
{
    const OrgProfileObject *org = m_session->models()->org();
    const QString name = org->isAvailable() ? org->name() : QString();
    // An edit in progress is the user's work: a rename arriving from the sync does not
    // overwrite it (Escape brings the current name back).
    if (!isEdited()) {
        m_edit->setText(name);
        m_edit->setCursorPosition(0);
    }
    m_shownName = name;
    m_edit->setPlaceholderText(org->isAvailable() ? QString() : tr("Not loaded yet"));
    updateState();
}

void OrgNameField::updateState()
{
    const OrgProfileObject *org = m_session->models()->org();
    const QString why = Gate::reason(m_session, domain::Action::EditOrg);
    const bool editable = why.isEmpty() && org->isAvailable();
    m_edit->setReadOnly(!editable);
    // A read-only field looks like one (Fusion and others draw it as editable).
    QPalette editPalette = palette();
    if (!editable)
        editPalette.setColor(QPalette::Base, palette().color(QPalette::Window));
    m_edit->setPalette(editPalette);

    QString note;
    bool isError = false;
    if (!why.isEmpty() && org->isAvailable()) {
        note = tr("Read-only: %1").arg(why);
    } else if (editable && isEdited()) {
        note = problem(m_edit->text());
        isError = !note.isEmpty();
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    QPalette notePalette = palette();
    if (isError)
        notePalette.setColor(QPalette::WindowText, Colors::text(Colors::Tone::Error, notePalette));
    m_note->setPalette(notePalette);
    m_edit->setAccessibleDescription(note);

    QString saveWhy = why;
    if (saveWhy.isEmpty() && m_renaming)
        saveWhy = tr("The new name is being saved.");
    if (saveWhy.isEmpty() && isError)
        saveWhy = note;
    Gate::apply(m_save, saveWhy);
    if (saveWhy.isEmpty())
        m_save->setEnabled(m_edit->text().trimmed() != org->name());
}

bool OrgNameField::eventFilter(QObject *watched, QEvent *event)
{
    // Escape undoes an edit (and only then: otherwise Escape is the window's).
    if (watched == m_edit && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && isEdited()) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                m_edit->setText(m_shownName);
                updateState();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrgNameField::edit()
{
    const OrgProfileObject *org = m_session->models()->org();
    if (isEdited() && m_edit->text().trimmed() != org->name() && problem(m_edit->text()).isEmpty()) {
        commit();
        return;
    }
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void OrgNameField::commit()
{
    if (m_renaming || m_edit->isReadOnly())
        return;
    if (!problem(m_edit->text()).isEmpty()) {
        updateState();
        m_edit->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString name = m_edit->text().trimmed();
    if (name == m_session->models()->org()->name()) {
        m_edit->setText(name);
        m_shownName = name;
        updateState();
        return;
    }
    m_renaming = true;
    updateState();
    RenameOrgRequest *request = m_session->renameOrg(name);
    m_messages->watch(request, tr("Could not rename the organization"));
    connect(request, &ApiRequest::finished, this, [this] {
        m_renaming = false;
        updateState();
    });
    connect(request, &ApiRequest::succeeded, this, [this, name] {
        // The field shows the saved name now, so the sync that brings it is no edit.
        if (m_edit->text().trimmed() == name) {
            m_edit->setText(name);
            m_shownName = name;
        }
        updateState();
    });
}
