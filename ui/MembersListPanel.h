#pragma once

#include "domain/Member.h"
#include "domain/Role.h"

#include <QVector>
#include <QWidget>

class MemberActionsDelegate;
class MemberFilterModel;
class MemberNameDelegate;
class MembersTableModel;
class MembersTableView;
class OrgSession;
class PagerBar;
class QAction;
class QLabel;
class QLineEdit;
class QSettings;
class QToolButton;
class RoleDelegate;

// The member list of the Members tab: the search field (Down moves into the results, Escape
// clears it), "N members" / "N of M match", the Invite… button, the table (a MemberFilterModel
// under a MembersTableModel, with its three delegates) and the pager. The page owns the
// actions; this panel shows them and reports what the user picked.
class MembersListPanel : public QWidget
{
    Q_OBJECT
public:
    MembersListPanel(OrgSession *session, QAction *invite, QAction *previousPage, QAction *nextPage,
                     QWidget *parent = nullptr);

    MembersTableView *table() const { return m_table; }
    MemberFilterModel *filterModel() const { return m_filter; }
    MembersTableModel *tableModel() const { return m_tableModel; }
    QLineEdit *searchField() const { return m_search; }
    PagerBar *pager() const { return m_pager; }
    QToolButton *inviteButton() const { return m_inviteButton; }
    QString countText() const;
    // The last widget of the panel in tab order (the pager's Next button).
    QWidget *lastInTabOrder() const;

    void focusSearch();
    // Focuses the table with its first row selected (Down in the search).
    void focusFirstRow();
    bool selectMember(const QString &userId);
    QStringList selectedUserIds() const;
    // The selected members as the members model holds them, in display order.
    QVector<domain::Member> selectedMembers() const;
    bool hasSelection() const;
    void clearSearch();

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

signals:
    void selectionChanged();
    void pageChanged();
    // The role editor committed a new role for a member.
    void roleChosen(const QString &userId, domain::Role role);
    // A row's ⋯ menu was asked for (button, Menu key, Shift+F10, right click).
    void menuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    void selectRow(const QModelIndex &index);

    OrgSession *m_session;
    MemberFilterModel *m_filter;
    MembersTableModel *m_tableModel;
    MembersTableView *m_table;
    MemberNameDelegate *m_nameDelegate;
    RoleDelegate *m_roleDelegate;
    MemberActionsDelegate *m_actionsDelegate;
    QLineEdit *m_search;
    QLabel *m_count;
    QToolButton *m_inviteButton;
    PagerBar *m_pager;
};
