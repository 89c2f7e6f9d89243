#include "OrgSession.h"

#include "DisplayText.h"
#include "InvitationLink.h"

#include "InvitationsModel.h"
#include "MembersModel.h"
#include "OrgModels.h"
#include "api/ApiClient.h"
#include "api/ApiKeyRequests.h"
#include "api/AuthRequests.h"
#include "api/BillingRequests.h"
#include "api/CredentialStore.h"
#include "api/InvitationRequests.h"
#include "api/MemberRequests.h"
#include "api/OrgRequests.h"
#include "cache/OfflineCache.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLog.h"

#include "domain/ServerUrl.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QUrlQuery>

#include <algorithm>

ApiError OrgSession::localError(ApiError::Kind kind, domain::ProblemCode code, int status, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.code = code;
    error.httpStatus = status;
    error.detail = detail;
    return error;
}

ApiError OrgSession::signInNeeded()
{
    return localError(ApiError::Kind::Http, domain::ProblemCode::Unauthenticated, 401,
                      tr("Sign in to make changes: this computer has no valid session for the server."));
}

OrgSession::OrgSession(QNetworkAccessManager *network, CredentialStore *credentials, const Options &options,
                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_options(options)
    , m_api(new ApiClient(network, this))
    , m_models(new OrgModels(this))
    , m_accounts(options.accountsDirectory.isEmpty()
                     ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                         + QStringLiteral("/accounts")
                     : options.accountsDirectory)
{
    if (m_options.cacheRoot.isEmpty())
        m_options.cacheRoot = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    m_api->setTransferTimeout(m_options.transferTimeoutMs);
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        m_models->invitations()->refreshExpiry();
        scheduleExpiryRefresh();
    });
    connect(m_api, &ApiClient::unauthenticated, this, [this] {
        if (m_state == State::SignedIn)
            onAccessLost(signInNeeded());
    });
}

OrgSession::~OrgSession()
{
    m_engine.reset();
}

// --- Signing in and out --------------------------------------------------------------------

SessionOperation *OrgSession::signIn(const QUrl &server, const QString &email, const QString &password, bool remember)
{
    auto *operation = new SessionOperation(this);
    if (m_workOffline) { // signing in is going online; the sign-in itself catches up
        m_workOffline = false;
        emit workOfflineChanged(false);
    }
    if (m_state == State::SignedIn && (server != m_server || email.compare(m_user.email, Qt::CaseInsensitive) != 0))
        reset();
    m_server = server;
    m_api->setBaseUrl(server);
    auto *login = m_api->start<LoginRequest>(email.trimmed(), password);
    connect(login, &ApiRequest::failed, operation, [operation](const ApiError &error) { operation->fail(error); });
    connect(login, &ApiRequest::succeeded, operation, [this, login, operation, remember] {
        m_token = login->token();
        m_user = login->user();
        m_api->setToken(m_token);
        if (remember && m_credentials) {
            auto *store = m_credentials;
            connect(
                store, &CredentialStore::written, operation,
                [this](CredentialStore::Status status) {
                    if (status == CredentialStore::Status::NoBackend)
                        emit notice(tr("No credential store is available: you will be asked for the password "
                                       "next time."));
                    else if (status != CredentialStore::Status::Ok)
                        emit notice(tr("The session could not be saved in the credential store."));
                },
                Qt::SingleShotConnection);
            store->writeToken(m_server, m_user.email, m_token);
        }
        fetchMe(operation, true);
    });
    return operation;
}

SessionOperation *OrgSession::resume(const QUrl &server, const QString &email)
{
    auto *operation = new SessionOperation(this);
    reset();
    m_server = server;
    m_api->setBaseUrl(server);
    const auto account = m_accounts.read(server, email);
    if (account) {
        m_user = account->user;
        m_orgs = account->orgs;
        emit orgsChanged();
        QString orgId = account->lastOrgId;
        if (orgId.isEmpty() && !m_orgs.isEmpty())
            orgId = m_orgs.first().id;
        if (!orgId.isEmpty())
            openOrg(orgId); // the cache, before any network call
        setState(State::NeedsPassword);
    } else {
        m_user = {};
        m_user.email = email.trimmed().toLower();
    }
    if (!m_credentials) {
        operation->fail(signInNeeded());
        return operation;
    }
    connect(
        m_credentials, &CredentialStore::tokenRead, operation,
        [this, operation](CredentialStore::Status status, const QString &token) {
            if (status != CredentialStore::Status::Ok || token.isEmpty()) {
                operation->fail(signInNeeded());
                return;
            }
            m_token = token;
            m_api->setToken(token);
            if (m_workOffline) {
                // Nothing is sent: the token is kept for when work-offline is turned off.
                if (m_user.id.isEmpty()) {
                    operation->fail(signInNeeded());
                } else {
                    setState(State::SignedIn);
                    operation->succeed();
                }
                return;
            }
            fetchMe(operation, true);
        },
        Qt::SingleShotConnection);
    m_credentials->readToken(server, m_user.email);
    return operation;
}

