// The session token's credential store.
//
// (1) A REAL keychain: the test starts its own D-Bus session bus and gnome-keyring-daemon
//     (Secret Service) with a fresh, unlocked login keyring under a temporary HOME /
//     XDG_DATA_HOME, points this process at that bus before the first QtKeychain call, and
//     stores, reads and deletes through QtKeychain's libsecret backend, keyed per
//     (server, email). The user's own keyring is never touched.
// (2) No D-Bus session at all: run in a child process (this same binary, with
//     ORGDESK_CREDENTIALS_CHILD set) whose environment has no bus, so that QtKeychain's
//     once-per-process backend choice cannot leak between the cases. The factory yields
//     the memory store, and nothing is written anywhere.
#include "api/CredentialStore.h"
#include "api/KeychainCredentialStore.h"
#include "api/MemoryCredentialStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using Status = CredentialStore::Status;

namespace {

const char *const kChildVariable = "ORGDESK_CREDENTIALS_CHILD";

// Every file below `root`, with its content.
QMap<QString, QByteArray> filesBelow(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        files.insert(QDir(root).relativeFilePath(path), file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return files;
}

// The variables that pick a desktop's keychain; cleared so QtKeychain takes the Secret Service.
const char *const kDesktopVariables[]
    = {"XDG_CURRENT_DESKTOP",      "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
       "GNOME_DESKTOP_SESSION_ID", "DISPLAY",         "WAYLAND_DISPLAY"};

// A private session bus with gnome-keyring-daemon on it, in a temporary home.
class PrivateKeyring
{
public:
    ~PrivateKeyring() { stop(); }

    // The bus alone (nothing answers for the Secret Service on it); this process's
    // environment is left alone.
    bool startBus(QString *error)
    {
        if (!m_root.isValid())
            return fail(error, QStringLiteral("no temporary directory"));
        for (const char *dir : {"home", "data", "config", "cache", "runtime"})
            QDir(m_root.path()).mkpath(QLatin1String(dir));
        QFile::setPermissions(path("runtime"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        // Our own bus configuration: a socket in the temporary runtime dir, no service
        // activation (so nothing but the keyring we start can answer).
        QFile config(path("bus.conf"));
        if (!config.open(QIODevice::WriteOnly))
            return fail(error, QStringLiteral("cannot write the bus configuration"));
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\""
                     " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n<busconfig>\n"
                     "  <type>session</type>\n  <listen>unix:dir="
                     + path("runtime").toUtf8()
                     + "</listen>\n  <auth>EXTERNAL</auth>\n"
                       "  <policy context=\"default\">\n    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                       "    <allow eavesdrop=\"true\"/>\n    <allow own=\"*\"/>\n  </policy>\n</busconfig>\n");
        config.close();

        m_bus.setProgram(QStringLiteral("dbus-daemon"));
        m_bus.setArguments({QStringLiteral("--config-file=") + path("bus.conf"), QStringLiteral("--nofork"),
                            QStringLiteral("--print-address=1")});
        m_bus.setProcessChannelMode(QProcess::SeparateChannels);
        m_bus.start();
        if (!m_bus.waitForStarted(10000))
            return fail(error, QStringLiteral("dbus-daemon did not start: ") + m_bus.errorString());
        QByteArray address;
        while (!address.contains('\n')) {
            if (!m_bus.waitForReadyRead(10000))
                return fail(error,
                            QStringLiteral("dbus-daemon printed no address: ")
                                + QString::fromUtf8(m_bus.readAllStandardError()));
            address += m_bus.readAllStandardOutput();
        }
        m_address = address.trimmed();
        return true;
    }

    // The bus and the keyring daemon, and this process pointed at them.
    bool start(QString *error)
    {
        if (!startBus(error))
            return false;

        // This process talks to that bus from now on (before any QtKeychain call).
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
        qputenv("HOME", path("home").toUtf8());
        qputenv("XDG_DATA_HOME", path("data").toUtf8());
        qputenv("XDG_CONFIG_HOME", path("config").toUtf8());
        qputenv("XDG_CACHE_HOME", path("cache").toUtf8());
        qputenv("XDG_RUNTIME_DIR", path("runtime").toUtf8());
        for (const char *variable : kDesktopVariables)
            qunsetenv(variable);

        // --unlock reads the login password from stdin and creates the "login" keyring
        // (the default collection) with it, unlocked. A password, so the file is encrypted.
        m_keyring.setProgram(QStringLiteral("gnome-keyring-daemon"));
        m_keyring.setArguments(
            {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        m_keyring.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        m_keyring.start();
        if (!m_keyring.waitForStarted(10000))
            return fail(error, QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString());
        m_keyring.write(password());
        m_keyring.closeWriteChannel();

        // Ready when the default collection is the unlocked login keyring.
        QByteArray reply;
        const bool ready = QTest::qWaitFor(
            [&] {
                if (m_keyring.state() != QProcess::Running)
                    return true;
                reply = busCall(
                    {QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                     QStringLiteral("org.freedesktop.Secret.Service.ReadAlias"), QStringLiteral("string:default")});
                return reply.contains("/org/freedesktop/secrets/collection/login");
            },
            15000);
        if (m_keyring.state() != QProcess::Running)
            return fail(error,
                        QStringLiteral("gnome-keyring-daemon exited: ")
                            + QString::fromUtf8(m_keyring.readAllStandardError()));
        if (!ready)
            return fail(error,
                        QStringLiteral("the login keyring never became the default collection: ")
                            + QString::fromUtf8(reply));
        return true;
    }

    void stop()
    {
        for (QProcess *process : {&m_keyring, &m_bus}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(5000)) {
                    process->kill();
                    process->waitForFinished(5000);
                }
            }
        }
    }

    QString path(const char *name) const { return QDir(m_root.path()).filePath(QLatin1String(name)); }
    QByteArray address() const { return m_address; }
    QByteArray password() const { return QByteArrayLiteral("orgdesk-test-login-password\n"); }

    // One synchronous call on the private bus through dbus-send, for readiness checks.
    QByteArray busCall(const QStringList &arguments) const
    {
        QProcess send;
        send.start(
            QStringLiteral("dbus-send"),
            QStringList {QStringLiteral("--bus=") + QString::fromUtf8(m_address), QStringLiteral("--print-reply")}
                + arguments);
        if (!send.waitForFinished(5000))
            return {};
        return send.readAllStandardOutput();
    }

private:
    static bool fail(QString *error, const QString &message)
    {
        *error = message;
        return false;
    }

    QTemporaryDir m_root {QDir::tempPath() + QStringLiteral("/odkr-XXXXXX")};
    QProcess m_bus;
    QProcess m_keyring;
    QByteArray m_address;
};

// Waits for the one result signal of a call and returns its arguments; checks it comes
// queued (not from inside the call) and once.
struct Result
{
    bool ok = false;
    Status status = Status::Failed;
    QString token;
};

template<typename Call> Result await(CredentialStore *store, Call call)
{
    QSignalSpy written(store, &CredentialStore::written);
    QSignalSpy read(store, &CredentialStore::tokenRead);
    QSignalSpy deleted(store, &CredentialStore::deleted);
    call();
    Result result;
    if (written.count() + read.count() + deleted.count() != 0) // synchronous: wrong
        return result;
    if (!QTest::qWaitFor([&] { return written.count() + read.count() + deleted.count() > 0; }, 15000))
        return result;
    if (written.count() + read.count() + deleted.count() != 1)
        return result;
    const QList<QVariant> arguments = !written.isEmpty() ? written.first()
        : !read.isEmpty()                                ? read.first()
                                                         : deleted.first();
    result.ok = true;
    result.status = arguments.at(0).value<Status>();
    if (arguments.size() > 1)
        result.token = arguments.at(1).toString();
    return result;
}

// The child's part of case (2): no bus at all. Prints one "key=value" line per finding.
int runNoBackendChild()
{
    const auto say = [](const QString &line) {
        std::fprintf(stdout, "%s\n", qPrintable(line));
        std::fflush(stdout);
    };
    std::unique_ptr<CredentialStore> store = makeCredentialStore(5000);
    say(QStringLiteral("persists=%1").arg(store->persists() ? 1 : 0));
    say(QStringLiteral("memory=%1").arg(qobject_cast<MemoryCredentialStore *>(store.get()) ? 1 : 0));
    const QUrl server(QStringLiteral("https://orgdesk.test"));
    const QString email = QStringLiteral("ada@acme.test");
    say(QStringLiteral("write=%1").arg(int(await(store.get(), [&] {
                                               store->writeToken(server, email, QStringLiteral("ods_child-token"));
                                           }).status)));
    const Result again = await(store.get(), [&] { store->readToken(server, email); });
    say(QStringLiteral("readSame=%1:%2").arg(int(again.status)).arg(again.token));
    // A second store (the next start of the app) knows nothing: nothing was persisted.
    std::unique_ptr<CredentialStore> next = makeCredentialStore(5000);
    say(QStringLiteral("readNext=%1").arg(int(await(next.get(), [&] { next->readToken(server, email); }).status)));
    // The keychain store itself refuses without a backend, and writes no plain-text fallback.
    KeychainCredentialStore keychain;
    say(QStringLiteral("keychainWrite=%1").arg(int(await(&keychain, [&] {
                                                       keychain.writeToken(server, email, QStringLiteral("ods_nope"));
                                                   }).status)));
    say(QStringLiteral("keychainRead=%1").arg(int(await(&keychain, [&] {
                                                      keychain.readToken(server, email);
                                                  }).status)));
    return 0;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void entryKeyNormalizes();
    void memoryStore();
    void noSessionBusFallsBackToMemory();
    void busWithoutKeyringFallsBackToMemory();
    void realKeychainRoundTrip();

private:
    PrivateKeyring m_keyring;
};

void TestCredentials::initTestCase()
{
    for (const char *tool : {"dbus-daemon", "dbus-send", "gnome-keyring-daemon"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: run scripts/setup-debian.sh").arg(QLatin1String(tool))));
}

void TestCredentials::cleanupTestCase()
{
    m_keyring.stop();
}

void TestCredentials::entryKeyNormalizes()
{
    const QString key
        = CredentialStore::entryKey(QUrl(QStringLiteral("https://orgdesk.test")), QStringLiteral("ada@acme.test"));
    QCOMPARE(key, QStringLiteral("https://orgdesk.test|ada@acme.test"));
    QCOMPARE(
        CredentialStore::entryKey(QUrl(QStringLiteral("HTTPS://OrgDesk.TEST:443/")), QStringLiteral(" Ada@Acme.Test ")),
        key);
    QCOMPARE(CredentialStore::entryKey(QUrl(QStringLiteral("https://user:pw@orgdesk.test/?x=1#f")),
                                       QStringLiteral("ada@acme.test")),
             key);
    // Different servers (port, scheme, path) are different entries.
    QVERIFY(
        CredentialStore::entryKey(QUrl(QStringLiteral("https://orgdesk.test:8443")), QStringLiteral("ada@acme.test"))
        != key);
    QVERIFY(CredentialStore::entryKey(QUrl(QStringLiteral("http://orgdesk.test")), QStringLiteral("ada@acme.test"))
            != key);
    QCOMPARE(CredentialStore::entryKey(QUrl(QStringLiteral("http://127.0.0.1:8080/desk/")), QStringLiteral("a@b")),
             QStringLiteral("http://127.0.0.1:8080/desk|a@b"));
}

void TestCredentials::memoryStore()
{
    MemoryCredentialStore store;
    QVERIFY(!store.persists());
    const QUrl server(QStringLiteral("http://127.0.0.1:8080"));
    Result r = await(&store, [&] { store.readToken(server, QStringLiteral("a@b.test")); });
    QVERIFY(r.ok);
    QCOMPARE(r.status, Status::NotFound);
    r = await(&store, [&] { store.writeToken(server, QStringLiteral("A@B.test"), QStringLiteral("ods_1")); });
    QVERIFY(r.ok);
    QCOMPARE(r.status, Status::Ok);
    r = await(&store, [&] { store.readToken(server, QStringLiteral("a@b.test")); });
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.token, QStringLiteral("ods_1"));
    r = await(&store,
              [&] { store.readToken(QUrl(QStringLiteral("http://127.0.0.1:9090")), QStringLiteral("a@b.test")); });
    QCOMPARE(r.status, Status::NotFound);
    r = await(&store, [&] { store.deleteToken(server, QStringLiteral("a@b.test")); });
    QCOMPARE(r.status, Status::Ok);
    r = await(&store, [&] { store.readToken(server, QStringLiteral("a@b.test")); });
    QCOMPARE(r.status, Status::NotFound);
}

// Runs this binary as the child of case (2) in a fresh, empty home, with `busAddress` as
// its only D-Bus (none when empty); returns its "key=value" findings, and checks that the
// home is still empty afterwards.
static QMap<QString, QString> runChild(const QByteArray &busAddress)
{
    QMap<QString, QString> found;
    QTemporaryDir home;
    for (const char *dir : {"config", "data", "cache", "runtime"}) {
        if (!home.isValid() || !QDir(home.path()).mkpath(QLatin1String(dir))) {
            found.insert(QStringLiteral("error"), QStringLiteral("no temporary home"));
            return found;
        }
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    if (!busAddress.isEmpty())
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(busAddress));
    for (const char *variable : kDesktopVariables)
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    environment.insert(QLatin1String(kChildVariable), QStringLiteral("1"));

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setWorkingDirectory(home.path());
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(30000)) {
        found.insert(QStringLiteral("error"), QStringLiteral("the child did not finish"));
        return found;
    }
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        found.insert(QStringLiteral("error"), QString::fromUtf8(child.readAllStandardError()));
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int equals = int(line.indexOf(QLatin1Char('=')));
        if (equals > 0)
            found.insert(line.left(equals), line.mid(equals + 1));
    }
    // Nothing anywhere: no plain-text fallback file, no cache, nothing in the home.
    const auto files = filesBelow(home.path());
    found.insert(QStringLiteral("files"), QStringList(files.keys()).join(QLatin1String(", ")));
    return found;
}

void TestCredentials::noSessionBusFallsBackToMemory()
{
    // No address, a runtime dir without a "bus" socket, no display: no road to a keychain.
    const QMap<QString, QString> found = runChild({});
    QVERIFY2(!found.contains(QStringLiteral("error")), qPrintable(found.value(QStringLiteral("error"))));
    QCOMPARE(found.value(QStringLiteral("persists")), QStringLiteral("0"));
    QCOMPARE(found.value(QStringLiteral("memory")), QStringLiteral("1"));
    QCOMPARE(found.value(QStringLiteral("write")), QString::number(int(Status::Ok)));
    QCOMPARE(found.value(QStringLiteral("readSame")), QStringLiteral("%1:ods_child-token").arg(int(Status::Ok)));
    QCOMPARE(found.value(QStringLiteral("readNext")), QString::number(int(Status::NotFound)));
    QCOMPARE(found.value(QStringLiteral("keychainWrite")), QString::number(int(Status::NoBackend)));
    QCOMPARE(found.value(QStringLiteral("keychainRead")), QString::number(int(Status::NoBackend)));
    QCOMPARE(found.value(QStringLiteral("files")), QString());
}

void TestCredentials::busWithoutKeyringFallsBackToMemory()
{
    // A session bus on which nothing provides the Secret Service (a headless box with D-Bus
    // but no keyring): QtKeychain is asked, fails, and the factory still takes memory.
    PrivateKeyring bus;
    QString error;
    QVERIFY2(bus.startBus(&error), qPrintable(error));
    const QMap<QString, QString> found = runChild(bus.address());
    QVERIFY2(!found.contains(QStringLiteral("error")), qPrintable(found.value(QStringLiteral("error"))));
    QCOMPARE(found.value(QStringLiteral("persists")), QStringLiteral("0"));
    QCOMPARE(found.value(QStringLiteral("memory")), QStringLiteral("1"));
    QCOMPARE(found.value(QStringLiteral("readNext")), QString::number(int(Status::NotFound)));
    QCOMPARE(found.value(QStringLiteral("keychainWrite")), QString::number(int(Status::Failed)));
    QCOMPARE(found.value(QStringLiteral("keychainRead")), QString::number(int(Status::Failed)));
    QCOMPARE(found.value(QStringLiteral("files")), QString());
}

void TestCredentials::realKeychainRoundTrip()
{
    QString error;
    QVERIFY2(m_keyring.start(&error), qPrintable(error));

    std::unique_ptr<CredentialStore> store = makeCredentialStore(10000);
    QVERIFY2(qobject_cast<KeychainCredentialStore *>(store.get()), "the factory did not take the running keychain");
    QVERIFY(store->persists());

    const QUrl serverA(QStringLiteral("https://orgdesk.test"));
    const QUrl serverB(QStringLiteral("http://127.0.0.1:8080"));
    const QString ada = QStringLiteral("ada@acme.test");
    const QString tokenA = QStringLiteral("ods_tokenForServerA_0123456789abcdefghijklmnopqr");
    const QString tokenB = QStringLiteral("ods_tokenForServerB_0123456789abcdefghijklmnopqr");
    const QString keyringPath = m_keyring.path("data") + QStringLiteral("/keyrings/login.keyring");
    const auto keyringBytes = [&keyringPath] {
        QFile file(keyringPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray emptyKeyring = keyringBytes();
    QVERIFY2(!emptyKeyring.isEmpty(), "gnome-keyring created no login keyring");

    Result r = await(store.get(), [&] { store->readToken(serverA, ada); });
    QVERIFY(r.ok);
    QCOMPARE(r.status, Status::NotFound);

    r = await(store.get(), [&] { store->writeToken(serverA, QStringLiteral("Ada@Acme.test"), tokenA); });
    QVERIFY(r.ok);
    QCOMPARE(r.status, Status::Ok);
    r = await(store.get(), [&] { store->readToken(serverA, ada); });
    QVERIFY(r.ok);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.token, tokenA);
    // The same server spelled differently is the same entry.
    r = await(store.get(), [&] { store->readToken(QUrl(QStringLiteral("HTTPS://orgdesk.test:443/")), ada); });
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.token, tokenA);

    // Keyed per (server, email).
    r = await(store.get(), [&] { store->readToken(serverB, ada); });
    QCOMPARE(r.status, Status::NotFound);
    r = await(store.get(), [&] { store->readToken(serverA, QStringLiteral("max@acme.test")); });
    QCOMPARE(r.status, Status::NotFound);
    r = await(store.get(), [&] { store->writeToken(serverB, ada, tokenB); });
    QCOMPARE(r.status, Status::Ok);

    // Another store instance (the next start of the app) reads what this one wrote.
    KeychainCredentialStore other;
    r = await(&other, [&] { other.readToken(serverA, ada); });
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.token, tokenA);
    r = await(&other, [&] { other.readToken(serverB, ada); });
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.token, tokenB);

