#include "InvitationLink.h"

#include <QUrlQuery>

std::optional<InvitationLink> InvitationLink::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("odi_")) && !trimmed.contains(QLatin1Char(' ')))
        return InvitationLink {QUrl(), trimmed};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("orgdesk") || url.host() != QLatin1String("accept-invitation"))
        return std::nullopt;
    const QUrlQuery query(url);
    const QString token = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const QUrl server(query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded), QUrl::StrictMode);
    if (!token.startsWith(QLatin1String("odi_")))
        return std::nullopt;
    if (!server.isEmpty()
        && (!server.isValid()
            || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))))
        return std::nullopt;
    return InvitationLink {server, token};
}