void OrgSession::fetchMe(SessionOperation *operation, bool startEngine)
{
    auto *me = m_api->start<MeRequest>();
    connect(me, &ApiRequest::failed, operation, [this, operation, startEngine](const ApiError &error) {
        if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
            // Offline with a token: show the cache, and let the engine catch up when the
            // server is back.
            if (!m_user.id.isEmpty()) {
                setState(State::SignedIn);
                if (startEngine && !m_orgId.isEmpty())
                    this->startEngine();
                operation->succeed();
                return;
            }
        }
        if (error.httpStatus == 401) {
            m_token.clear();
            m_api->setToken({});
            if (m_credentials)
                m_credentials->deleteToken(m_server, m_user.email);
        }
        operation->fail(error);
    });
    connect(me, &ApiRequest::succeeded, operation, [this, me, operation, startEngine] {
        m_user = me->user();
        m_orgs = me->orgs();
        emit orgsChanged();
        setState(State::SignedIn);
        QString orgId = m_orgId;
        const auto has = [this](const QString &id) {
            return std::any_of(m_orgs.cbegin(), m_orgs.cend(), [&id](const OrgMembership &o) { return o.id == id; });
        };
        if (orgId.isEmpty() || !has(orgId)) {
            const auto account = m_accounts.read(m_server, m_user.email);
            orgId = account && has(account->lastOrgId) ? account->lastOrgId
                                                       : (m_orgs.isEmpty() ? QString() : m_orgs.first().id);
        }
        if (orgId != m_orgId) {
            if (!m_orgId.isEmpty())
                forgetOrg(m_orgId);
            if (!orgId.isEmpty())
                openOrg(orgId);
            else
                closeOrg();
        }
        saveAccount();
        if (startEngine && !m_orgId.isEmpty())
            this->startEngine();
        operation->succeed();
    });
}

SessionOperation *OrgSession::signOut(bool forgetThisComputer)
{
    auto *operation = new SessionOperation(this);
    const QUrl server = m_server;
    const QString email = m_user.email;
    const QVector<OrgMembership> orgs = m_orgs;
    if (!m_token.isEmpty() && isOnline()) {
        // Ends the token on the server; signing out here does not wait for the answer.
        m_api->start<LogoutRequest>();
    }
    if (m_credentials && !email.isEmpty())
        m_credentials->deleteToken(server, email);
    QStringList caches;
    if (forgetThisComputer) {
        for (const OrgMembership &org : orgs)
            caches << cachePathFor(org.id);
        if (!m_orgId.isEmpty())
            caches << cachePathFor(m_orgId);
    }
    reset();
    if (forgetThisComputer) {
        for (const QString &path : std::as_const(caches))
            OfflineCache::removeFiles(path);
        m_accounts.remove(server, email);
    }
    operation->succeed();
    return operation;
}

SessionOperation *OrgSession::acceptInvitation(const QUrl &server, const QString &linkOrToken, const QString &name,
                                               const QString &password)
{
    auto *operation = new SessionOperation(this);
    const auto link = InvitationLink::parse(linkOrToken);
    if (!link) {
        auto error = localError(ApiError::Kind::Http, domain::ProblemCode::ValidationFailed, 422,
                                tr("This is not an invitation link or token. Paste the whole orgdesk:// link from "
                                   "the invitation email, or the token that starts with odi_."));
        error.fieldErrors.append({QStringLiteral("token"), error.detail});
        operation->fail(error);
        return operation;
    }
    const QUrl target = link->server.isEmpty() ? server : link->server;
    if (target.isEmpty()) {
        operation->fail(localError(ApiError::Kind::Http, domain::ProblemCode::ValidationFailed, 422,
                                   tr("Enter the server address: the token alone does not name it.")));
        return operation;
    }
    ApiClient *client = m_api;
    if (domain::normalizedServerUrl(target) != domain::normalizedServerUrl(m_api->baseUrl()) && !m_token.isEmpty()) {
        // Another server than the signed-in one: a client of its own, without our token.
        client = new ApiClient(m_network, operation);
        client->setTransferTimeout(m_options.transferTimeoutMs);
    }
    client->setBaseUrl(target);
    auto *accept = client->start<AcceptInvitationRequest>(link->token, name, password);
    connect(accept, &ApiRequest::failed, operation, [operation](const ApiError &error) { operation->fail(error); });
    connect(accept, &ApiRequest::succeeded, operation, [this, accept, operation] {
        operation->setResult(accept->orgId());
        if (m_state == State::SignedIn)
            fetchMe(new SessionOperation(this), true); // the new org appears in the switcher
        operation->succeed();
    });
    return operation;
}

