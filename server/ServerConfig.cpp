#include "ServerConfig.h"

#include <QFileInfo>

namespace {
bool parseHostPort(const QString &text, QString *host, quint16 *port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *host = text.left(colon);
    if (host->startsWith(QLatin1Char('[')) && host->endsWith(QLatin1Char(']')))
        *host = host->mid(1, host->size() - 2);
    *port = quint16(value);
    return !host->isEmpty();
}
} // namespace

QString ServerConfig::usage()
{
    return QStringLiteral(
        "Usage: orgdesk-server [--listen HOST:PORT] [--database sqlite:PATH | postgresql://USER@HOST:PORT/DB]\n"
        "                      [--seed demo] [--members N] [--outbox DIR | --smtp HOST:PORT]\n"
        "                      [--public-url URL] [--mail-from ADDRESS]\n"
        "                      [--session-ttl SECONDS] [--retention SECONDS]\n"
        "\n"
        "The reference server of the OrgDesk Org Admin API v1.\n"
        "  --listen       address to listen on (default 127.0.0.1:8080; port 0 picks a free port)\n"
        "  --database     sqlite:PATH (default sqlite:orgdesk.db) or a PostgreSQL URL\n"
        "  --seed demo    fill an empty database with the demo organizations\n"
        "  --members N    generated members of the demo org (default 200)\n"
        "  --outbox DIR   write mail as .eml files here (default outbox/ beside the database)\n"
        "  --smtp H:P     send mail through this SMTP relay instead\n"
        "  --public-url   the address clients reach this server at (default the listen address)\n"
        "  --mail-from    the From of invitation mail\n"
        "  --session-ttl  session token lifetime in seconds (default 2592000)\n"
        "  --retention    seconds the changes feed keeps deletions (default 2592000)\n");
}

bool ServerConfig::parse(const QStringList &arguments, QString *error)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("%1 needs a value.").arg(arg);
                return false;
            }
            *out = arguments.at(++i);
            return true;
        };
        auto number = [&](qint64 *out, qint64 min, qint64 max) {
            QString text;
            if (!value(&text))
                return false;
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok || n < min || n > max) {
                *error = QStringLiteral("%1 takes a whole number from %2 to %3, not \"%4\".")
                             .arg(arg)
                             .arg(min)
                             .arg(max)
                             .arg(text);
                return false;
            }
            *out = n;
            return true;
        };
        QString text;
        if (arg == QLatin1String("--listen")) {
            QString host;
            if (!value(&text))
                return false;
            if (!parseHostPort(text, &host, &listenPort) || listenAddress.setAddress(host) == false) {
                if (host == QLatin1String("localhost")) {
                    listenAddress = QHostAddress::LocalHost;
                } else {
                    *error = QStringLiteral("--listen takes HOST:PORT with a numeric address, such as 127.0.0.1:8080.");
                    return false;
                }
            }
        } else if (arg == QLatin1String("--database")) {
            if (!value(&database))
                return false;
        } else if (arg == QLatin1String("--seed")) {
            if (!value(&text))
                return false;
            if (text != QLatin1String("demo")) {
                *error = QStringLiteral("--seed knows only \"demo\".");
                return false;
            }
            seedDemo = true;
        } else if (arg == QLatin1String("--members")) {
            qint64 n = 0;
            if (!number(&n, 0, 10000000))
                return false;
            members = int(n);
        } else if (arg == QLatin1String("--outbox")) {
            if (!value(&outbox))
                return false;
        } else if (arg == QLatin1String("--smtp")) {
            if (!value(&text))
                return false;
            if (!parseHostPort(text, &smtpHost, &smtpPort)) {
                *error = QStringLiteral("--smtp takes HOST:PORT, such as 127.0.0.1:25.");
                return false;
            }
        } else if (arg == QLatin1String("--public-url")) {
            if (!value(&publicUrl))
                return false;
            while (publicUrl.endsWith(QLatin1Char('/')))
                publicUrl.chop(1);
        } else if (arg == QLatin1String("--mail-from")) {
            if (!value(&mailFrom))
                return false;
        } else if (arg == QLatin1String("--session-ttl")) {
            if (!number(&sessionTtl, 1, 10LL * 365 * 24 * 3600))
                return false;
        } else if (arg == QLatin1String("--retention")) {
            if (!number(&retention, 1, 10LL * 365 * 24 * 3600))
                return false;
        } else {
            *error = QStringLiteral("Unknown option %1.").arg(arg);
            return false;
        }
    }
    if (!smtpHost.isEmpty() && !outbox.isEmpty()) {
        *error = QStringLiteral("Give either --outbox or --smtp, not both.");
        return false;
    }
    if (outbox.isEmpty() && smtpHost.isEmpty()) {
        if (database.startsWith(QLatin1String("sqlite:")))
            outbox = QFileInfo(database.mid(7)).absolutePath() + QStringLiteral("/outbox");
        else
            outbox = QStringLiteral("outbox");
    }
    return true;
}
