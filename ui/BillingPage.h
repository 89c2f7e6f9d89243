#pragma once

#include "FileChooser.h"
#include "TabPage.h"
#include "UrlOpener.h"

#include <QPointer>

class InvoicesPanel;
class PaymentMethodsPanel;
class QLabel;
class QStackedWidget;
class SeatsDialog;
class StatePanel;
class SubscriptionPanel;

// The Billing tab: the subscription (Change Seats…), the cards on file (Make Default, Remove
// Card…, Add Payment Method… through the billing portal) and the invoices (open one, Save as
// PDF). Only Admin and Business contact see billing, Business read-only: every write is then
// disabled with the reason, as it is offline; other roles, and an org not downloaded yet
// while offline, get a stated reason instead of empty tables. Writes go through OrgSession;
// the session syncs after each, so the models are never patched here.
class BillingPage : public TabPage
{
    Q_OBJECT
public:
    BillingPage(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);

    QString menuTitle() const override { return tr("&Billing"); }
    QList<QAction *> menuActions() const override;
    void focusStart() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    // Seams for tests (STYLE.md): the system browser and the save dialog.
    void setUrlOpener(UrlOpener opener);
    void setSaveFileChooser(SaveFileChooser chooser);

    // Opens the Change Seats dialog (what the changeSeats action does); nullptr when changing
    // seats is not possible now (see the action's tooltip).
    SeatsDialog *showSeatsDialog();

    SubscriptionPanel *subscriptionPanel() const { return m_subscription; }
    InvoicesPanel *invoicesPanel() const { return m_invoices; }
    PaymentMethodsPanel *paymentMethodsPanel() const { return m_cards; }
    // What the page shows instead of billing (not available offline, not for your role…), or empty.
    QString unavailableText() const;
    // The "read-only for your role" note, or empty when it is not shown.
    QString readOnlyText() const;

protected:
    void updateActions() override;

private:
    Unavailable unavailable() const;
    void onSeatsChanged(int seatsBefore, int seatsAfter, int pendingAfter, const QDateTime &periodEnd);

    QStackedWidget *m_stack;
    StatePanel *m_state;
    QWidget *m_content;
    QLabel *m_readOnly;
    QAction *m_changeSeats;
    SubscriptionPanel *m_subscription;
    PaymentMethodsPanel *m_cards;
    InvoicesPanel *m_invoices;
    QPointer<SeatsDialog> m_seatsDialog;
};
