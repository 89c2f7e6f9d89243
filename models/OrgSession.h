#pragma once

#include "AccountStore.h"
#include "SessionOperation.h"
#include "api/ApiError.h"
#include "api/OrgMembership.h"

#include "domain/Permissions.h"
#include "domain/Role.h"
#include "domain/UserInfo.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class ApiClient;
class ApiRequest;
class CredentialStore;
class OrgModels;
class QNetworkAccessManager;
class SyncEngine;
struct ApiKeyPatch;
struct ChangeBatch;
struct SyncOutcome;

class RenameOrgRequest;
class PutLogoRequest;
class DeleteLogoRequest;
class LeaveOrgRequest;
class DeleteOrgRequest;
class CreateOrgRequest;
class ChangeMemberRoleRequest;
class RemoveMemberRequest;
class CreateInvitationRequest;
class ResendInvitationRequest;
class RevokeInvitationRequest;
class GenerateApiKeyRequest;
class UpdateApiKeyRequest;
class DeleteApiKeyRequest;
class ChangeSeatsRequest;
class SetDefaultPaymentMethodRequest;
class RemovePaymentMethodRequest;
class BillingPortalRequest;

// The one facade the UI talks to (STYLE.md): who is signed in where, which org is open, the
// models of its four tabs, whether the server is reachable, and every write of the tabs.
//
// Start: the org's cache fills the models before any network call; then a SyncEngine keeps
// cache and models in step with the server. Writes go straight to the server (never while
// offline) and, done or failed, are followed by a sync, so the models always end up as the
// server has them.
class OrgSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncingChanged)
    Q_PROPERTY(QDateTime lastSynced READ lastSynced NOTIFY lastSyncedChanged)
    Q_PROPERTY(QString orgId READ orgId NOTIFY orgChanged)
    Q_PROPERTY(bool dataAvailable READ isDataAvailable NOTIFY dataAvailableChanged)
    Q_PROPERTY(bool workOffline READ workOffline WRITE setWorkOffline NOTIFY workOfflineChanged)

public:
    enum class State {
        SignedOut,
        NeedsPassword, // showing what the cache holds; no usable token (ask for the password)
        SignedIn, // a token the server accepted (online or not)
    };
    Q_ENUM(State)

    struct Options
    {
        QString cacheRoot; // default: QStandardPaths::CacheLocation
        QString accountsDirectory; // default: QStandardPaths::AppLocalDataLocation + "/accounts"
        int syncIntervalMs = 60000;
        int minBackoffMs = 2000;
        int maxBackoffMs = 60000;
        int transferTimeoutMs = 30000;
        int pageLimit = 5000;
    };

    // The network manager (for the session's own requests) and the credential store are
    // injected, so tests swap them.
    OrgSession(QNetworkAccessManager *network, CredentialStore *credentials, const Options &options,
               QObject *parent = nullptr);
    ~OrgSession() override;

    OrgModels *models() const { return m_models; }

    // Signs in with a password. `remember` keeps the session token in the credential store.
    SessionOperation *signIn(const QUrl &server, const QString &email, const QString &password, bool remember);
    // Opens what this computer knows of the account: the cached org at once, then the
    // stored token. Succeeds when a token is there (online or not); fails with
    // Unauthenticated when a password is needed, still showing the cache.
    SessionOperation *resume(const QUrl &server, const QString &email);
    // Ends the session on the server (when reachable) and here; `forgetThisComputer` also
    // deletes the account's caches and what the app remembers of it.
    SessionOperation *signOut(bool forgetThisComputer);
    // Accepts an invitation from a pasted orgdesk:// link or a bare odi_ token. A new
    // account needs `name` and `password`. result() is the org id.
    SessionOperation *acceptInvitation(const QUrl &server, const QString &linkOrToken, const QString &name = {},
                                       const QString &password = {});

    State state() const { return m_state; }
    bool isOnline() const;
    bool isSyncing() const;
    QDateTime lastSynced() const { return m_lastSynced; }
    bool isDataAvailable() const { return m_dataAvailable; }
    QUrl server() const { return m_server; }
    domain::UserInfo user() const { return m_user; }
    QVector<OrgMembership> orgs() const { return m_orgs; }
    QString orgId() const { return m_orgId; }
    std::optional<domain::Role> role() const;
    bool switchOrg(const QString &orgId);

    // From the shared permission matrix and the caller's role in the open org.
    bool can(domain::Action action) const;
    bool canManageInvitationFor(domain::Role invitedRole) const;
    // Why a write cannot be made now, in words (offline, signed out, the role), or empty.
    QString whyNot(domain::Action action) const;

    void syncNow();
    void cancelSync();

    // "Work offline" (orgdesk --offline, File › Work Offline): the cache is shown and nothing
    // is sent, not even a sync, until it is turned off; then the session catches up. Signing
    // in turns it off.
    bool workOffline() const { return m_workOffline; }
    void setWorkOffline(bool offline);

    // Every write of the four tabs. Each returns the request, already started (read its
    // result in a slot connected to succeeded). Offline or without a token it fails with
    // the offline / unauthenticated error and nothing is sent.
    RenameOrgRequest *renameOrg(const QString &name);
    PutLogoRequest *setLogo(const QByteArray &bytes, const QByteArray &contentType);
    DeleteLogoRequest *removeLogo();
    LeaveOrgRequest *leaveOrg();
    DeleteOrgRequest *deleteOrg(const QString &confirmName);
    CreateOrgRequest *createOrg(const QString &name);
    ChangeMemberRoleRequest *changeMemberRole(const QString &userId, domain::Role role);
    RemoveMemberRequest *removeMember(const QString &userId);
    CreateInvitationRequest *invite(const QString &email, domain::Role role);
    ResendInvitationRequest *resendInvitation(const QString &invitationId);
    RevokeInvitationRequest *revokeInvitation(const QString &invitationId);
    GenerateApiKeyRequest *generateApiKey(const QString &name, const QString &description);
    UpdateApiKeyRequest *updateApiKey(const QString &keyId, const ApiKeyPatch &patch);
    DeleteApiKeyRequest *deleteApiKey(const QString &keyId);
    ChangeSeatsRequest *changeSeats(int seats);
    SetDefaultPaymentMethodRequest *setDefaultPaymentMethod(const QString &paymentMethodId);
    RemovePaymentMethodRequest *removePaymentMethod(const QString &paymentMethodId);
    BillingPortalRequest *billingPortal();

    // Where the cache of (server, org, user) lives under this session's cache root.
    QString cachePathFor(const QString &orgId) const;

