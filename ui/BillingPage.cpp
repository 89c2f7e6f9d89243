#include "BillingPage.h"

#include "DisplayText.h"
#include "InvoicesModel.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "PaymentMethodsModel.h"
#include "Roles.h"
#include "StatePanel.h"
#include "SubscriptionObject.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

BillingPage::BillingPage(OrgSession *session, MessageBar *messages, QWidget *parent)
    : TabPage(session, messages, parent)
    , m_stack(new QStackedWidget(this))
    , m_state(new StatePanel(this))
    , m_content(new QWidget(this))
    , m_plan(valueLabel(m_content, QStringLiteral("plan")))
    , m_status(valueLabel(m_content, QStringLiteral("subscriptionStatus")))
    , m_seats(valueLabel(m_content, QStringLiteral("seats")))
    , m_price(valueLabel(m_content, QStringLiteral("pricePerSeat")))
    , m_period(valueLabel(m_content, QStringLiteral("period")))
{
    setObjectName(QStringLiteral("billingPage"));
    auto *invoices = new QSortFilterProxyModel(this);
    invoices->setSourceModel(session->models()->invoices());
    auto *cards = new QSortFilterProxyModel(this);
    cards->setSourceModel(session->models()->paymentMethods());
    m_invoices = makeTable(QStringLiteral("invoicesTable"), tr("Invoices"), invoices);
    m_invoices->sortByColumn(InvoicesModel::Date, Qt::DescendingOrder);
    m_cards = makeTable(QStringLiteral("paymentMethodsTable"), tr("Payment methods"), cards);

    auto *subscription = new QGroupBox(tr("Subscription"), m_content);
    auto *form = new QFormLayout(subscription);
    form->addRow(tr("Plan:"), m_plan);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Seats:"), m_seats);
    form->addRow(tr("Price per seat:"), m_price);
    form->addRow(tr("Current period:"), m_period);
    auto *invoiceBox = new QGroupBox(tr("Invoices"), m_content);
    (new QVBoxLayout(invoiceBox))->addWidget(m_invoices);
    auto *cardBox = new QGroupBox(tr("Payment methods"), m_content);
    (new QVBoxLayout(cardBox))->addWidget(m_cards);
    auto *content = new QVBoxLayout(m_content);
    content->addWidget(subscription);
    content->addWidget(invoiceBox, 2);
    content->addWidget(cardBox, 1);

    m_state->setObjectName(QStringLiteral("billingState"));
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    SubscriptionObject *sub = session->models()->subscription();
    for (auto signal : {&SubscriptionObject::planChanged, &SubscriptionObject::statusChanged,
                        &SubscriptionObject::seatsChanged, &SubscriptionObject::pendingSeatsChanged,
                        &SubscriptionObject::pricePerSeatChanged, &SubscriptionObject::currencyChanged,
                        &SubscriptionObject::intervalChanged, &SubscriptionObject::currentPeriodStartChanged,
                        &SubscriptionObject::currentPeriodEndChanged, &SubscriptionObject::isAvailableChanged})
        connect(sub, signal, this, &BillingPage::updateSubscription);
    connect(session, &OrgSession::roleChanged, this, &BillingPage::updateActions);
    connect(session, &OrgSession::dataAvailableChanged, this, &BillingPage::updateActions);
    updateSubscription();
    updateActions();
}

QTableView *BillingPage::makeTable(const QString &objectName, const QString &accessibleName,
                                   QSortFilterProxyModel *model)
{
    model->setSortRole(ItemRoles::SortKeyRole);
    auto *table = new QTableView(m_content);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move in the table
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultSectionSize(150);
    return table;
}

void BillingPage::focusStart()
{
    if (m_stack->currentWidget() == m_content)
        m_invoices->setFocus(Qt::OtherFocusReason);
    else
        m_state->setFocus(Qt::OtherFocusReason);
}

void BillingPage::updateSubscription()
{
    const SubscriptionObject *sub = session()->models()->subscription();
    if (!sub->isAvailable()) {
        for (QLabel *label : {m_plan, m_status, m_seats, m_price, m_period})
            label->setText(tr("—", "no value"));
        return;
    }
    // Wire words ("pro", "past_due") read as words.
    const auto words = [](QString text) {
        text.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text;
    };
    m_plan->setText(words(sub->plan()));
    m_status->setText(words(sub->status()));
    m_seats->setText(sub->hasPendingSeats()
                         ? tr("%1 (%2 from the next period)").arg(sub->seats()).arg(sub->pendingSeats().toInt())
                         : QString::number(sub->seats()));
    m_price->setText(tr("%1 per %2").arg(DisplayText::money(sub->pricePerSeat(), sub->currency()), sub->interval()));
    m_period->setText(
        tr("%1 – %2").arg(DisplayText::date(sub->currentPeriodStart()), DisplayText::date(sub->currentPeriodEnd())));
}

void BillingPage::updateActions()
{
    const auto role = session()->role();
    if (role && !session()->can(domain::Action::ViewBilling)) {
        m_state->setText(tr("Billing is for admins and business contacts"),
                         tr("Your role in this organization does not show its billing. Ask an admin if you need "
                            "an invoice."));
        m_stack->setCurrentWidget(m_state);
    } else if (!session()->isDataAvailable()) {
        m_state->setText(tr("Not available offline"),
                         tr("OrgDesk has not downloaded this organization yet. Its billing appears when the server "
                            "is reachable."));
        m_stack->setCurrentWidget(m_state);
    } else {
        m_stack->setCurrentWidget(m_content);
    }
}

void BillingPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("invoicesHeader"), m_invoices->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("cardsHeader"), m_cards->horizontalHeader()->saveState());
}

void BillingPage::restoreState(QSettings &settings)
{
    m_invoices->horizontalHeader()->restoreState(settings.value(QStringLiteral("invoicesHeader")).toByteArray());
    m_cards->horizontalHeader()->restoreState(settings.value(QStringLiteral("cardsHeader")).toByteArray());
}
