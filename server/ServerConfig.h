#pragma once

#include <QHostAddress>
#include <QString>

// The command line of API.md, plus what docs/api-decisions.md adds.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString database = QStringLiteral("sqlite:orgdesk.db");
    bool seedDemo = false;
    int members = 200;
    QString outbox; // empty: outbox/ beside the database
    QString smtpHost;
    quint16 smtpPort = 0;
    QString publicUrl; // empty: the address we listen on
    QString mailFrom = QStringLiteral("OrgDesk <no-reply@orgdesk.invalid>");
    qint64 sessionTtl = 30LL * 24 * 3600;
    qint64 retention = 30LL * 24 * 3600;

    // Parses the arguments; on error returns false with a sentence in *error.
    bool parse(const QStringList &arguments, QString *error);
    static QString usage();
};
