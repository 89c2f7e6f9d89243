#include "SubscriptionPanel.h"

#include "BillingText.h"
#include "DisplayText.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "SubscriptionObject.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

SubscriptionPanel::SubscriptionPanel(OrgSession *session, QAction *changeSeats, QWidget *parent)
    : QGroupBox(tr("Subscription"), parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_changeSeats(new QToolButton(this))
{
    setObjectName(QStringLiteral("subscriptionPanel"));
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_plan = addField("plan", tr("Plan:"), tr("Plan"));
    m_status = addField("subscriptionStatus", tr("Status:", "subscription status"), tr("Subscription status"));
    m_seats = addField("seats", tr("Seats:", "number of seats"), tr("Seats"));
    m_pending = addField("pendingSeats", QString(), tr("Scheduled change of seats"));
    m_price = addField("pricePerSeat", tr("Price per seat:"), tr("Price per seat"));
    m_interval = addField("interval", tr("Billed:", "how often the subscription is billed"), tr("Billing period"));
    m_period = addField("period", tr("Current period:"), tr("Current period"));
    m_renewal = addField("renewal", tr("Next renewal:"), tr("Next renewal"));
    m_totalLabel = new QLabel(this);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setTextFormat(Qt::PlainText);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(m_totalLabel, m_total);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_totalLabel->setFont(bold);

    m_changeSeats->setObjectName(QStringLiteral("changeSeatsButton"));
    // A tool button shows the action's iconText, which drops the mnemonic unless set.
    changeSeats->setIconText(changeSeats->text());
    m_changeSeats->setDefaultAction(changeSeats);
    m_changeSeats->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_changeSeats->setFocusPolicy(Qt::StrongFocus);
    m_changeSeats->setAccessibleName(tr("Change seats"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changeSeats);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addLayout(buttons);

    SubscriptionObject *sub = session->models()->subscription();
    for (auto signal : {&SubscriptionObject::planChanged, &SubscriptionObject::statusChanged,
                        &SubscriptionObject::seatsChanged, &SubscriptionObject::pendingSeatsChanged,
                        &SubscriptionObject::pricePerSeatChanged, &SubscriptionObject::currencyChanged,
                        &SubscriptionObject::intervalChanged, &SubscriptionObject::currentPeriodStartChanged,
                        &SubscriptionObject::currentPeriodEndChanged, &SubscriptionObject::isAvailableChanged})
        connect(sub, signal, this, &SubscriptionPanel::update);
    update();
}

QLabel *SubscriptionPanel::addField(const char *objectName, const QString &label, const QString &accessibleName)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setAccessibleName(accessibleName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse); // readable and copyable, not a Tab stop
    m_form->addRow(label, value);
    return value;
}

QString SubscriptionPanel::shown(const QString &field) const
{
    const auto *label = findChild<QLabel *>(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void SubscriptionPanel::update()
{
    const SubscriptionObject *sub = m_session->models()->subscription();
    const bool available = sub->isAvailable();
    const domain::Subscription &s = sub->subscription();
    const QString none = tr("—", "no value");
    const QString renewal = DisplayText::date(s.currentPeriodEnd);
    m_plan->setText(available ? BillingText::planName(s.plan) : none);
    m_status->setText(available ? BillingText::subscriptionStatus(s.status) : none);
    m_seats->setText(available ? QLocale().toString(s.seats) : none);
    m_pending->setText(
        available && s.pendingSeats
            ? tr("Drops to %n seat(s) on %1", "a scheduled decrease of seats", *s.pendingSeats).arg(renewal)
            : QString());
    m_form->setRowVisible(m_pending, !m_pending->text().isEmpty());
    m_price->setText(available ? BillingText::perInterval(DisplayText::money(s.pricePerSeat, s.currency), s.interval)
                               : none);
    m_interval->setText(available ? BillingText::intervalName(s.interval) : none);
    m_period->setText(available
                          ? tr("%1 – %2", "from date – to date")
                                .arg(DisplayText::date(s.currentPeriodStart), DisplayText::date(s.currentPeriodEnd))
                          : none);
    m_renewal->setText(available ? renewal : none);
    m_totalLabel->setText(BillingText::totalLabel(available ? s.interval : QStringLiteral("month")));
    m_total->setText(available ? tr("%1 for %n seat(s)", "recurring total", s.seats)
                                     .arg(DisplayText::money(qint64(s.seats) * s.pricePerSeat, s.currency))
                               : none);
    m_total->setAccessibleName(m_totalLabel->text().remove(QLatin1Char(':')));
}
