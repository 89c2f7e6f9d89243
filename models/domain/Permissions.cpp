#include "domain/Permissions.h"

namespace domain {

namespace {

// Bit i set: the role with rank i may perform the action. Columns in API.md's order:
// admin, manager, user, observer, business.
constexpr unsigned roles(bool admin, bool manager, bool user, bool observer, bool business)
{
    return (admin ? 1u : 0u) | (manager ? 2u : 0u) | (user ? 4u : 0u) | (observer ? 8u : 0u) | (business ? 16u : 0u);
}

constexpr unsigned kEveryone = roles(true, true, true, true, true);
constexpr unsigned kAdminOnly = roles(true, false, false, false, false);
constexpr unsigned kAdminManager = roles(true, true, false, false, false);
constexpr unsigned kAdminBusiness = roles(true, false, false, false, true);
constexpr unsigned kMemberViewers = roles(true, true, true, true, false);

struct Rule
{
    Action action;
    const char *name;
    unsigned allowed;
};

// The matrix of API.md, one row per action, in the enum's order.
constexpr Rule kMatrix[kActionCount] = {
    {Action::ViewOrg, "viewOrg", kEveryone},
    {Action::LeaveOrg, "leaveOrg", kEveryone},
    {Action::ReadChanges, "readChanges", kEveryone},
    {Action::EditOrg, "editOrg", kAdminOnly},
    {Action::DeleteOrg, "deleteOrg", kAdminOnly},
    {Action::ViewMembers, "viewMembers", kMemberViewers},
    {Action::InviteMember, "inviteMember", kAdminManager},
    {Action::ViewInvitations, "viewInvitations", kAdminManager},
    {Action::ResendInvitation, "resendInvitation", kAdminManager},
    {Action::RevokeInvitation, "revokeInvitation", kAdminManager},
    {Action::ChangeMemberRole, "changeMemberRole", kAdminOnly},
    {Action::RemoveMember, "removeMember", kAdminOnly},
    {Action::ViewApiKeys, "viewApiKeys", kAdminManager},
    {Action::GenerateApiKey, "generateApiKey", kAdminManager},
    {Action::EditApiKey, "editApiKey", kAdminManager},
    {Action::ToggleApiKey, "toggleApiKey", kAdminManager},
    {Action::DeleteApiKey, "deleteApiKey", kAdminManager},
    {Action::ViewBilling, "viewBilling", kAdminBusiness},
    {Action::ChangeSeats, "changeSeats", kAdminOnly},
    {Action::SetDefaultPaymentMethod, "setDefaultPaymentMethod", kAdminOnly},
    {Action::RemovePaymentMethod, "removePaymentMethod", kAdminOnly},
    {Action::OpenBillingPortal, "openBillingPortal", kAdminOnly},
};

static_assert(kMatrix[kActionCount - 1].action == Action::OpenBillingPortal,
              "the matrix must list every action in the enum's order");

} // namespace

bool Permissions::can(Role role, Action action)
{
    return (kMatrix[static_cast<int>(action)].allowed >> roleRank(role)) & 1u;
}

bool Permissions::canManageInvitationFor(Role inviter, Role invitedRole)
{
    if (!can(inviter, Action::InviteMember))
        return false;
    return invitedRole != Role::Admin || inviter == Role::Admin;
}

bool Permissions::canView(Role role, ChangeEntity entity)
{
    switch (entity) {
    case ChangeEntity::Org:
        return can(role, Action::ViewOrg);
    case ChangeEntity::Member:
        return can(role, Action::ViewMembers);
    case ChangeEntity::Invitation:
        return can(role, Action::ViewInvitations);
    case ChangeEntity::ApiKey:
        return can(role, Action::ViewApiKeys);
    case ChangeEntity::Subscription:
    case ChangeEntity::Invoice:
    case ChangeEntity::PaymentMethod:
        return can(role, Action::ViewBilling);
    }
    return false;
}

QString Permissions::actionName(Action action)
{
    return QLatin1String(kMatrix[static_cast<int>(action)].name);
}

} // namespace domain
