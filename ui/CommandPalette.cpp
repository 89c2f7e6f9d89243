#include "CommandPalette.h"

#include "CommandPaletteDelegate.h"
#include "Gate.h"
#include "MemberFilterModel.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "Roles.h"
#include "UiLog.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kMembersShown = 50;
const QChar kMemberPrefix = QLatin1Char('@');

} // namespace

CommandPalette::CommandPalette(OrgSession *session, CommandSource commands, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_source(std::move(commands))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_commands(new CommandPaletteModel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command Palette"));
    setWindowFlag(Qt::FramelessWindowHint);
    setSizeGripEnabled(false);

    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Command"));
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, this, &CommandPalette::onTextEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);

    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setItemDelegate(new CommandPaletteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The search field keeps the focus; arrows reach the list through the event filter,
    // as in every palette. A mouse click still selects and a double click runs.
    m_list->setFocusPolicy(Qt::NoFocus);
    connect(m_list, &QListView::activated, this, &CommandPalette::runCurrent);

    m_status->setObjectName(QStringLiteral("paletteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *inner = new QVBoxLayout(frame);
    inner->addWidget(m_search);
    inner->addWidget(m_list, 1);
    inner->addWidget(m_status);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);
    resize(620, 440);
}

QString CommandPalette::statusText() const
{
    return m_status->text();
}

void CommandPalette::setRecentCommands(const QStringList &objectNames)
{
    m_recent = objectNames.mid(0, kRecentCount);
    m_commands->setRecent(m_recent);
}

void CommandPalette::openCommands()
{
    m_commands->setCommands(m_source ? m_source() : QVector<PaletteCommand> {});
    setMode(Mode::Commands);
    m_search->clear();
    m_commands->setQuery(QString());
    selectFirst();
    open();
    m_search->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::openMembers()
{
    setMode(Mode::Members);
    m_search->clear();
    if (m_members)
        m_members->setFilterText(QString());
    selectFirst();
    open();
    m_search->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::setMode(Mode mode)
{
    m_mode = mode;
    if (mode == Mode::Members) {
        if (!m_members) {
            m_members = new MemberFilterModel(this);
            m_members->setPageSize(kMembersShown);
            m_members->setSourceModel(m_session->models()->members());
            connect(m_members, &QAbstractItemModel::modelReset, this, &CommandPalette::updateStatus);
            connect(m_members, &QAbstractItemModel::rowsInserted, this, &CommandPalette::updateStatus);
            connect(m_members, &QAbstractItemModel::rowsRemoved, this, &CommandPalette::updateStatus);
        }
        m_list->setModel(m_members);
        m_list->setModelColumn(MembersModel::Name);
        m_search->setPlaceholderText(tr("Member name or email"));
        m_search->setAccessibleName(tr("Go to member"));
        m_list->setAccessibleName(tr("Members found"));
    } else {
        m_list->setModel(m_commands);
        m_list->setModelColumn(0);
        m_search->setPlaceholderText(tr("Type a command, or @ to go to a member"));
        m_search->setAccessibleName(tr("Command"));
        m_list->setAccessibleName(tr("Commands"));
    }
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CommandPalette::updateStatus,
            Qt::UniqueConnection);
    updateStatus();
}

void CommandPalette::onTextEdited(const QString &text)
{
    if (m_mode == Mode::Commands && text.startsWith(kMemberPrefix)) {
        setMode(Mode::Members);
        m_search->setText(text.mid(1));
    }
    if (m_mode == Mode::Members) {
        m_members->setFilterText(m_search->text());
        m_members->setCurrentPage(0);
    } else {
        m_commands->setQuery(text);
    }
    selectFirst();
}

void CommandPalette::selectFirst()
{
    QAbstractItemModel *model = m_list->model();
    if (model && model->rowCount() > 0)
        m_list->setCurrentIndex(model->index(0, m_list->modelColumn()));
    updateStatus();
}

void CommandPalette::runCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        updateStatus();
        return;
    }
    if (m_mode == Mode::Members) {
        const QString userId = current.data(ItemRoles::IdRole).toString();
        accept();
        qCInfo(lcUi) << "palette: go to member" << userId;
        Q_EMIT memberChosen(userId);
        return;
    }
    const PaletteCommand *command = m_commands->command(current.row());
    if (!command || !command->action)
        return;
    if (!command->enabled) {
        // Listed so it can be found, but it cannot run: say why, stay open.
        m_status->setText(tr("%1 is unavailable: %2").arg(command->text, command->reason));
        return;
    }
    QAction *action = command->action;
    const int tab = command->tab;
    QStringList recent = m_recent;
    recent.removeAll(action->objectName());
    recent.prepend(action->objectName());
    setRecentCommands(recent);
    accept();
    qCInfo(lcUi) << "palette: run" << action->objectName();
    Q_EMIT commandChosen(action, tab);
}

void CommandPalette::updateStatus()
{
    if (m_mode == Mode::Members) {
        const QString why = Gate::reason(m_session, domain::Action::ViewMembers);
        if (!why.isEmpty()) {
            m_status->setText(tr("Members are not available: %1").arg(why));
        } else if (!m_members || m_members->matchCount() == 0) {
            m_status->setText(m_search->text().isEmpty() ? tr("No members to show.")
                                                         : tr("No member matches “%1”.").arg(m_search->text()));
        } else if (m_members->matchCount() > kMembersShown) {
            m_status->setText(
                tr("Showing %1 of %n members. Type more to narrow down.", nullptr, m_members->matchCount())
                    .arg(kMembersShown));
        } else {
            m_status->setText(
                tr("%n member(s). Enter shows the member on the Members tab.", nullptr, m_members->matchCount()));
        }
        return;
    }
    const PaletteCommand *command = m_commands->command(m_list->currentIndex().row());
    if (m_commands->rowCount() == 0)
        m_status->setText(tr("No command matches “%1”.").arg(m_search->text()));
    else if (command && !command->enabled)
        m_status->setText(tr("Unavailable: %1").arg(command->reason));
    else
        m_status->setText(tr("Enter runs the command · Escape closes"));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // The list moves while the typing stays in the field.
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
        case Qt::Key_Backspace:
            if (m_mode == Mode::Members && m_search->text().isEmpty()) {
                // Back out of "go to member" the way one came in.
                setMode(Mode::Commands);
                m_commands->setQuery(QString());
                selectFirst();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::showEvent(QShowEvent *event)
{
    // Near the top of the window, centred, as palettes are.
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect area = window->geometry();
        resize(qMin(620, area.width() - 40), qMin(440, area.height() - 80));
        move(area.center().x() - width() / 2, area.top() + qMin(80, area.height() / 8));
    }
    QDialog::showEvent(event);
}
