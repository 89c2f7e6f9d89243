#pragma once

class ApiContext;
class Router;

// Invitations of an org: list, invite (with mail), resend, revoke.
class InvitationRoutes
{
public:
    static void install(Router &router, ApiContext &context);
};
