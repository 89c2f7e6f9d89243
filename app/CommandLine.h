#pragma once

#include <QString>
#include <QUrl>

#include <optional>

class QCoreApplication;

// What `orgdesk [--server URL] [--email EMAIL] [--offline] [orgdesk://…]` asked for
// (DESIGN.md, "Command line"). The password never comes from the command line (it would
// show in `ps`): it comes from the credential store, else ORGDESK_PASSWORD, else the dialog.
struct CommandLine
{
    QUrl server;
    QString email;
    bool offline = false;
    QString invitation; // an orgdesk://accept-invitation?… link, when launched with one
    QString password; // from ORGDESK_PASSWORD (then removed from the environment)

    // Parses the application's arguments; on --help, --version or an error it prints and
    // returns the exit code to leave with.
    static std::optional<int> parse(const QCoreApplication &app, CommandLine &into);
};
