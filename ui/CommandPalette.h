#pragma once

#include "CommandPaletteModel.h"

#include <QDialog>
#include <functional>

class CommandPaletteModel;
class MemberFilterModel;
class OrgSession;
class QLabel;
class QLineEdit;
class QListView;

// Ctrl+K: every action of every tab, found by typing a few letters of its name (fuzzy),
// each with its shortcut, so the keyboard reaches what the menus hold without knowing
// where. "Go to member…" (or "@" first) switches to the members: typing finds one by name
// or email, Enter jumps to them on the Members tab. Enter runs the selection, Escape
// closes. A command that cannot run now is listed greyed with the reason, and Enter on
// it says the reason instead of running it.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Commands, Members };

    // `commands` lists what can be run, evaluated each time the palette opens.
    using CommandSource = std::function<QVector<PaletteCommand>()>;
    CommandPalette(OrgSession *session, CommandSource commands, QWidget *parent = nullptr);

    void openCommands();
    void openMembers();

    Mode mode() const { return m_mode; }
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    QString statusText() const;

    // The commands run lately (object names, most recent first, at most kRecentCount).
    static constexpr int kRecentCount = 8;
    QStringList recentCommands() const { return m_recent; }
    void setRecentCommands(const QStringList &objectNames);

Q_SIGNALS:
    // The chosen command, after the palette closed.
    void commandChosen(QAction *action, int tab);
    void memberChosen(const QString &userId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setMode(Mode mode);
    void onTextEdited(const QString &text);
    void runCurrent();
    void updateStatus();
    void selectFirst();

    OrgSession *m_session;
    CommandSource m_source;
    Mode m_mode = Mode::Commands;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_status;
    CommandPaletteModel *m_commands;
    MemberFilterModel *m_members = nullptr; // made when first needed
    QStringList m_recent;
};
