#include "api/CredentialStore.h"

#include "domain/ServerUrl.h"

#include "api/KeychainCredentialStore.h"
#include "api/MemoryCredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <optional>

Q_LOGGING_CATEGORY(lcCredentials, "orgdesk.credentials", QtInfoMsg)

QString CredentialStore::entryKey(const QUrl &server, const QString &email)
{
    return domain::normalizedServerUrl(server) + QLatin1Char('|') + email.trimmed().toLower();
}

std::unique_ptr<CredentialStore> makeCredentialStore(int probeTimeoutMs)
{
    if (!KeychainCredentialStore::sessionBusConfigured()) {
        qCInfo(lcCredentials) << "no D-Bus session bus: the session token is kept in memory only";
        return std::make_unique<MemoryCredentialStore>();
    }
    // Read an entry that is never written: "not found" proves a working store without
    // touching anything (and without an unlock prompt).
    auto *job = new QKeychain::ReadPasswordJob(KeychainCredentialStore::serviceName());
    job->setAutoDelete(true); // also when the probe gives up waiting: the job ends on its own
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("orgdesk-probe"));
    std::optional<QKeychain::Error> result;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&result, &loop](QKeychain::Job *done) {
        result = done->error();
        loop.quit();
    });
    QTimer::singleShot(probeTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();

    if (result && (*result == QKeychain::NoError || *result == QKeychain::EntryNotFound))
        return std::make_unique<KeychainCredentialStore>();
    qCInfo(lcCredentials) << "no credential store answered"
                          << (result ? QStringLiteral("(error %1)").arg(int(*result)) : QStringLiteral("(timeout)"))
                          << "- the session token is kept in memory only";
    return std::make_unique<MemoryCredentialStore>();
}