    // Overwrite.
    const QString tokenA2 = tokenA + QStringLiteral("-2");
    r = await(store.get(), [&] { store->writeToken(serverA, ada, tokenA2); });
    QCOMPARE(r.status, Status::Ok);
    r = await(store.get(), [&] { store->readToken(serverA, ada); });
    QCOMPARE(r.token, tokenA2);

    // The tokens went into the keyring file, encrypted; no plain-text copy exists anywhere.
    QTRY_VERIFY(keyringBytes() != emptyKeyring);
    const auto files = filesBelow(m_keyring.path("home")).values() + filesBelow(m_keyring.path("data")).values()
        + filesBelow(m_keyring.path("config")).values() + filesBelow(m_keyring.path("cache")).values();
    for (const QByteArray &content : files) {
        QVERIFY(!content.contains(tokenB.toUtf8()));
        QVERIFY(!content.contains(tokenA2.toUtf8()));
    }

    // Delete one; the other stays. Deleting again is fine.
    r = await(store.get(), [&] { store->deleteToken(serverA, ada); });
    QVERIFY(r.ok);
    QCOMPARE(r.status, Status::Ok);
    r = await(store.get(), [&] { store->readToken(serverA, ada); });
    QCOMPARE(r.status, Status::NotFound);
    QVERIFY(r.token.isEmpty());
    r = await(store.get(), [&] { store->readToken(serverB, ada); });
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.token, tokenB);
    r = await(store.get(), [&] { store->deleteToken(serverA, ada); });
    QCOMPARE(r.status, Status::Ok);
    r = await(store.get(), [&] { store->deleteToken(serverB, ada); });
    QCOMPARE(r.status, Status::Ok);
    r = await(&other, [&] { other.readToken(serverB, ada); });
    QCOMPARE(r.status, Status::NotFound);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runNoBackendChild();
    TestCredentials test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentials.moc"
