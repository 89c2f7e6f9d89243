#pragma once

#include <QAbstractListModel>
#include <QKeySequence>
#include <QPointer>
#include <QVector>

class QAction;

// One runnable command of the palette: an action of the window or of a page, as the menus
// show it, with whether it could run now and, when not, why.
struct PaletteCommand
{
    QPointer<QAction> action;
    QString text; // without the mnemonic marker: "Invite Member…"
    QString menu; // the menu it lives in, without the marker: "Members"
    QKeySequence shortcut;
    bool enabled = true;
    QString reason; // why it cannot run now (empty when it can)
    int tab = -1; // the tab whose page owns it, or -1 for the window's own actions
};

// The palette's command list, filtered and ranked by FuzzyMatch as the query changes.
// Display is the command's text; the custom roles below carry what the delegate paints.
class CommandPaletteModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        MenuRole = Qt::UserRole + 1, // QString
        ShortcutRole, // QString, native text ("Ctrl+N")
        EnabledRole, // bool: the command can run now
        ReasonRole, // QString: why not
        MatchesRole, // QVector<int>: matched character positions in the text, for highlighting
    };

    explicit CommandPaletteModel(QObject *parent = nullptr);

    void setCommands(const QVector<PaletteCommand> &commands);
    void setQuery(const QString &query);
    // Object names of the commands run lately, most recent first: with nothing typed they
    // lead the list, and among equal matches they win.
    void setRecent(const QStringList &objectNames);
    QString query() const { return m_query; }

    const PaletteCommand *command(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Shown
    {
        int command;
        int score;
        QVector<int> matches;
    };
    void refilter();

    QVector<PaletteCommand> m_commands;
    QVector<Shown> m_shown;
    QString m_query;
    QStringList m_recent;
};
