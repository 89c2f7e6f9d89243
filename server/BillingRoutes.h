#pragma once

class ApiContext;
class Router;

// The Billing tab: subscription and seats, invoices, payment methods, portal.
class BillingRoutes
{
public:
    static void install(Router &router, ApiContext &context);
};
