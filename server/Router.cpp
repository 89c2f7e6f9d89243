#include "Router.h"

#include "ApiError.h"

void Router::add(const char *method, const QString &pattern, Handler handler)
{
    QRegularExpression expression(QLatin1Char('^') + pattern + QLatin1Char('$'));
    expression.optimize();
    m_routes.push_back({QByteArray(method), expression, std::move(handler)});
}

HttpResponse Router::dispatch(HttpRequest &request) const
{
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        request.params = match.capturedTexts().mid(1);
        return route.handler(request);
    }
    if (allowed.isEmpty())
        throw ApiError(domain::ProblemCode::NotFound, QStringLiteral("There is nothing at %1.").arg(request.path));
    throw ApiError(domain::ProblemCode::MethodNotAllowed,
                   QStringLiteral("%1 does not accept %2; it accepts %3.")
                       .arg(request.path, QString::fromLatin1(request.method), QString::fromLatin1(allowed.join(", "))),
                   {}, 0);
}

QByteArray Router::allowedMethods(const QString &path) const
{
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        if (route.pattern.match(path).hasMatch() && !allowed.contains(route.method))
            allowed.append(route.method);
    }
    return allowed.join(", ");
}
