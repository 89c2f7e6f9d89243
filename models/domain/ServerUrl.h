#pragma once

#include <QString>
#include <QUrl>

namespace domain {

// A server's address as the client keys what it keeps per server by (cache files, stored
// tokens, the account index): scheme and host lower-cased, no user info, query, fragment,
// default port or trailing slash. "HTTPS://Desk.Test:443/" and "https://desk.test" are one.
QString normalizedServerUrl(const QUrl &server);

} // namespace domain
