#include "cache/CacheFiles.h"

#include "domain/ServerUrl.h"

#include "cache/CacheLogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace {

constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

QString brokenPrefix(const QString &fileName)
{
    return fileName + QLatin1String(".broken-");
}

// Creates each missing level of `folder` owner-only; folders that exist are left alone
// (they may be the user's, e.g. /tmp).
bool makeFolder(const QString &folder, QString *error)
{
    QStringList missing;
    QFileInfo info(folder);
    while (!info.exists()) {
        missing.prepend(info.absoluteFilePath());
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    for (const QString &level : std::as_const(missing)) {
        if (!QDir().mkdir(level, kOwnerFolder) && !QFileInfo(level).isDir()) {
            *error = QCoreApplication::translate("OfflineCache", "Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(level));
            return false;
        }
    }
    return true;
}

} // namespace

const QStringList &CacheFiles::journalSuffixes()
{
    static const QStringList suffixes {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

QString CacheFiles::fileName(const QUrl &server, const QString &orgId, const QString &userId)
{
    const QString key = domain::normalizedServerUrl(server) + QLatin1Char('|') + orgId + QLatin1Char('|') + userId;
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex())
        + QLatin1String(".sqlite");
}

bool CacheFiles::prepare(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!makeFolder(info.absolutePath(), error))
        return false;
    if (info.exists()) {
        if (!info.isFile()) {
            *error
                = QCoreApplication::translate("OfflineCache", "%1 is not a file.").arg(QDir::toNativeSeparators(path));
            return false;
        }
    } else {
        // Created here with its final mode, so there is no moment when others may read it.
        // NewOnly: if another instance created it meanwhile, we only tighten it below.
        QFile file(path);
        if (file.open(QIODevice::ReadWrite | QIODevice::NewOnly, kOwnerFile)) {
            file.close();
        } else if (!QFileInfo::exists(path)) {
            *error = QCoreApplication::translate("OfflineCache", "Could not create %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
    }
    // An existing file may come from an older build or a copy with a wider mode. SQLite gives
    // the -wal and -shm it creates the database file's mode, so the file's mode is what counts.
    if (!QFile::setPermissions(path, kOwnerFile))
        qCWarning(lcCache) << "could not make" << path << "owner-only";
    for (const QString &suffix : journalSuffixes()) {
        const QString journal = path + suffix;
        if (QFileInfo::exists(journal) && !QFile::setPermissions(journal, kOwnerFile))
            qCWarning(lcCache) << "could not make" << journal << "owner-only";
    }
    return true;
}

bool CacheFiles::looksLikeSqlite(const QString &path)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // let SQLite report why it cannot be read
    const QByteArray head = file.read(magic.size());
    return head.isEmpty() || head == magic;
}

QString CacheFiles::setAside(const QString &path, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss"));
    QString target = path + QLatin1String(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QLatin1String(".broken-") + stamp + QLatin1Char('.') + QString::number(n);
    if (!QFile::rename(path, target)) {
        *error = QCoreApplication::translate("OfflineCache", "Could not move the damaged cache %1 aside.")
                     .arg(QDir::toNativeSeparators(path));
        return QString();
    }
    for (const QString &suffix : journalSuffixes()) {
        const QString journal = path + suffix;
        if (!QFileInfo::exists(journal))
            continue;
        // A journal left beside the new file would be replayed into it: if it cannot move,
        // it must go.
        if (!QFile::rename(journal, target + suffix) && !QFile::remove(journal)) {
            *error = QCoreApplication::translate("OfflineCache", "Could not move %1 aside.")
                         .arg(QDir::toNativeSeparators(journal));
            return QString();
        }
    }
    qCWarning(lcCache) << "set aside" << path << "as" << target;
    return target;
}

QStringList CacheFiles::siblings(const QString &path)
{
    QStringList files;
    const QFileInfo info(path);
    if (info.exists())
        files << info.absoluteFilePath();
    for (const QString &suffix : journalSuffixes()) {
        if (QFileInfo::exists(path + suffix))
            files << QFileInfo(path + suffix).absoluteFilePath();
    }
    // Compared by prefix rather than a name filter: a path may hold wildcard characters.
    const QString prefix = brokenPrefix(info.fileName());
    const QDir folder = info.absoluteDir();
    const QStringList names = folder.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &name : names) {
        if (name.startsWith(prefix))
            files << folder.absoluteFilePath(name);
    }
    return files;
}

bool CacheFiles::removeAll(const QString &path)
{
    bool ok = true;
    const QStringList files = siblings(path);
    for (const QString &file : files) {
        if (!QFile::remove(file) && QFileInfo::exists(file)) {
            qCWarning(lcCache) << "could not remove" << file;
            ok = false;
        }
    }
    return ok;
}
