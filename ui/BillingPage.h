#pragma once

#include "TabPage.h"

// STUB: replaced by the page's real implementation.
class BillingPage : public TabPage
{
    Q_OBJECT
public:
    BillingPage(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);

    QString menuTitle() const override { return tr("&Billing"); }
    QList<QAction *> menuActions() const override { return m_actions; }

protected:
    void updateActions() override { }

private:
    QList<QAction *> m_actions;
};
