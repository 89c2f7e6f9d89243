#pragma once

#include "TabPage.h"

class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class StatePanel;

// The API Keys tab, read-only for now: the org's keys as the models hold them (the actions
// — generate, edit, toggle, copy, remove — come with the next part of the app). Roles that
// may not see keys get a stated reason, not an empty table.
class ApiKeysPage : public TabPage
{
    Q_OBJECT
public:
    ApiKeysPage(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);

    QString menuTitle() const override { return tr("API &Keys"); }
    QList<QAction *> menuActions() const override { return {}; }
    void focusStart() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

protected:
    void updateActions() override;

private:
    QStackedWidget *m_stack;
    StatePanel *m_state;
    QTableView *m_table;
    QSortFilterProxyModel *m_sorted;
};
