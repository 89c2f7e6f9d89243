#pragma once

#include "domain/Invitation.h"

#include <QString>

class Mailer;

// The invitation email: names the org, the inviter and the role, and carries the one-time
// token as text and inside the orgdesk:// link that opens the desktop app.
class InvitationMail
{
public:
    static QString acceptLink(const QString &publicUrl, const QString &token);
    // Throws ApiError mail_unavailable when the mail cannot be handed over.
    static void send(Mailer &mailer, const domain::Invitation &invitation, const QString &orgName,
                     const QString &publicUrl, const QString &token);
};
