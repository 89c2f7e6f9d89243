#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// What the invitee pastes: the orgdesk://accept-invitation?server=…&token=… link from the
// invitation email, or the bare odi_ token.
struct InvitationLink
{
    QUrl server; // empty when a bare token was given
    QString token;

    // Nothing for text that is neither (another scheme, a token without odi_, a server that
    // is not http(s)).
    static std::optional<InvitationLink> parse(const QString &text);
};
