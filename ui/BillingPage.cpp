#include "BillingPage.h"

#include "DisplayText.h"
#include "Gate.h"
#include "InvoicesPanel.h"
#include "MessageBar.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "PaymentMethodsPanel.h"
#include "SeatsDialog.h"
#include "StatePanel.h"
#include "SubscriptionObject.h"
#include "SubscriptionPanel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

BillingPage::BillingPage(OrgSession *session, MessageBar *messages, QWidget *parent)
    : TabPage(session, messages, parent)
    , m_stack(new QStackedWidget(this))
    , m_state(new StatePanel(this))
    , m_content(new QWidget(this))
    , m_readOnly(new QLabel(m_content))
    , m_changeSeats(new QAction(tr("Change &Seats…"), this))
{
    setObjectName(QStringLiteral("billingPage"));
    setAccessibleName(tr("Billing"));

    m_changeSeats->setObjectName(QStringLiteral("changeSeats"));
    m_changeSeats->setToolTip(tr("Add seats now, or fewer from the next period"));
    connect(m_changeSeats, &QAction::triggered, this, &BillingPage::showSeatsDialog);

    m_subscription = new SubscriptionPanel(session, m_changeSeats, m_content);
    m_cards = new PaymentMethodsPanel(session, messages, m_content);
    m_invoices = new InvoicesPanel(session, messages, m_content);
    // The keys work even before MainWindow lists the actions.
    addActions({m_changeSeats, m_invoices->openAction(), m_invoices->savePdfAction(), m_cards->addPaymentMethodAction(),
                m_cards->makeDefaultAction(), m_cards->removeCardAction()});

    m_readOnly->setObjectName(QStringLiteral("billingReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->setAccessibleName(tr("Read-only"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_subscription, 1);
    top->addWidget(m_cards, 1);
    auto *content = new QVBoxLayout(m_content);
    content->addWidget(m_readOnly);
    content->addLayout(top);
    content->addWidget(m_invoices, 1);

    m_state->setObjectName(QStringLiteral("billingState"));
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    // Reading order: the subscription, the cards, the invoices.
    QList<QWidget *> chain {m_subscription->changeSeatsButton()};
    chain += m_cards->tabChain();
    chain += m_invoices->tabChain();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connect(session, &OrgSession::roleChanged, this, &BillingPage::updateActions);
    connect(session, &OrgSession::onlineChanged, this, &BillingPage::updateActions);
    connect(session, &OrgSession::workOfflineChanged, this, &BillingPage::updateActions);
    connect(session, &OrgSession::stateChanged, this, &BillingPage::updateActions);
    connect(session, &OrgSession::dataAvailableChanged, this, &BillingPage::updateActions);
    connect(session, &OrgSession::orgChanged, this, &BillingPage::updateActions);
    connect(session->models()->subscription(), &SubscriptionObject::isAvailableChanged, this,
            &BillingPage::updateActions);
    connect(m_cards, &PaymentMethodsPanel::selectionChanged, this, &BillingPage::updateActions);
    connect(m_invoices, &InvoicesPanel::selectionChanged, this, &BillingPage::updateActions);
    updateActions();
}

QList<QAction *> BillingPage::menuActions() const
{
    return {m_changeSeats,
            nullptr,
            m_invoices->openAction(),
            m_invoices->savePdfAction(),
            nullptr,
            m_cards->addPaymentMethodAction(),
            m_cards->makeDefaultAction(),
            m_cards->removeCardAction()};
}

void BillingPage::setUrlOpener(UrlOpener opener)
{
    m_cards->setUrlOpener(std::move(opener));
}

void BillingPage::setSaveFileChooser(SaveFileChooser chooser)
{
    m_invoices->setSaveFileChooser(std::move(chooser));
}

BillingPage::Unavailable BillingPage::unavailable() const
{
    return unavailableFor(domain::Action::ViewBilling,
                          {tr("Sign in to see the organization's billing."),
                           tr("Your role in this organization (%1) does not include billing: only admins and "
                              "business contacts see the subscription, invoices and cards. Ask an admin if you "
                              "need an invoice."),
                           tr("Downloading the billing details…"),
                           tr("Billing is not available offline: OrgDesk has not downloaded this organization "
                              "yet. It will appear when the server is reachable.")});
}

QString BillingPage::unavailableText() const
{
    return m_stack->currentWidget() == m_state ? m_state->explanation() : QString();
}

QString BillingPage::readOnlyText() const
{
    return m_readOnly->isVisibleTo(this) ? m_readOnly->text() : QString();
}

void BillingPage::updateActions()
{
    const Unavailable why = unavailable();
    m_state->setText(why.title, why.text);
    QWidget *shown = why.text.isEmpty() ? m_content : static_cast<QWidget *>(m_state);
    if (m_stack->currentWidget() != shown) {
        const bool hadFocus = m_stack->isAncestorOf(QApplication::focusWidget());
        m_stack->setCurrentWidget(shown);
        if (hadFocus)
            focusStart();
    }

    // A role that may look but not change: say so once, above everything.
    const auto role = session()->role();
    const bool readOnly
        = role && session()->can(domain::Action::ViewBilling) && !session()->can(domain::Action::ChangeSeats);
    m_readOnly->setText(readOnly ? tr("Your role (%1) shows billing read-only: you can open invoices and save "
                                      "them as PDF; only an admin can change seats or cards.")
                                       .arg(DisplayText::roleName(*role))
                                 : QString());
    m_readOnly->setVisible(readOnly);

    QString pageReason;
    if (!why.text.isEmpty())
        pageReason = tr("Billing is not shown.");
    else if (!isActive())
        pageReason = tr("Open the Billing tab first.");

    QString seats = Gate::reason(session(), domain::Action::ChangeSeats);
    if (seats.isEmpty())
        seats = pageReason;
    if (seats.isEmpty() && !session()->models()->subscription()->isAvailable())
        seats = tr("The organization has no subscription yet.");
    Gate::apply(m_changeSeats, seats);
    m_cards->updateActions(pageReason);
    m_invoices->updateActions(pageReason);
}

void BillingPage::focusStart()
{
    if (m_stack->currentWidget() == m_state) {
        m_state->focusTarget()->setFocus(Qt::OtherFocusReason);
        return;
    }
    QTableView *table = m_invoices->table();
    if (!table->isVisibleTo(this)) {
        m_subscription->changeSeatsButton()->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The newest invoice is current, so Enter opens it at once.
    if (!table->selectionModel()->hasSelection() && table->model()->rowCount() > 0)
        table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->setFocus(Qt::OtherFocusReason);
}

SeatsDialog *BillingPage::showSeatsDialog()
{
    if (!m_changeSeats->isEnabled())
        return nullptr;
    if (m_seatsDialog && m_seatsDialog->isVisible()) { // a closed one may await its deleteLater
        m_seatsDialog->raise();
        m_seatsDialog->activateWindow();
        return m_seatsDialog;
    }
    auto *dialog = new SeatsDialog(session(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_seatsDialog = dialog;
    connect(dialog, &SeatsDialog::changed, this,
            [this](const domain::Subscription &before, const domain::Subscription &after) {
                onSeatsChanged(before.seats, after.seats, after.pendingSeats.value_or(0), after.currentPeriodEnd);
            });
    dialog->open();
    return dialog;
}

void BillingPage::onSeatsChanged(int seatsBefore, int seatsAfter, int pendingAfter, const QDateTime &periodEnd)
{
    QString text;
    if (seatsAfter > seatsBefore)
        text = tr("The subscription now has %n seat(s). The charge for the rest of this period is on a new open "
                  "invoice.",
                  nullptr, seatsAfter);
    else if (pendingAfter > 0)
        text = tr("The subscription drops to %n seat(s) on %1.", nullptr, pendingAfter)
                   .arg(DisplayText::date(periodEnd));
    else
        text = tr("The scheduled decrease is cancelled: the subscription keeps %n seat(s).", nullptr, seatsAfter);
    messages()->showMessage(MessageBar::Kind::Positive, text);
}

void BillingPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("invoicesHeader"), m_invoices->table()->horizontalHeader()->saveState());
}

void BillingPage::restoreState(QSettings &settings)
{
    m_invoices->table()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("invoicesHeader")).toByteArray());
}
