#include "domain/ServerUrl.h"

namespace domain {

QString normalizedServerUrl(const QUrl &server)
{
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    const QString scheme = url.scheme().toLower();
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    if (url.port() == defaultPort)
        url.setPort(-1);
    // StripTrailingSlash leaves a lone "/" in place: "https://h/" must be "https://h".
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace domain
