#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

std::optional<int> CommandLine::parse(const QCoreApplication &app, CommandLine &into)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Desktop administration for your monitoring organization."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("CommandLine", "The OrgDesk server to use."),
                                    QStringLiteral("URL"));
    const QCommandLineOption email(QStringLiteral("email"),
                                   QCoreApplication::translate("CommandLine", "The account to sign in with."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption offline(
        QStringLiteral("offline"),
        QCoreApplication::translate("CommandLine", "Show the offline copy only; send nothing until you go online."));
    parser.addOptions({server, email, offline});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate("CommandLine", "An orgdesk://accept-invitation link from an invitation email."),
        QStringLiteral("[orgdesk://…]"));
    parser.process(app); // --help and --version exit here, as every Qt tool does

    if (parser.isSet(server)) {
        const QUrl url = QUrl::fromUserInput(parser.value(server));
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            std::fprintf(stderr, "orgdesk: --server needs an http:// or https:// address, not '%s'\n",
                         qPrintable(parser.value(server)));
            return 2;
        }
        into.server = url;
    }
    into.email = parser.value(email).trimmed();
    into.offline = parser.isSet(offline);
    const QStringList links = parser.positionalArguments();
    for (const QString &link : links) {
        if (link.startsWith(QLatin1String("orgdesk:"), Qt::CaseInsensitive)) {
            into.invitation = link;
        } else {
            std::fprintf(stderr, "orgdesk: '%s' is not an orgdesk:// link\n", qPrintable(link));
            return 2;
        }
    }
    into.password = qEnvironmentVariable("ORGDESK_PASSWORD");
    // Child processes (a browser opened for the billing portal, …) must not inherit it.
    qunsetenv("ORGDESK_PASSWORD");
    return std::nullopt;
}
