// OrgSession, the UI's facade, against the real orgdesk-server: sign in, writes and their
// errors, start from the cache with the server down and catch up when it returns, access
// lost, sign out and forget, accepting an invitation, and no secret in any file it writes.
#include "ApiKeysModel.h"
#include "InvitationLink.h"
#include "InvitationsModel.h"
#include "MembersModel.h"
#include "OrgModels.h"
#include "OrgProfileObject.h"
#include "OrgSession.h"
#include "Roles.h"
#include "api/ApiKeyRequests.h"
#include "api/InvitationRequests.h"
#include "api/MemberRequests.h"
#include "api/MemoryCredentialStore.h"
#include "api/OrgRequests.h"
#include "sync/SyncOutcome.h"

#include "ModelsTestSupport.h"
#include "support/ServerHarness.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

// Waits for a request or operation to finish; true when it succeeded.
template<typename T> bool waitFor(T *job, ApiError *error = nullptr)
{
    QSignalSpy done(job, &T::finished);
    bool ok = false;
    ApiError seen;
    QObject::connect(job, &T::succeeded, [&ok] { ok = true; });
    QObject::connect(job, &T::failed, [&seen](const ApiError &e) { seen = e; });
    if (!done.wait(30000))
        return false;
    if (error)
        *error = seen;
    return ok;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
    MemoryCredentialStore m_credentials;

    OrgSession::Options options() const
    {
        OrgSession::Options o;
        o.cacheRoot = m_dir->filePath(QStringLiteral("cache"));
        o.accountsDirectory = m_dir->filePath(QStringLiteral("accounts"));
        o.minBackoffMs = 200;
        o.maxBackoffMs = 500;
        o.pageLimit = 100;
        return o;
    }

    std::unique_ptr<OrgSession> signedIn(const QString &email, bool remember = true)
    {
        auto session = std::make_unique<OrgSession>(&m_network, &m_credentials, options());
        ApiError error;
        if (!waitFor(session->signIn(m_server->baseUrl(), email, QStringLiteral("demo-password"), remember), &error)) {
            qWarning() << "sign in failed:" << error.message();
            return nullptr;
        }
        return session;
    }

    static bool waitUntilSynced(OrgSession *session)
    {
        QDeadlineTimer deadline(30000);
        const auto synced = [session] {
            return session->isOnline() && !session->isSyncing() && session->lastSynced().isValid()
                && session->isDataAvailable();
        };
        while (!synced() && !deadline.hasExpired())
            QTest::qWait(10);
        return synced();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ServerProcess>();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void signInSyncsAndWritesReachTheModels()
    {
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        auto session = signedIn(QStringLiteral("ada@acme.test"));
        QVERIFY(session);
        QCOMPARE(session->state(), OrgSession::State::SignedIn);
        QVERIFY(waitUntilSynced(session.get()));
        QAbstractItemModelTester members(session->models()->members(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester invitations(session->models()->invitations(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester keys(session->models()->apiKeys(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(session->models()->org()->name(), QStringLiteral("Acme Monitoring"));
        QVERIFY(session->can(domain::Action::DeleteOrg));
        QVERIFY(session->whyNot(domain::Action::DeleteOrg).isEmpty());
        QCOMPARE(session->orgs().size(), 2); // Acme (admin) and Globex (user)

        ApiError error;
        QVERIFY(waitFor(session->invite(QStringLiteral("new.person@example.test"), domain::Role::Manager), &error));
        QTRY_VERIFY_WITH_TIMEOUT(session->models()
                                         ->invitations()
                                         ->match(session->models()->invitations()->index(0, 0), Qt::DisplayRole,
                                                 QStringLiteral("new.person@example.test"), 1, Qt::MatchExactly)
                                         .size()
                                     == 1,
                                 10000);

        auto *generate = session->generateApiKey(QStringLiteral("CI agent"), QStringLiteral("build farm"));
        QString secret;
        QString keyId;
        connect(generate, &ApiRequest::succeeded, this, [&] {
            secret = generate->secret();
            keyId = generate->key().id;
        });
        QVERIFY(waitFor(generate));
        QVERIFY(secret.startsWith(QLatin1String("odk_")));
        QTRY_VERIFY_WITH_TIMEOUT(session->models()->apiKeys()->rowOf(keyId) >= 0, 10000);

        // The secret is in no file the session wrote: caches, their WAL, the account index.
        session.reset();
        const QByteArray files = allBytesUnder(m_dir->path());
        QVERIFY(!files.isEmpty());
        // The cache keeps text as UTF-16, so both encodings are searched for.
        const auto utf16
            = [](const QString &s) { return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2); };
        QVERIFY(files.contains(utf16(QStringLiteral("CI agent")))
                || files.contains("CI agent")); // the key's name is there
        for (const QString &needle : {secret, secret.mid(4), QStringLiteral("demo-password")}) {
            QVERIFY2(!files.contains(needle.toUtf8()),
                     qPrintable(needle.left(4) + QStringLiteral("… reached the disk")));
            QVERIFY2(!files.contains(utf16(needle)), qPrintable(needle.left(4) + QStringLiteral("… reached the disk")));
        }
    }

    void failedWriteLeavesModelsAsTheServerHasThem()
    {
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        auto session = signedIn(QStringLiteral("ada@acme.test"));
        QVERIFY(session);
        QVERIFY(waitUntilSynced(session.get()));
        MembersModel *members = session->models()->members();
        const QString adaId = session->user().id;
        const int rows = members->rowCount();

        // Ada is the only admin: demoting her must fail and change nothing.
        ApiError error;
        QVERIFY(!waitFor(session->changeMemberRole(adaId, domain::Role::User), &error));
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.code, domain::ProblemCode::LastAdmin);
        QVERIFY(!error.message().isEmpty());
        QTRY_VERIFY(!session->isSyncing());
        QCOMPARE(members->rowCount(), rows);
        QCOMPARE(members->find(adaId)->role, domain::Role::Admin);

        // A name the server refuses: field errors come back, the org keeps its name.
        QVERIFY(!waitFor(session->renameOrg(QString(101, QLatin1Char('x'))), &error));
        QCOMPARE(error.code, domain::ProblemCode::ValidationFailed);
        QVERIFY(!error.fieldErrors.isEmpty());
        QCOMPARE(session->models()->org()->name(), QStringLiteral("Acme Monitoring"));
    }

    void startsFromCacheOfflineAndCatchesUp()
    {
        const quint16 port = freePort();
        const QString db = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("server.db"));
        QVERIFY2(m_server->start(pinnedServer(db, port, true)), qPrintable(m_server->lastError()));
        const QUrl url = m_server->baseUrl();
        int cachedMembers = 0;
        {
            auto session = signedIn(QStringLiteral("ada@acme.test"));
            QVERIFY(session);
            QVERIFY(waitUntilSynced(session.get()));
            cachedMembers = session->models()->members()->rowCount();
        }
        // While the app is closed, the org is renamed; then the server goes away.
        const DemoIds ids = demoIds(url);
        HttpClient c(url);
        c.setToken(ids.adaToken);
        QCOMPARE(c.patch(QStringLiteral("/orgs/%1").arg(ids.acme),
                         QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Renamed")}})
                     .status,
                 200);
        m_server->kill();

        OrgSession session(&m_network, &m_credentials, options());
        QSignalSpy online(&session, &OrgSession::onlineChanged);
        SessionOperation *resume = session.resume(url, QStringLiteral("ada@acme.test"));
        // The cache fills the models before any answer.
        QCOMPARE(session.models()->members()->rowCount(), cachedMembers);
        QCOMPARE(session.models()->org()->name(), QStringLiteral("Acme Monitoring"));
        QVERIFY(session.isDataAvailable());
        QVERIFY(session.lastSynced().isValid());
        QVERIFY(session.models()->members()->isStale());
        QVERIFY(session.models()->members()->index(0, 0).data(ItemRoles::IsStaleRole).toBool());
        QVERIFY(waitFor(resume));
        QCOMPARE(session.state(), OrgSession::State::SignedIn);
        QVERIFY(!session.isOnline());
        QVERIFY(!session.whyNot(domain::Action::InviteMember).isEmpty());

        ApiError error;
        QVERIFY(!waitFor(session.invite(QStringLiteral("x@example.test"), domain::Role::User), &error));
        QCOMPARE(error.kind, ApiError::Kind::Offline);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(session.models()->invitations()->rowCount(), 2); // nothing added locally

        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(pinnedServer(db, port, false)), qPrintable(m_server->lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(session.isOnline(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(session.models()->org()->name(), QStringLiteral("Acme Renamed"), 15000);
        QVERIFY(!session.models()->members()->isStale());
        QVERIFY(online.size() >= 1);
        QVERIFY(online.last().first().toBool());
    }

    void withoutATokenTheCacheStillShows()
    {
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        int rows = 0;
        {
            auto session = signedIn(QStringLiteral("max@acme.test"), false); // not remembered
            QVERIFY(session);
            QVERIFY(waitUntilSynced(session.get()));
            rows = session->models()->members()->rowCount();
        }
        OrgSession session(&m_network, &m_credentials, options());
        ApiError error;
        QVERIFY(!waitFor(session.resume(m_server->baseUrl(), QStringLiteral("max@acme.test")), &error));
        QCOMPARE(error.code, domain::ProblemCode::Unauthenticated);
        QCOMPARE(session.state(), OrgSession::State::NeedsPassword);
        QCOMPARE(session.models()->members()->rowCount(), rows);
        QVERIFY(!waitFor(session.renameOrg(QStringLiteral("Nope")), &error));
        QCOMPARE(error.code, domain::ProblemCode::Unauthenticated);
    }

    void removedMemberLosesTheOrgAndItsCache()
    {
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        auto session = signedIn(QStringLiteral("uma@acme.test"));
        QVERIFY(session);
        QVERIFY(waitUntilSynced(session.get()));
        const QString cachePath = session->cachePathFor(session->orgId());
        QVERIFY(QFile::exists(cachePath));
        QVERIFY(!session->can(domain::Action::ViewApiKeys));
        QVERIFY(!session->whyNot(domain::Action::RemoveMember).isEmpty());

        const DemoIds ids = demoIds(m_server->baseUrl());
        HttpClient c(m_server->baseUrl());
        c.setToken(ids.adaToken);
        QCOMPARE(c.del(QStringLiteral("/orgs/%1/members/%2").arg(ids.acme, session->user().id)).status, 204);

        QSignalSpy lost(session.get(), &OrgSession::accessLost);
        session->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 15000);
        QVERIFY(!lost.first().first().value<ApiError>().message().isEmpty());
        QVERIFY(session->orgId().isEmpty());
        QVERIFY(session->orgs().isEmpty());
        QCOMPARE(session->models()->members()->rowCount(), 0);
        QVERIFY(!QFile::exists(cachePath));
    }

    void signOutAndForgetDeletesEverything()
    {
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        auto session = signedIn(QStringLiteral("ada@acme.test"));
        QVERIFY(session);
        QVERIFY(waitUntilSynced(session.get()));
        const QString cachePath = session->cachePathFor(session->orgId());
        QVERIFY(QFile::exists(cachePath));

        QVERIFY(waitFor(session->signOut(true)));
        QCOMPARE(session->state(), OrgSession::State::SignedOut);
        QCOMPARE(session->models()->members()->rowCount(), 0);
        QVERIFY(!QFile::exists(cachePath));
        QVERIFY(!QFile::exists(cachePath + QStringLiteral("-wal")));
        QVERIFY(allBytesUnder(m_dir->path()).isEmpty());

        // Nothing is left to resume from.
        OrgSession next(&m_network, &m_credentials, options());
        ApiError error;
        QVERIFY(!waitFor(next.resume(m_server->baseUrl(), QStringLiteral("ada@acme.test")), &error));
        QCOMPARE(next.models()->members()->rowCount(), 0);
        QVERIFY(!next.isDataAvailable());
    }

    void switchingOrgsSwapsModelsAndRights()
    {
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        auto session = signedIn(QStringLiteral("ada@acme.test"));
        QVERIFY(session);
        QVERIFY(waitUntilSynced(session.get()));
        const QString acme = session->orgId();
        QVERIFY(session->can(domain::Action::ViewApiKeys));
        QString globex;
        for (const OrgMembership &org : session->orgs()) {
            if (org.id != acme)
                globex = org.id;
        }
        QVERIFY(!globex.isEmpty());
        QSignalSpy orgChanged(session.get(), &OrgSession::orgChanged);
        QVERIFY(session->switchOrg(globex));
        QCOMPARE(session->orgId(), globex);
        QVERIFY(orgChanged.size() >= 1);
        QCOMPARE(*session->role(), domain::Role::User);
        QVERIFY(!session->can(domain::Action::ViewApiKeys));
        QTRY_COMPARE_WITH_TIMEOUT(session->models()->org()->name(), QStringLiteral("Globex"), 15000);
        QVERIFY(waitUntilSynced(session.get()));
        QCOMPARE(session->models()->apiKeys()->rowCount(), 0);
        QVERIFY(session->models()->members()->rowCount() >= 2); // gus and ada
        QVERIFY(!session->switchOrg(QStringLiteral("org_not_mine")));
        QCOMPARE(session->orgId(), globex);

        // The choice is remembered: the next start opens Globex from its cache.
        session.reset();
        OrgSession next(&m_network, &m_credentials, options());
        SessionOperation *resume = next.resume(m_server->baseUrl(), QStringLiteral("ada@acme.test"));
        QCOMPARE(next.orgId(), globex);
        QCOMPARE(next.models()->org()->name(), QStringLiteral("Globex"));
        QVERIFY(waitFor(resume));
    }

    void aBrokenCacheIsRebuiltAndTheUserTold()
    {
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        QString cachePath;
        int rows = 0;
        {
            auto session = signedIn(QStringLiteral("ada@acme.test"));
            QVERIFY(session);
            QVERIFY(waitUntilSynced(session.get()));
            cachePath = session->cachePathFor(session->orgId());
            rows = session->models()->members()->rowCount();
        }
        QFile file(cachePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(0);
        file.write(QByteArray(4096, '\x5a')); // the header and first page: no longer SQLite
        file.close();

        OrgSession session(&m_network, &m_credentials, options());
        QSignalSpy notices(&session, &OrgSession::notice);
        SessionOperation *resume = session.resume(m_server->baseUrl(), QStringLiteral("ada@acme.test"));
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().first().toString().contains(QLatin1String("damaged")));
        QCOMPARE(session.models()->members()->rowCount(), 0);
        QVERIFY(waitFor(resume));
        QVERIFY(waitUntilSynced(&session));
        QCOMPARE(session.models()->members()->rowCount(), rows);
    }

    void acceptsAnInvitationFromTheLink()
    {
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        auto session = signedIn(QStringLiteral("ada@acme.test"));
        QVERIFY(session);
        QVERIFY(waitUntilSynced(session.get()));
        QVERIFY(waitFor(session->invite(QStringLiteral("newcomer@example.test"), domain::Role::Observer)));
        QTRY_VERIFY_WITH_TIMEOUT(!outboxMessages(m_server->outboxDir()).isEmpty(), 10000);
        const ParsedMail mail = parseMail(outboxMessages(m_server->outboxDir()).last());
        const QString token = invitationTokenFrom(mail.body);
        QVERIFY(token.startsWith(QLatin1String("odi_")));
        const QString link
            = QStringLiteral("orgdesk://accept-invitation?server=%1&token=%2")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_server->baseUrl().toString())), token);
        const auto parsed = InvitationLink::parse(link);
        QVERIFY(parsed);
        QCOMPARE(parsed->token, token);
        QCOMPARE(parsed->server, m_server->baseUrl());
        QVERIFY(!InvitationLink::parse(QStringLiteral("https://example.test/?token=odi_x")));
        QVERIFY(!InvitationLink::parse(QStringLiteral("not a token")));

        OrgSession invitee(&m_network, &m_credentials, options());
        ApiError error;
        QVERIFY(!waitFor(invitee.acceptInvitation({}, QStringLiteral("garbage")), &error));
        QCOMPARE(error.code, domain::ProblemCode::ValidationFailed);
        QVERIFY(!error.message().isEmpty());

        SessionOperation *accept
            = invitee.acceptInvitation({}, link, QStringLiteral("New Comer"), QStringLiteral("a-long-password"));
        QString orgId;
        connect(accept, &SessionOperation::succeeded, this, [&] { orgId = accept->result().toString(); });
        QVERIFY(waitFor(accept, &error));
        QCOMPARE(orgId, session->orgId());
        // Once: the same link again is refused in words.
        QVERIFY(
            !waitFor(invitee.acceptInvitation({}, link, QStringLiteral("New Comer"), QStringLiteral("a-long-password")),
                     &error));
        QCOMPARE(error.code, domain::ProblemCode::InvitationExpired);

        QVERIFY(waitFor(invitee.signIn(m_server->baseUrl(), QStringLiteral("newcomer@example.test"),
                                       QStringLiteral("a-long-password"), false)));
        QCOMPARE(invitee.orgId(), orgId);
        QCOMPARE(*invitee.role(), domain::Role::Observer);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
