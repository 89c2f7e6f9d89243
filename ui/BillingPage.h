#pragma once

#include "TabPage.h"

class QFormLayout;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class StatePanel;

// The Billing tab, read-only for now: the subscription, invoices and payment methods as the
// models hold them (changing seats, invoice PDFs and cards come with the next part of the
// app). Only Admin and Business contact see billing; others get a stated reason.
class BillingPage : public TabPage
{
    Q_OBJECT
public:
    BillingPage(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);

    QString menuTitle() const override { return tr("&Billing"); }
    QList<QAction *> menuActions() const override { return {}; }
    void focusStart() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

protected:
    void updateActions() override;

private:
    void updateSubscription();
    QTableView *makeTable(const QString &objectName, const QString &accessibleName, QSortFilterProxyModel *model);

    QStackedWidget *m_stack;
    StatePanel *m_state;
    QWidget *m_content;
    QLabel *m_plan;
    QLabel *m_status;
    QLabel *m_seats;
    QLabel *m_price;
    QLabel *m_period;
    QTableView *m_invoices;
    QTableView *m_cards;
};
