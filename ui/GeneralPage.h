#pragma once

#include "TabPage.h"

// STUB: replaced by the page's real implementation.
class GeneralPage : public TabPage
{
    Q_OBJECT
public:
    GeneralPage(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);

    QString menuTitle() const override { return tr("&Organization"); }
    QList<QAction *> menuActions() const override { return m_actions; }

protected:
    void updateActions() override { }

private:
    QList<QAction *> m_actions;
};
