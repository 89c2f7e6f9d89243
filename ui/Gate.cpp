#include "Gate.h"

#include "OrgSession.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace {

const char kBaseToolTip[] = "orgdesk_baseToolTip";
const char kReason[] = "orgdesk_disabledReason";

QString combined(QObject *control, const QString &current, const QString &reason)
{
    QVariant base = control->property(kBaseToolTip);
    if (!base.isValid()) {
        base = current;
        control->setProperty(kBaseToolTip, base);
    }
    control->setProperty(kReason, reason);
    const QString own = base.toString();
    if (reason.isEmpty())
        return own;
    return own.isEmpty()
        ? reason
        : QObject::tr("%1 — %2", "tooltip: what the control does — why it is disabled").arg(own, reason);
}

} // namespace

namespace Gate {

QString reason(const OrgSession *session, domain::Action action)
{
    return session ? session->whyNot(action) : QObject::tr("Sign in to make changes.");
}

void apply(QAction *action, const QString &reason)
{
    action->setToolTip(combined(action, action->toolTip(), reason));
    action->setEnabled(reason.isEmpty());
}

void apply(QWidget *widget, const QString &reason)
{
    widget->setToolTip(combined(widget, widget->toolTip(), reason));
    widget->setEnabled(reason.isEmpty());
}

QString reasonOf(const QObject *control)
{
    return control->property(kReason).toString();
}

} // namespace Gate
