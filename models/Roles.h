#pragma once

#include <Qt>

// Every custom item role of the OrgDesk models, in one enum so that no two models ever give
// one number two meanings. Status roles come first; the rest are fields. Append only: a
// number, once released, keeps its meaning (delegates and saved state rely on it).
namespace ItemRoles {
enum : int {
    // Status roles (every keyed list model answers them)
    IdRole = Qt::UserRole + 1, // QString: the server id (userId for members)
    IsPendingRole, // bool: an optimistic change to this row awaits the server (setPending)
    IsStaleRole, // bool: the row comes from the offline cache and may be out of date

    // Field roles. Dates are QDateTime (UTC), money is qint64 minor units.
    NameRole, // QString: member name, API key name
    EmailRole, // QString: member or invitation email
    MemberRoleRole, // int: domain::Role (0 admin … 4 business), for members and invitations
    RoleNameRole, // QString: the role's wire name ("admin", …), not translated
    JoinedAtRole, // QDateTime: member joined
    DescriptionRole, // QString: API key description
    EnabledRole, // bool: API key enabled
    PrefixRole, // QString: API key prefix (the secret's first 12 characters)
    CreatedAtRole, // QDateTime: API key or invitation created
    CreatedByRole, // QString: name of the person who created the API key
    LastUsedAtRole, // QDateTime: API key last used; null QDateTime when never used
    InvitedByRole, // QString: name of the person who sent the invitation
    ExpiresAtRole, // QDateTime: invitation expiry
    IsExpiredRole, // bool: invitation expired now (computed against the model's clock)
    NumberRole, // QString: invoice number
    IssuedAtRole, // QDateTime: invoice issued
    PeriodStartRole, // QDateTime: invoice period start
    PeriodEndRole, // QDateTime: invoice period end
    AmountRole, // qint64: invoice amount in minor units
    CurrencyRole, // QString: ISO 4217 code
    StatusRole, // QString: wire status ("pending"/"expired", "paid"/"open"/"void")
    BrandRole, // QString: card brand as the server names it ("visa", …)
    Last4Role, // QString: card's last four digits
    ExpMonthRole, // int: card expiry month 1–12
    ExpYearRole, // int: card expiry year
    IsDefaultRole, // bool: the default card
    LinesRole, // QList<domain::InvoiceLine> as a QVariant: the invoice's lines
    // The value a column sorts by (case-folded text, QDateTime, rank, minor units), for a
    // QSortFilterProxyModel::setSortRole over the short lists.
    SortKeyRole,
    CreatedByIdRole, // QString: user id of the person who created the API key
    InvitedByIdRole, // QString: user id of the person who sent the invitation
};
} // namespace ItemRoles