signals:
    void stateChanged(OrgSession::State state);
    void onlineChanged(bool online);
    void syncingChanged(bool syncing);
    void syncProgress(int percent);
    void syncFinished(const SyncOutcome &outcome);
    void lastSyncedChanged(const QDateTime &when);
    void orgChanged(const QString &orgId);
    void orgsChanged();
    void roleChanged();
    void dataAvailableChanged(bool available);
    void workOfflineChanged(bool offline);
    // The server ended the session (401) or the user lost the org (404: removed, org
    // deleted). The error's message says which.
    void accessLost(const ApiError &error);
    // Something the user should know that is not an error of theirs, in words (the cache was
    // broken and is rebuilt; the credential store is not available; …).
    void notice(const QString &message);

private:
    template<typename R, typename... Args> R *write(Args &&...args);
    static ApiError localError(ApiError::Kind kind, domain::ProblemCode code, int status, const QString &detail);
    static ApiError signInNeeded();
    void fetchMe(SessionOperation *operation, bool startEngine);
    void openOrg(const QString &orgId);
    void closeOrg();
    void startEngine();
    void forgetOrg(const QString &orgId);
    void onBatchApplied(const ChangeBatch &batch);
    void onSyncFinished(const SyncOutcome &outcome);
    void onAccessLost(const ApiError &error);
    void setState(State state);
    void setLastSynced(const QDateTime &when);
    void setDataAvailable(bool available);
    void saveAccount();
    void scheduleExpiryRefresh();
    void reset();

    QNetworkAccessManager *m_network;
    CredentialStore *m_credentials;
    Options m_options;
    ApiClient *m_api;
    OrgModels *m_models;
    AccountStore m_accounts;
    std::unique_ptr<SyncEngine> m_engine;

    State m_state = State::SignedOut;
    QUrl m_server;
    QString m_token; // memory only
    domain::UserInfo m_user;
    QVector<OrgMembership> m_orgs;
    QString m_orgId;
    QDateTime m_lastSynced;
    bool m_dataAvailable = false;
    bool m_wasOnline = false;
    bool m_workOffline = false;
    QTimer m_expiryTimer;
};
