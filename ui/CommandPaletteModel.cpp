#include "CommandPaletteModel.h"

#include "FuzzyMatch.h"

#include <QAction>
#include <QIcon>

#include <algorithm>

CommandPaletteModel::CommandPaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void CommandPaletteModel::setCommands(const QVector<PaletteCommand> &commands)
{
    m_commands = commands;
    refilter();
}

void CommandPaletteModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refilter();
}

void CommandPaletteModel::setRecent(const QStringList &objectNames)
{
    m_recent = objectNames;
    refilter();
}

const PaletteCommand *CommandPaletteModel::command(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    return &m_commands.at(m_shown.at(row).command);
}

void CommandPaletteModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    const QString query = m_query.simplified();
    for (int i = 0; i < m_commands.size(); ++i) {
        const PaletteCommand &c = m_commands.at(i);
        QVector<int> matches;
        int score = FuzzyMatch::score(query, c.text, &matches);
        // "members invite" finds the Members menu's Invite too, a little lower.
        if (score < 0) {
            const int inMenu = FuzzyMatch::score(query, QString(c.menu + QLatin1Char(' ') + c.text));
            if (inMenu >= 0) {
                score = std::max(0, inMenu - 4);
                matches.clear();
            }
        }
        if (score < 0)
            continue;
        // Lately run commands first when nothing is typed, and ahead of equal matches when
        // something is; then what can run now.
        const int recent = c.action ? int(m_recent.indexOf(c.action->objectName())) : -1;
        if (recent >= 0)
            score += query.isEmpty() ? 1000 - recent * 10 : 3;
        m_shown.push_back({i, score * 2 + (c.enabled ? 1 : 0), matches});
    }
    // Best score first; ties keep the menus' order.
    std::stable_sort(m_shown.begin(), m_shown.end(), [](const Shown &a, const Shown &b) { return a.score > b.score; });
    endResetModel();
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Shown &shown = m_shown.at(index.row());
    const PaletteCommand &c = m_commands.at(shown.command);
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::ToolTipRole:
        return c.reason.isEmpty() ? (c.action ? c.action->toolTip() : QString()) : c.reason;
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, in %2").arg(c.text, c.menu);
        if (!c.shortcut.isEmpty())
            text = tr("%1, shortcut %2").arg(text, c.shortcut.toString(QKeySequence::NativeText));
        if (!c.enabled)
            text = tr("%1, unavailable: %2", "command palette: a command that cannot run now").arg(text, c.reason);
        return text;
    }
    case Qt::DecorationRole:
        return c.action ? c.action->icon() : QIcon();
    case MenuRole:
        return c.menu;
    case ShortcutRole:
        return c.shortcut.toString(QKeySequence::NativeText);
    case EnabledRole:
        return c.enabled;
    case ReasonRole:
        return c.reason;
    case MatchesRole:
        return QVariant::fromValue(shown.matches);
    default:
        return {};
    }
}