// --- The open org --------------------------------------------------------------------------

QString OrgSession::cachePathFor(const QString &orgId) const
{
    return m_options.cacheRoot + QStringLiteral("/orgs/") + OfflineCache::fileName(m_server, orgId, m_user.id);
}

void OrgSession::openOrg(const QString &orgId)
{
    closeOrg();
    m_orgId = orgId;
    OfflineCache cache;
    const auto result = cache.open(cachePathFor(orgId));
    if (result == OfflineCache::OpenResult::Rebuilt) {
        emit notice(tr("The offline copy of this organization could not be used (it was damaged, or written by a "
                       "newer OrgDesk). It was set aside and is being downloaded again."));
    } else if (result == OfflineCache::OpenResult::Failed) {
        emit notice(tr("The offline copy cannot be opened: %1").arg(cache.lastError()));
    }
    if (cache.isOpen() && cache.version() > 0) {
        m_models->apply(cache.load());
        m_models->setStale(true); // until the server confirms it
        scheduleExpiryRefresh();
        setLastSynced(cache.lastSyncedAt());
        setDataAvailable(true);
    }
    emit orgChanged(m_orgId);
    emit roleChanged();
}

void OrgSession::closeOrg()
{
    m_engine.reset();
    m_models->clear();
    setDataAvailable(false);
    setLastSynced({});
    if (!m_orgId.isEmpty()) {
        m_orgId.clear();
        emit orgChanged(m_orgId);
        emit roleChanged();
    }
    if (m_wasOnline) {
        m_wasOnline = false;
        emit onlineChanged(false);
    }
}

bool OrgSession::switchOrg(const QString &orgId)
{
    if (orgId == m_orgId)
        return true;
    if (std::none_of(m_orgs.cbegin(), m_orgs.cend(), [&orgId](const OrgMembership &o) { return o.id == orgId; }))
        return false;
    openOrg(orgId);
    saveAccount();
    if (m_state == State::SignedIn)
        startEngine();
    return true;
}

void OrgSession::startEngine()
{
    m_engine.reset();
    if (m_workOffline)
        return;
    SyncTarget target;
    target.server = m_server;
    target.token = m_token;
    target.orgId = m_orgId;
    target.userId = m_user.id;
    target.cachePath = cachePathFor(m_orgId);
    target.pageLimit = m_options.pageLimit;
    target.cacheChecked = true; // openOrg() checked it
    m_engine = std::make_unique<SyncEngine>(target);
    m_engine->setInterval(m_options.syncIntervalMs);
    m_engine->setBackoff(m_options.minBackoffMs, m_options.maxBackoffMs);
    connect(m_engine.get(), &SyncEngine::batchApplied, this, &OrgSession::onBatchApplied);
    connect(m_engine.get(), &SyncEngine::progress, this, &OrgSession::syncProgress);
    connect(m_engine.get(), &SyncEngine::syncingChanged, this, &OrgSession::syncingChanged);
    connect(m_engine.get(), &SyncEngine::syncFinished, this, &OrgSession::onSyncFinished);
    connect(m_engine.get(), &SyncEngine::accessLost, this, &OrgSession::onAccessLost);
    connect(m_engine.get(), &SyncEngine::onlineChanged, this, [this](bool online) {
        if (online != m_wasOnline) {
            m_wasOnline = online;
            m_models->setStale(!online);
            emit onlineChanged(online);
        }
    });
    connect(m_engine.get(), &SyncEngine::ownRoleChanged, this, [this](domain::Role role) {
        for (OrgMembership &org : m_orgs) {
            if (org.id == m_orgId)
                org.role = role;
        }
        saveAccount();
        emit orgsChanged();
        emit roleChanged();
    });
    m_engine->start();
}

void OrgSession::onBatchApplied(const ChangeBatch &batch)
{
    m_models->apply(batch);
    scheduleExpiryRefresh();
    if (batch.org) {
        for (OrgMembership &org : m_orgs) {
            if (org.id == m_orgId && org.name != batch.org->name) {
                org.name = batch.org->name;
                emit orgsChanged();
            }
        }
    }
    setDataAvailable(true);
}

void OrgSession::scheduleExpiryRefresh()
{
    // Passing an expiry raises no version (API.md), so the invitations model is told when
    // its next invitation expires.
    const QDateTime next = m_models->invitations()->nextExpiry();
    if (!next.isValid()) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(next);
    m_expiryTimer.start(int(std::clamp<qint64>(ms + 50, 0, 24LL * 3600 * 1000)));
}

