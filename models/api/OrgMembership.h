#pragma once

#include "domain/Role.h"

#include <QString>

// One org the signed-in user belongs to, as GET /me lists it.
struct OrgMembership
{
    QString id;
    QString name;
    domain::Role role = domain::Role::User;

    bool operator==(const OrgMembership &other) const
    {
        return id == other.id && name == other.name && role == other.role;
    }
};
