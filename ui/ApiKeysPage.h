#pragma once

#include "TabPage.h"

// STUB: replaced by the page's real implementation.
class ApiKeysPage : public TabPage
{
    Q_OBJECT
public:
    ApiKeysPage(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);

    QString menuTitle() const override { return tr("API &Keys"); }
    QList<QAction *> menuActions() const override { return m_actions; }

protected:
    void updateActions() override { }

private:
    QList<QAction *> m_actions;
};
