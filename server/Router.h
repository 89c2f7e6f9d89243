#pragma once

#include "HttpMessage.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

// Maps method + path to a handler. Patterns are regular expressions over the path whose
// capture groups become HttpRequest::params. A path that matches with another method
// answers 405 with Allow; a path that matches nothing answers 404.
class Router
{
public:
    using Handler = std::function<HttpResponse(HttpRequest &request)>;

    void add(const char *method, const QString &pattern, Handler handler);
    // Runs the matching handler; throws ApiError for 404 and 405.
    HttpResponse dispatch(HttpRequest &request) const;
    // The methods the path accepts, for a 405's Allow header.
    QByteArray allowedMethods(const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    std::vector<Route> m_routes;
};
