#pragma once

class ApiContext;
class Router;

// The General tab: /orgs/{org}, its logo, leave and delete.
class OrgRoutes
{
public:
    static void install(Router &router, ApiContext &context);
};
