#pragma once

#include <QDialog>
#include <QList>

class QMenu;
class QTreeWidget;

// Help › Keyboard Shortcuts: every action of every menu with its shortcut, grouped by menu,
// then the keys that work inside lists and editors (which are not actions). Built from the
// menus when opened, so it always tells the truth about the actions.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyboardShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent = nullptr);

    // (what, keys) of every row, for tests.
    QList<QPair<QString, QString>> entries() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();

    QList<QMenu *> m_menus;
    QTreeWidget *m_tree;
};
