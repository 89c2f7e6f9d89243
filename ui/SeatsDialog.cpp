#include "SeatsDialog.h"

#include "BillingText.h"
#include "Colors.h"
#include "DisplayText.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "SubscriptionObject.h"
#include "UiLog.h"
#include "api/BillingRequests.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {

QLabel *wrappedLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

SeatsDialog::SeatsDialog(OrgSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_subscription(session->models()->subscription()->subscription())
    , m_current(wrappedLabel(this, "seatsCurrent"))
    , m_spin(new QSpinBox(this))
    , m_headline(wrappedLabel(this, "seatsHeadline"))
    , m_explanation(wrappedLabel(this, "seatsExplanation"))
    , m_error(wrappedLabel(this, "seatsError"))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("seatsDialog"));
    setWindowTitle(tr("Change Seats"));
    setAccessibleName(windowTitle());

    m_spin->setObjectName(QStringLiteral("seatsSpin"));
    m_spin->setRange(domain::Subscription::kMinSeats, domain::Subscription::kMaxSeats);
    m_spin->setValue(m_subscription.seats);
    m_spin->setAccessibleName(tr("Number of seats"));
    m_spin->setAccessibleDescription(tr("From %1 to %2 seats")
                                         .arg(QLocale().toString(domain::Subscription::kMinSeats),
                                              QLocale().toString(domain::Subscription::kMaxSeats)));
    m_spin->setGroupSeparatorShown(true);
    m_spin->setMinimumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 40);

    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setAccessibleName(tr("What the change does"));
    m_explanation->setAccessibleName(tr("Details of the change"));
    // Three lines are kept for the explanation, so the dialog does not jump as the value changes.
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_explanation->setMinimumHeight(3 * m_explanation->fontMetrics().lineSpacing());
    m_current->setAccessibleName(tr("Current seats"));

    m_error->setAccessibleName(tr("Why the seats were not changed"));
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Colors::text(Colors::Tone::Error, palette));
    m_error->setPalette(palette);
    m_error->hide();

    m_change = m_buttons->addButton(tr("&Change Seats"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("seatsChange"));
    m_change->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("seatsCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SeatsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *label = new QLabel(tr("&Seats:", "number of seats"), this);
    label->setBuddy(m_spin);
    auto *priceHint = new QLabel(this);
    priceHint->setObjectName(QStringLiteral("seatsPrice"));
    priceHint->setText(
        tr("at %1 each", "price per seat")
            .arg(BillingText::perInterval(DisplayText::money(m_subscription.pricePerSeat, m_subscription.currency),
                                          m_subscription.interval)));
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_spin);
    row->addWidget(priceHint, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addSpacing(6);
    layout->addLayout(row);
    layout->addSpacing(6);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    // A sync while the dialog is open (another admin, a renewal) moves what "now" is.
    SubscriptionObject *live = session->models()->subscription();
    for (auto signal : {&SubscriptionObject::seatsChanged, &SubscriptionObject::pendingSeatsChanged,
                        &SubscriptionObject::pricePerSeatChanged, &SubscriptionObject::currentPeriodEndChanged}) {
        connect(live, signal, this, [this, live] {
            m_subscription = live->subscription();
            updateState();
        });
    }
    // Whether it may be sent changes with the role and the connection.
    connect(session, &OrgSession::roleChanged, this, &SeatsDialog::updateState);
    connect(session, &OrgSession::onlineChanged, this, &SeatsDialog::updateState);
    connect(session, &OrgSession::workOfflineChanged, this, &SeatsDialog::updateState);
    connect(session, &OrgSession::stateChanged, this, &SeatsDialog::updateState);
    connect(m_spin, &QSpinBox::valueChanged, this, [this] {
        if (m_error->isVisible()) {
            m_error->hide(); // the server's answer was about the previous number
            adjustSize();
        }
        updateState();
    });
    m_spin->selectAll();
    m_spin->setFocus();
    updateState();
    adjustSize();
}

int SeatsDialog::seats() const
{
    return m_spin->value();
}

QString SeatsDialog::headline() const
{
    return m_headline->text();
}

QString SeatsDialog::explanation() const
{
    return m_explanation->text();
}

QString SeatsDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SeatsDialog::updateState()
{
    const domain::Subscription &s = m_subscription;
    const int wanted = m_spin->value();
    const QString renewal = DisplayText::date(s.currentPeriodEnd);
    const auto recurring = [&s](int seats) {
        return BillingText::perInterval(DisplayText::money(qint64(seats) * s.pricePerSeat, s.currency), s.interval);
    };

    QString current = tr("The subscription has %n seat(s) now, for %1.", nullptr, s.seats).arg(recurring(s.seats));
    if (s.pendingSeats)
        current += QLatin1Char(' ')
            + tr("It drops to %n seat(s) on %1.", "a scheduled decrease", *s.pendingSeats).arg(renewal);
    m_current->setText(current);

    QString headline;
    QString explanation;
    bool changes = true;
    if (wanted > s.seats) {
        const qint64 prorated = s.proratedIncrease(wanted, QDateTime::currentSecsSinceEpoch());
        headline = tr("Applies now, prorated");
        explanation = tr("Adding %n seat(s) costs about %1 for the rest of this period, until %2. It is billed now, "
                         "on an open invoice.",
                         nullptr, wanted - s.seats)
                          .arg(DisplayText::money(prorated, s.currency), renewal);
        explanation += QLatin1Char(' ') + tr("The new recurring total is %1.").arg(recurring(wanted));
        if (s.pendingSeats)
            explanation
                += QLatin1Char(' ') + tr("The scheduled drop to %n seat(s) is cancelled.", nullptr, *s.pendingSeats);
    } else if (wanted < s.seats && s.pendingSeats && wanted == *s.pendingSeats) {
        changes = false;
        headline = tr("Already scheduled");
        explanation = tr("The subscription already drops to %n seat(s) on %1.", nullptr, wanted).arg(renewal);
    } else if (wanted < s.seats) {
        headline = tr("From the next period, %1", "the date the decrease takes effect").arg(renewal);
        explanation = tr("You keep %n seat(s) until %1; they are paid for.", nullptr, s.seats).arg(renewal);
        explanation += QLatin1Char(' ')
            + tr("From then on the subscription has %n seat(s) and costs %1.", nullptr, wanted).arg(recurring(wanted));
        if (s.pendingSeats)
            explanation
                += QLatin1Char(' ') + tr("This replaces the scheduled drop to %n seat(s).", nullptr, *s.pendingSeats);
    } else if (s.pendingSeats) {
        headline = tr("Cancels the scheduled decrease");
        explanation = tr("The subscription keeps its %n seat(s) after %1 instead of dropping to %2.", nullptr, s.seats)
                          .arg(renewal, QLocale().toString(*s.pendingSeats));
    } else {
        changes = false;
        headline = tr("Nothing to change");
        explanation = tr("This is the number of seats the subscription has now.");
    }
    m_headline->setText(headline);
    m_explanation->setText(explanation);
    m_spin->setAccessibleDescription(headline + QStringLiteral(". ") + explanation);

    const QString why = m_session->whyNot(domain::Action::ChangeSeats);
    const bool busy = isBusy();
    m_change->setEnabled(changes && !busy && why.isEmpty());
    m_change->setToolTip(!why.isEmpty() ? why : changes ? QString() : headline);
    m_change->setText(busy ? tr("Changing…") : tr("&Change Seats"));
    m_spin->setReadOnly(busy);
}

void SeatsDialog::accept()
{
    if (isBusy() || !m_change->isEnabled())
        return;
    m_error->hide();
    const int wanted = seats();
    const domain::Subscription before = m_subscription;
    qCInfo(lcUi) << "changing seats from" << before.seats << "to" << wanted;
    ChangeSeatsRequest *request = m_session->changeSeats(wanted);
    m_request = request;
    connect(request, &ApiRequest::failed, this, &SeatsDialog::onFailed);
    // finished comes first (and forgets m_request): read the answer from the request itself.
    connect(request, &ApiRequest::succeeded, this, [this, before, request] {
        emit changed(before, request->subscription());
        QDialog::accept();
    });
    connect(request, &ApiRequest::finished, this, [this] {
        m_request.clear();
        updateState();
    });
    updateState();
}

void SeatsDialog::onFailed(const ApiError &error)
{
    const QString seatsMessage = error.fieldMessage(QStringLiteral("seats"));
    m_error->setText(tr("The seats were not changed: %1").arg(seatsMessage.isEmpty() ? error.message() : seatsMessage));
    m_error->show();
    adjustSize(); // room for the message, however many lines it takes
    m_spin->setFocus();
}
