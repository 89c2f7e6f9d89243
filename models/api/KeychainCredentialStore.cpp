#include "api/KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

namespace {

// Jobs get no parent: QtKeychain's backends may call back into a job after its owner is
// gone, so each job deletes itself when it has finished (autoDelete) and reports to this
// store only while the store lives (connection context).
template<typename JobType> JobType *newJob(const QString &key)
{
    auto *job = new JobType(KeychainCredentialStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    return job;
}

} // namespace

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::serviceName()
{
    return QStringLiteral("OrgDesk");
}

bool KeychainCredentialStore::sessionBusConfigured()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(QDir(runtimeDir).filePath(QStringLiteral("bus")));
#else
    return true;
#endif
}

template<typename Report> bool KeychainCredentialStore::answerNoBackend(Report report)
{
    if (sessionBusConfigured())
        return false;
    QMetaObject::invokeMethod(
        this, [report] { report(Status::NoBackend); }, Qt::QueuedConnection);
    return true;
}

CredentialStore::Status KeychainCredentialStore::statusFor(int keychainError)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::NoBackend;
    default:
        return Status::Failed;
    }
}

void KeychainCredentialStore::writeToken(const QUrl &server, const QString &email, const QString &token)
{
    if (answerNoBackend([this](Status status) { emit written(status); }))
        return;
    auto *job = newJob<QKeychain::WritePasswordJob>(entryKey(server, email));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        const Status status = statusFor(done->error());
        if (status != Status::Ok)
            qCWarning(lcCredentials) << "cannot store the session token:" << done->errorString();
        QMetaObject::invokeMethod(
            this, [this, status] { emit written(status); }, Qt::QueuedConnection);
    });
    job->start();
}

void KeychainCredentialStore::readToken(const QUrl &server, const QString &email)
{
    if (answerNoBackend([this](Status status) { emit tokenRead(status, QString()); }))
        return;
    auto *job = newJob<QKeychain::ReadPasswordJob>(entryKey(server, email));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        const Status status = statusFor(done->error());
        QString token;
        if (status == Status::Ok)
            token = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        else if (status != Status::NotFound)
            qCWarning(lcCredentials) << "cannot read the session token:" << done->errorString();
        QMetaObject::invokeMethod(
            this, [this, status, token] { emit tokenRead(status, token); }, Qt::QueuedConnection);
    });
    job->start();
}

void KeychainCredentialStore::deleteToken(const QUrl &server, const QString &email)
{
    if (answerNoBackend([this](Status status) { emit deleted(status); }))
        return;
    auto *job = newJob<QKeychain::DeletePasswordJob>(entryKey(server, email));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        Status status = statusFor(done->error());
        if (status == Status::NotFound)
            status = Status::Ok; // gone either way
        if (status != Status::Ok)
            qCWarning(lcCredentials) << "cannot delete the session token:" << done->errorString();
        QMetaObject::invokeMethod(
            this, [this, status] { emit deleted(status); }, Qt::QueuedConnection);
    });
    job->start();
}
