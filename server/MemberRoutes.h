#pragma once

class ApiContext;
class Router;

// The Members tab: pages, role changes and removal.
class MemberRoutes
{
public:
    static void install(Router &router, ApiContext &context);
};
