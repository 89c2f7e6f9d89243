#pragma once

class ApiContext;
class Router;

// The API Keys tab.
class ApiKeyRoutes
{
public:
    static void install(Router &router, ApiContext &context);
};
