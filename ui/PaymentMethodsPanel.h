#pragma once

#include "UrlOpener.h"

#include <QGroupBox>
#include <QPointer>

class BillingPortalRequest;
class MessageBar;
class OrgSession;
class QAction;
class QIdentityProxyModel;
class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;

// The cards on file (Billing tab): brand, •••• last4, expiry and a Default badge
// (PaymentMethodDelegate), with Make Default, Remove Card (confirmed; Delete) and Add Payment
// Method, which asks the server for the billing portal's address and opens it in the system
// browser (UrlOpener). The last-card rule (API.md: the only card of an active paid
// subscription cannot go) disables Remove with the rule as the reason before the server has
// to refuse; a refusal that still comes is shown in the message bar.
class PaymentMethodsPanel : public QGroupBox
{
    Q_OBJECT
public:
    PaymentMethodsPanel(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);

    QAction *addPaymentMethodAction() const { return m_add; }
    QAction *makeDefaultAction() const { return m_makeDefault; }
    QAction *removeCardAction() const { return m_remove; }
    QListView *list() const { return m_list; }
    QList<QWidget *> tabChain() const;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    // The selected card's id, or empty.
    QString selectedId() const;
    // Selects the card with these last four digits; false if there is none.
    bool selectCard(const QString &last4);
    // Why the card may not be removed under the last-card rule, or empty.
    QString lastCardRule() const;
    // `pageReason`: why the page's actions are off now (another tab is current, …), or empty.
    void updateActions(const QString &pageReason);

    void addPaymentMethod();
    void makeSelectedDefault();
    void removeSelected();

signals:
    void selectionChanged();

private:
    QString cardName(const QString &id) const;
    void updateCount();

    OrgSession *m_session;
    MessageBar *m_messages;
    UrlOpener m_openUrl;
    QIdentityProxyModel *m_described;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_empty;
    QAction *m_add;
    QAction *m_makeDefault;
    QAction *m_remove;
    QToolButton *m_addButton;
    QToolButton *m_makeDefaultButton;
    QToolButton *m_removeButton;
    QAction *m_copyPortalUrl; // offered when no browser opens
    QPointer<BillingPortalRequest> m_portalRequest;
};