void OrgSession::onSyncFinished(const SyncOutcome &outcome)
{
    if (outcome.kind == SyncOutcome::Kind::Synced)
        setLastSynced(QDateTime::currentDateTimeUtc());
    emit syncFinished(outcome);
}

void OrgSession::onAccessLost(const ApiError &error)
{
    if (error.httpStatus == 401) {
        // The token ended (expired, revoked, signed out elsewhere): keep showing the cache.
        m_engine.reset();
        m_token.clear();
        m_api->setToken({});
        if (m_credentials)
            m_credentials->deleteToken(m_server, m_user.email);
        if (m_wasOnline) {
            m_wasOnline = false;
            emit onlineChanged(false);
        }
        setState(State::NeedsPassword);
        emit accessLost(error);
        return;
    }
    // The user is no longer in this org: what it held must not stay on this computer.
    const QString lost = m_orgId;
    forgetOrg(lost);
    m_orgs.erase(std::remove_if(m_orgs.begin(), m_orgs.end(), [&lost](const OrgMembership &o) { return o.id == lost; }),
                 m_orgs.end());
    emit orgsChanged();
    closeOrg();
    if (!m_orgs.isEmpty())
        switchOrg(m_orgs.first().id);
    saveAccount();
    ApiError said = error;
    if (said.detail.isEmpty())
        said.detail = tr("You no longer have access to this organization.");
    emit accessLost(said);
}

void OrgSession::forgetOrg(const QString &orgId)
{
    if (orgId == m_orgId)
        m_engine.reset();
    OfflineCache::removeFiles(cachePathFor(orgId));
}

// --- State -----------------------------------------------------------------------------------

bool OrgSession::isOnline() const
{
    return m_state == State::SignedIn && m_engine && m_engine->isOnline();
}

bool OrgSession::isSyncing() const
{
    return m_engine && m_engine->isSyncing();
}

std::optional<domain::Role> OrgSession::role() const
{
    for (const OrgMembership &org : m_orgs) {
        if (org.id == m_orgId)
            return org.role;
    }
    return std::nullopt;
}

bool OrgSession::can(domain::Action action) const
{
    const auto r = role();
    return r && domain::Permissions::can(*r, action);
}

bool OrgSession::canManageInvitationFor(domain::Role invitedRole) const
{
    const auto r = role();
    return r && domain::Permissions::canManageInvitationFor(*r, invitedRole);
}

QString OrgSession::whyNot(domain::Action action) const
{
    if (m_workOffline)
        return tr("You are working offline. Turn off File › Work Offline to make changes.");
    if (m_state != State::SignedIn)
        return tr("Sign in to make changes.");
    if (!isOnline())
        return ApiError::offline().message();
    if (!can(action)) {
        const auto r = role();
        return r ? tr("Your role in this organization (%1) does not allow this.").arg(DisplayText::roleName(*r))
                 : tr("Open an organization first.");
    }
    return {};
}

void OrgSession::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

void OrgSession::cancelSync()
{
    if (m_engine)
        m_engine->cancel();
}

void OrgSession::setWorkOffline(bool offline)
{
    if (m_workOffline == offline)
        return;
    m_workOffline = offline;
    emit workOfflineChanged(offline);
    if (offline) {
        m_engine.reset();
        if (m_wasOnline) {
            m_wasOnline = false;
            m_models->setStale(true);
            emit onlineChanged(false);
        }
    } else if (m_state == State::SignedIn && !m_token.isEmpty()) {
        fetchMe(new SessionOperation(this), true); // the orgs may have changed meanwhile
    }
}

void OrgSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void OrgSession::setLastSynced(const QDateTime &when)
{
    if (m_lastSynced == when)
        return;
    m_lastSynced = when;
    emit lastSyncedChanged(when);
}

void OrgSession::setDataAvailable(bool available)
{
    if (m_dataAvailable == available)
        return;
    m_dataAvailable = available;
    emit dataAvailableChanged(available);
}

void OrgSession::saveAccount()
{
    if (m_user.id.isEmpty())
        return;
    Account account;
    account.server = m_server;
    account.user = m_user;
    account.orgs = m_orgs;
    account.lastOrgId = m_orgId;
    if (!m_accounts.write(account))
        qCWarning(lcSync) << "cannot save the account index in" << m_accounts.directory();
}

void OrgSession::reset()
{
    closeOrg();
    m_token.clear();
    m_api->setToken({}); // requests in flight (a logout) still finish
    m_user = {};
    if (!m_orgs.isEmpty()) {
        m_orgs.clear();
        emit orgsChanged();
    }
    setState(State::SignedOut);
}
