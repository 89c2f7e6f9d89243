#pragma once

#include <QWidget>

class MessageBar;
class OrgSession;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

// The pending invitations of the Members tab (email, role, invited by, expires, status), with
// Resend and Revoke (after confirmation). Both are gated by the permission matrix and by
// whether the user may manage an invitation for that role (a manager may not touch one for
// Admin). Shown only to roles that may view invitations.
class InvitationsPanel : public QWidget
{
    Q_OBJECT
public:
    InvitationsPanel(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);

    QAction *resendAction() const { return m_resend; }
    QAction *revokeAction() const { return m_revoke; }
    QTableView *table() const { return m_table; }
    // The panel's focusable widgets in tab order.
    QList<QWidget *> tabChain() const;

    // The id of the selected invitation, or empty.
    QString selectedId() const;
    bool selectInvitation(const QString &email);

    // Re-evaluates visibility and the actions; `pageActive`: the Members tab is current.
    void updateActions(bool pageActive);

    void resendSelected();
    void revokeSelected();

signals:
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString reasonFor(bool pageActive, int action) const;
    void updateCount();

    OrgSession *m_session;
    MessageBar *m_messages;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QSortFilterProxyModel *m_sorted;
    QAction *m_resend;
    QAction *m_revoke;
    QToolButton *m_resendButton;
    QToolButton *m_revokeButton;
};
