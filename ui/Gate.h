#pragma once

#include "domain/Permissions.h"

#include <QString>

class OrgSession;
class QObject;
class QAction;
class QWidget;

// Enables an action or control, or disables it with a tooltip that says why (DESIGN.md:
// offline, every write is disabled "with a tooltip that says why"; rights come from the
// permission matrix). The first call remembers the control's own tooltip, and later calls
// append the reason to it: "Invite a member by email — You are offline. …".
namespace Gate {

// Why the session cannot make this write now (signed out, offline, the role), or empty.
QString reason(const OrgSession *session, domain::Action action);

void apply(QAction *action, const QString &reason);
void apply(QWidget *widget, const QString &reason);

// The reason an action or widget was last disabled with, or empty when it is enabled.
QString reasonOf(const QObject *control);

} // namespace Gate
