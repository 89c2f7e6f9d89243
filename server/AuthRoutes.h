#pragma once

class ApiContext;
class Router;

// /auth/login, /auth/logout, /me, /agent/ping, POST /orgs, /invitations/accept, /healthz.
class AuthRoutes
{
public:
    static void install(Router &router, ApiContext &context);
};
