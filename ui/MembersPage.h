#pragma once

#include "TabPage.h"

// STUB: replaced by the page's real implementation.
class MembersPage : public TabPage
{
    Q_OBJECT
public:
    MembersPage(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);

    QString menuTitle() const override { return tr("&Members"); }
    QList<QAction *> menuActions() const override { return m_actions; }

protected:
    void updateActions() override { }

private:
    QList<QAction *> m_actions;
};
