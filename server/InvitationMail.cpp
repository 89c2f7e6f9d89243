#include "InvitationMail.h"

#include "ApiError.h"
#include "Mailer.h"

#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

QString InvitationMail::acceptLink(const QString &publicUrl, const QString &token)
{
    QUrl link;
    link.setScheme(QStringLiteral("orgdesk"));
    link.setHost(QStringLiteral("accept-invitation"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("server"), QString::fromUtf8(QUrl::toPercentEncoding(publicUrl)));
    query.addQueryItem(QStringLiteral("token"), token);
    link.setQuery(query);
    return link.toString(QUrl::FullyEncoded);
}

void InvitationMail::send(Mailer &mailer, const domain::Invitation &invitation, const QString &orgName,
                          const QString &publicUrl, const QString &token)
{
    const QString role = domain::roleToString(invitation.role);
    MailMessage message;
    message.to = invitation.email;
    message.subject = QStringLiteral("%1 invited you to %2 on OrgDesk").arg(invitation.invitedBy.name, orgName);
    message.textBody
        = QStringLiteral("Hello,\n\n"
                         "%1 has invited you to join the organization \"%2\" on OrgDesk as %3 (role: %4).\n\n"
                         "To accept, open this link on a computer with the OrgDesk desktop app:\n\n"
                         "%5\n\n"
                         "Or choose \"Accept an invitation\" on OrgDesk's sign-in screen and paste this token:\n\n"
                         "%6\n\n"
                         "Server: %7\n"
                         "The invitation expires on %8 (UTC) and works once.\n\n"
                         "If you did not expect this invitation, you can ignore this email.\n")
              .arg(invitation.invitedBy.name, orgName,
                   invitation.role == domain::Role::Admin ? QStringLiteral("an admin") : QStringLiteral("a ") + role,
                   role, acceptLink(publicUrl, token), token, publicUrl,
                   QLocale::c().toString(invitation.expiresAt.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")));
    QString error;
    if (!mailer.send(message, &error))
        throw ApiError(
            domain::ProblemCode::MailUnavailable,
            QStringLiteral("The invitation email could not be sent, so nothing was saved: %1 Try again later.")
                .arg(error));
}
