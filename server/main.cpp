#include "ApiContext.h"
#include "ApiError.h"
#include "ApiKeyRoutes.h"
#include "AuthRoutes.h"
#include "BillingRoutes.h"
#include "ChangeRoutes.h"
#include "Clock.h"
#include "Crypto.h"
#include "HttpServer.h"
#include "InvitationRoutes.h"
#include "Mailer.h"
#include "MemberRoutes.h"
#include "OrgRoutes.h"
#include "Seeder.h"
#include "ServerConfig.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <unistd.h>

#include <csignal>
#include <cstdio>

Q_LOGGING_CATEGORY(lcServer, "orgdesk.server")

namespace {
int signalPipe[2] = {-1, -1};

// Only write(2) is safe in a signal handler; the event loop reads the pipe and quits.
void quitOnSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void prune(Store &store, const ServerConfig &config)
{
    try {
        const qint64 now = Clock::now();
        store.changes().prune(now, config.retention);
        store.auth().prune(now, 60);
    } catch (const DatabaseError &error) {
        qCWarning(lcServer) << "pruning failed:" << error.message();
    }
}

// Billing periods end whether or not anyone asks: renew them at start and every minute.
void renewSubscriptions(Store &store)
{
    try {
        if (const int renewed = store.billing().renewDue(Clock::now()))
            qCInfo(lcServer) << "renewed" << renewed << "subscription(s) whose period had ended";
    } catch (const DatabaseError &error) {
        qCWarning(lcServer) << "renewing subscriptions failed:" << error.message();
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orgdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}W %{endif}%{if-critical}E %{endif}"
                                      "%{category}: %{message}"));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        std::fputs(qPrintable(ServerConfig::usage()), stdout);
        return 0;
    }
    if (arguments.contains(QLatin1String("--version"))) {
        std::printf("orgdesk-server %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    ServerConfig config;
    QString error;
    if (!config.parse(arguments, &error)) {
        std::fprintf(stderr, "orgdesk-server: %s\n\n%s", qPrintable(error), qPrintable(ServerConfig::usage()));
        return 2;
    }
    if (!Crypto::initialize()) {
        std::fprintf(stderr, "orgdesk-server: libsodium could not start.\n");
        return 1;
    }

    std::unique_ptr<Store> store;
    try {
        store = std::make_unique<Store>(config.database);
        if (config.seedDemo) {
            QElapsedTimer timer;
            timer.start();
            if (Seeder(*store).seedDemo(config.members))
                qCInfo(lcServer) << "seeded the demo data in" << timer.elapsed() << "ms";
            else
                qCInfo(lcServer) << "the database already has data; --seed demo left it as it is";
        }
    } catch (const DatabaseError &e) {
        std::fprintf(stderr, "orgdesk-server: %s\n", qPrintable(e.message()));
        return 1;
    }

    std::unique_ptr<Mailer> mailer = config.smtpHost.isEmpty()
        ? Mailer::createOutbox(config.outbox, config.mailFrom)
        : Mailer::createSmtp(config.smtpHost, config.smtpPort, config.mailFrom);

    auto server = std::make_unique<HttpServer>();
    const quint16 port = server->listen(config.listenAddress, config.listenPort);
    if (port == 0) {
        std::fprintf(stderr, "orgdesk-server: cannot listen on %s:%u (in use, or not an address of this machine).\n",
                     qPrintable(config.listenAddress.toString()), config.listenPort);
        return 1;
    }
    const QString host = config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + config.listenAddress.toString() + QLatin1Char(']')
        : config.listenAddress.toString();
    const QString address = QStringLiteral("http://%1:%2").arg(host).arg(port);
    ApiContext context(*store, config, *mailer, config.publicUrl.isEmpty() ? address : config.publicUrl);
    Router router;
    AuthRoutes::install(router, context);
    OrgRoutes::install(router, context);
    MemberRoutes::install(router, context);
    InvitationRoutes::install(router, context);
    ApiKeyRoutes::install(router, context);
    BillingRoutes::install(router, context);
    ChangeRoutes::install(router, context);
    server->setRouter(std::move(router));

    prune(*store, config);
    renewSubscriptions(*store);
    QTimer renewTimer;
    renewTimer.setInterval(60 * 1000);
    QObject::connect(&renewTimer, &QTimer::timeout, &app, [&] { renewSubscriptions(*store); });
    renewTimer.start();
    QTimer pruneTimer;
    pruneTimer.setInterval(int(std::min<qint64>(config.retention, 3600) * 1000));
    QObject::connect(&pruneTimer, &QTimer::timeout, &app, [&] { prune(*store, config); });
    pruneTimer.start();

    if (::pipe(signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, quitOnSignal);
        std::signal(SIGINT, quitOnSignal);
    }

    std::printf("listening on %s\n", qPrintable(address));
    std::fflush(stdout);
    const int status = app.exec();
    server.reset();
    return status;
}
