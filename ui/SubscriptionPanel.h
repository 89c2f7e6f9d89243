#pragma once

#include <QGroupBox>

class OrgSession;
class QAction;
class QFormLayout;
class QLabel;
class QToolButton;

// The subscription of the Billing tab: plan, status, seats (and a scheduled decrease: "Drops
// to 8 seats on 1 Jan 2027"), price per seat, billing period, next renewal and the recurring
// total, in words and in the user's locale, with the Change Seats button beside it.
class SubscriptionPanel : public QGroupBox
{
    Q_OBJECT
public:
    SubscriptionPanel(OrgSession *session, QAction *changeSeats, QWidget *parent = nullptr);

    // The value shown for a field, by its label's object name ("plan", "seats", "pendingSeats",
    // "pricePerSeat", "period", "renewal", "total", "subscriptionStatus", "interval").
    QString shown(const QString &field) const;
    QToolButton *changeSeatsButton() const { return m_changeSeats; }

private:
    void update();
    QLabel *addField(const char *objectName, const QString &label, const QString &accessibleName);

    OrgSession *m_session;
    QFormLayout *m_form;
    QLabel *m_plan;
    QLabel *m_status;
    QLabel *m_seats;
    QLabel *m_pending;
    QLabel *m_price;
    QLabel *m_interval;
    QLabel *m_period;
    QLabel *m_renewal;
    QLabel *m_totalLabel;
    QLabel *m_total;
    QToolButton *m_changeSeats;
};
