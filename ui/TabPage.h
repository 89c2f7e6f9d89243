#pragma once

#include "domain/Permissions.h"

#include <QList>
#include <QWidget>

class MessageBar;
class OrgSession;
class QAbstractItemView;
class QAction;
class QMenu;
class QModelIndex;
class QPoint;
class QSettings;

// One tab of the main window. A page builds its own QActions (each with text, shortcut,
// tooltip and object name); MainWindow lists them in the page's menu, so menus, toolbar,
// context menus and (later) the command palette share them.
//
// Several pages use the same keys for their own items (Ctrl+N, F2, Delete, Ctrl+C, Ctrl+F,
// Ctrl+PgUp/PgDown): a page enables those actions only while it is the current tab
// (isActive()), so a key always means the visible page's action.
class TabPage : public QWidget
{
    Q_OBJECT
public:
    TabPage(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_session(session)
        , m_messages(messages)
    { }

    // The page's menu title with its mnemonic ("&Members") and its actions in menu order
    // (nullptr: a separator).
    virtual QString menuTitle() const = 0;
    virtual QList<QAction *> menuActions() const = 0;

    // Moves the focus to where work on this page starts (the search field, the name…).
    virtual void focusStart() { focusNextChild(); }

    // Column widths, page size and the like, in a settings group of the page's own
    // (MainWindow opens "pages/<objectName>" around the call).
    virtual void saveState(QSettings &settings) const { Q_UNUSED(settings) }
    virtual void restoreState(QSettings &settings) { Q_UNUSED(settings) }

    bool isActive() const { return m_active; }
    void setActive(bool active)
    {
        if (m_active == active)
            return;
        m_active = active;
        updateActions();
    }

protected:
    // Why the page shows a StatePanel instead of its content (empty text: nothing stops it).
    struct Unavailable
    {
        QString title;
        QString text;
    };
    // The page's own words for each case; `forRole` has %1 for the role's name.
    struct UnavailableTexts
    {
        QString signedOut;
        QString forRole;
        QString downloading;
        QString offline;
    };
    // In order: signed out, a role that may not `view`, not downloaded yet (downloading
    // while online, "not available offline" otherwise). Shared so every tab says it alike.
    Unavailable unavailableFor(domain::Action view, const UnavailableTexts &texts) const;

    // A row's ⋯ / context menu: it acts on the selection, so a row outside the selection
    // becomes the selection (as in a file manager); the first enabled item is active, so the
    // keyboard can go on at once.
    void popupRowMenu(QAbstractItemView *view, QMenu *menu, const QModelIndex &index, const QPoint &globalPos);

    OrgSession *session() const { return m_session; }
    MessageBar *messages() const { return m_messages; }
    // Re-evaluates every action's enabled state and reason (Gate::apply): on role, online,
    // state, selection and active changes.
    virtual void updateActions() = 0;

private:
    OrgSession *m_session;
    MessageBar *m_messages;
    bool m_active = false;
};
