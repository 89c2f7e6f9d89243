// orgdesk: the desktop app. Wiring only (STYLE.md): names, command line, settings, the
// credential store, the session and the window.
#include "CommandLine.h"
#include "MainWindow.h"
#include "OrgSession.h"
#include "SingleInstance.h"
#include "Startup.h"
#include "Translations.h"
#include "api/CredentialStore.h"

#include <QApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrgDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("orgdesk.app"));
    QApplication::setApplicationName(QStringLiteral("orgdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("OrgDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ORGDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("orgdesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("orgdesk"), QIcon(QStringLiteral(":/orgdesk.svg"))));

    QSettings settings;
    // The language first, so that even --help speaks it: the system's, or View › Language.
    Translations::install(&app, Translations::chosen(settings));

    CommandLine commandLine;
    if (const auto exitCode = CommandLine::parse(app, commandLine))
        return *exitCode;

    // A second start hands its link (or just "show yourself") to the running OrgDesk.
    SingleInstance instance(settings.fileName());
    if (instance.forward(commandLine.invitation.isEmpty() ? QStringLiteral("activate") : commandLine.invitation))
        return 0;
    instance.listen();
    QNetworkAccessManager network;
    // Asks the OS keychain once, before any window: without one, nothing is stored and the
    // password is asked at every start.
    const std::unique_ptr<CredentialStore> credentials = makeCredentialStore();
    OrgSession session(&network, credentials.get(), OrgSession::Options {});

    MainWindow window(&session, &settings);
    window.show();

    Startup startup(&session, &window, &settings);
    app.installEventFilter(&startup);
    QObject::connect(&instance, &SingleInstance::messageReceived, &startup, &Startup::open);
    startup.run(commandLine);
    return app.exec();
}
