#pragma once

#include "domain/Subscription.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class ApiError;
class ChangeSeatsRequest;
class OrgSession;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

// Changes the number of seats (Billing › Change Seats…). The spin box (1–10000) says, as the
// value changes, what the change would do: an increase "applies now, prorated" (an estimate
// of the charge for the rest of the period and the new recurring total), a decrease takes
// effect "from the next period" (its date); the current number changes nothing, so the
// button stays disabled. The server's refusal is shown here with the value kept; on success
// the dialog closes and emits changed(). Open it with open().
class SeatsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SeatsDialog(OrgSession *session, QWidget *parent = nullptr);

    int seats() const;
    bool isBusy() const { return !m_request.isNull(); }
    QSpinBox *spinBox() const { return m_spin; }
    QPushButton *changeButton() const { return m_change; }
    // The headline ("Applies now, prorated", "From the next period, 1 Jan 2027", …) and the
    // sentences under it.
    QString headline() const;
    QString explanation() const;
    // The server's answer to the last attempt, empty when none failed.
    QString errorText() const;

signals:
    // The server accepted the change: the subscription before and after it.
    void changed(const domain::Subscription &before, const domain::Subscription &after);

public slots:
    void accept() override;

private:
    void updateState();
    void onFailed(const ApiError &error);

    OrgSession *m_session;
    domain::Subscription m_subscription;
    QLabel *m_current;
    QSpinBox *m_spin;
    QLabel *m_headline;
    QLabel *m_explanation;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_change;
    QPointer<ChangeSeatsRequest> m_request;
};
