#pragma once

#include "domain/ChangeEntity.h"
#include "domain/Role.h"

namespace domain {

// Every action of API.md's permission matrix. The server enforces these and the
// client enables, disables and explains its actions from the same table.
enum class Action {
    ViewOrg,
    LeaveOrg,
    ReadChanges,
    EditOrg, // name and logo
    DeleteOrg,
    ViewMembers,
    InviteMember,
    ViewInvitations,
    ResendInvitation,
    RevokeInvitation,
    ChangeMemberRole,
    RemoveMember,
    ViewApiKeys,
    GenerateApiKey,
    EditApiKey,
    ToggleApiKey,
    DeleteApiKey,
    ViewBilling,
    ChangeSeats,
    SetDefaultPaymentMethod,
    RemovePaymentMethod,
    OpenBillingPortal,
};

inline constexpr int kActionCount = static_cast<int>(Action::OpenBillingPortal) + 1;

class Permissions
{
public:
    // Whether a member with this role may perform the action at all.
    static bool can(Role role, Action action);
    // Whether `inviter` may invite someone as, or manage an invitation for, `invitedRole`
    // (a manager may not touch the admin role).
    static bool canManageInvitationFor(Role inviter, Role invitedRole);
    // Whether the changes feed shows this entity to the role. A caller's own member row is
    // always shown, whatever this says.
    static bool canView(Role role, ChangeEntity entity);
    // The stable name of the action, as the tests and the logs spell it.
    static QString actionName(Action action);
};

} // namespace domain
