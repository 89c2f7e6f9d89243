#pragma once

class ApiContext;
class Router;

// GET /orgs/{org}/changes: the sync feed.
class ChangeRoutes
{
public:
    static void install(Router &router, ApiContext &context);
};
