#pragma once

#include "support/ServerHarness.h"

#include <QHostAddress>
#include <QTcpServer>

// A port that was free a moment ago, for a server that must come back where it was.
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A server on a database and port of the test's choosing, so that it can be killed and
// started again in the same place. `seed` fills the database the first time.
inline ServerOptions pinnedServer(const QString &databaseUrl, quint16 port, bool seed, int members = 20)
{
    ServerOptions options;
    options.seedDemo = seed;
    options.members = members;
    options.sharedDatabase = databaseUrl;
    options.extraArgs << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:%1").arg(port);
    return options;
}
