// ApiClient and the request types against the real orgdesk-server over real HTTP: one
// success path per endpoint family, the changes feed read into ChangeBatches, and the
// signal contract (finished, then exactly one of succeeded / failed; deleteLater after).
#include "FakeNetwork.h"
#include "support/ServerHarness.h"

#include "api/ApiClient.h"
#include "api/ApiKeyRequests.h"
#include "api/AuthRequests.h"
#include "api/BillingRequests.h"
#include "api/ChangesRequest.h"
#include "api/InvitationRequests.h"
#include "api/MemberRequests.h"
#include "api/OrgRequests.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using domain::Role;

namespace {

// A 1×1 PNG.
QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5E"
        "rkJggg==");
}

} // namespace

class TestApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void loginMeLogout();
    void wrongPasswordIsNotASessionEnd();
    void signalsAreQueuedOnceAndInOrder();
    void orgProfileAndLogo();
    void createRenameLeaveDeleteOrg();
    void members();
    void invitations();
    void apiKeys();
    void billing();
    void changesSnapshotInPages();
    void changesDeltaCarriesTombstones();

private:
    ServerProcess m_server;
    QString m_acme;
    QString m_globex;
    QString m_adaToken;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_api;
};

void TestApi::initTestCase()
{
    ServerOptions options;
    options.members = 20;
    QVERIFY2(m_server.start(options), qPrintable(m_server.lastError()));
    const DemoIds ids = demoIds(m_server.baseUrl());
    QVERIFY(!ids.acme.isEmpty());
    m_acme = ids.acme;
    m_globex = ids.globex;
    m_adaToken = ids.adaToken;
}

void TestApi::init()
{
    m_api.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_api->setBaseUrl(m_server.baseUrl());
    m_api->setToken(m_adaToken);
}

void TestApi::loginMeLogout()
{
    m_api->setToken({});
    QSignalSpy unauthenticated(m_api.get(), &ApiClient::unauthenticated);

    QString token;
    QDateTime expiresAt;
    domain::UserInfo user;
    auto *login = m_api->start<LoginRequest>(QStringLiteral("max@acme.test"), QStringLiteral("demo-password"));
    QVERIFY(!login->needsAuth());
    RequestWatch loginWatch(login, [&] {
        token = login->token();
        expiresAt = login->expiresAt();
        user = login->user();
    });
    QVERIFY_SUCCEEDS(loginWatch);
    QVERIFY2(token.startsWith(QLatin1String("ods_")), qPrintable(token.left(4)));
    QVERIFY(expiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(user.email, QStringLiteral("max@acme.test"));
    QCOMPARE(user.name, QStringLiteral("Max Planck"));

    m_api->setToken(token);
    QVector<OrgMembership> orgs;
    auto *me = m_api->start<MeRequest>();
    RequestWatch meWatch(me, [&] {
        orgs = me->orgs();
        user = me->user();
    });
    QVERIFY_SUCCEEDS(meWatch);
    QCOMPARE(user.email, QStringLiteral("max@acme.test"));
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.first().id, m_acme);
    QCOMPARE(orgs.first().name, QStringLiteral("Acme Monitoring"));
    QCOMPARE(orgs.first().role, Role::Manager);

    RequestWatch logout(m_api->start<LogoutRequest>());
    QVERIFY_SUCCEEDS(logout);
    QCOMPARE(unauthenticated.count(), 0);

    // The revoked token: the session ended, and the client says so once.
    RequestWatch after(m_api->start<MeRequest>());
    QVERIFY_FAILS(after);
    QCOMPARE(after.error.kind, ApiError::Kind::Http);
    QCOMPARE(after.error.httpStatus, 401);
    QCOMPARE(after.error.code, domain::ProblemCode::Unauthenticated);
    QCOMPARE(unauthenticated.count(), 1);
}

void TestApi::wrongPasswordIsNotASessionEnd()
{
    QSignalSpy unauthenticated(m_api.get(), &ApiClient::unauthenticated);
    // A token is set, but login never sends it: its 401 is a wrong password, not an ended session.
    RequestWatch login(m_api->start<LoginRequest>(QStringLiteral("uma@acme.test"), QStringLiteral("wrong-password")));
    QVERIFY_FAILS(login);
    QCOMPARE(login.error.httpStatus, 401);
    QCOMPARE(login.error.code, domain::ProblemCode::Unauthenticated);
    QVERIFY(!login.error.message().isEmpty());
    QCOMPARE(unauthenticated.count(), 0);
}

void TestApi::signalsAreQueuedOnceAndInOrder()
{
    auto *request = m_api->start<GetOrgRequest>(m_acme);
    QCOMPARE(request->parent(), m_api.get());
    QSignalSpy finished(request, &ApiRequest::finished);
    QSignalSpy succeeded(request, &ApiRequest::succeeded);
    QSignalSpy failed(request, &ApiRequest::failed);
    // Nothing from inside start(): the caller connects after it returns.
    QCOMPARE(finished.count(), 0);
    QVERIFY(!request->isFinished());
    bool finishedSeenBeforeSucceeded = false;
    bool stateReadable = false;
    connect(request, &ApiRequest::succeeded, this, [&] {
        finishedSeenBeforeSucceeded = finished.count() == 1;
        stateReadable = request->isFinished() && request->isSuccess() && request->httpStatus() == 200
            && request->responseHeader("etag").startsWith('"') && request->error().isNone();
    });
    QPointer<ApiRequest> alive(request);
    QTRY_VERIFY(alive.isNull()); // deleteLater()'d after it finished
    QCOMPARE(finished.count(), 1);
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(finishedSeenBeforeSucceeded);
    QVERIFY(stateReadable);

    // A failing one: finished then failed, once each, even when it fails before any traffic.
    m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(FakeNetwork::closedPort())));
    RetryPolicy once;
    once.maxAttempts = 1;
    m_api->setRetryPolicy(once);
    auto *doomed = m_api->start<MeRequest>();
    RequestWatch watch(doomed);
    QCOMPARE(watch.events.size(), 0);
    QVERIFY_FAILS(watch);
    QCOMPARE(watch.error.kind, ApiError::Kind::Network);
    QVERIFY2(watch.error.message().contains(QLatin1String("127.0.0.1")), qPrintable(watch.error.message()));
}

void TestApi::orgProfileAndLogo()
{
    domain::OrgProfile org;
    QByteArray etag;
    auto *get = m_api->start<GetOrgRequest>(m_acme);
    RequestWatch getWatch(get, [&] {
        org = get->org();
        etag = get->responseHeader("ETag");
    });
    QVERIFY_SUCCEEDS(getWatch);
    QCOMPARE(org.id, m_acme);
    QCOMPARE(org.name, QStringLiteral("Acme Monitoring"));
    QCOMPARE(org.memberCount, 25);
    QVERIFY(org.version > 0);
    QCOMPARE(etag, QByteArray('"' + QByteArray::number(org.version) + '"'));

    // The same version again: 304 is a success without a body.
    bool notModified = false;
    auto *again = m_api->start<GetOrgRequest>(m_acme, org.version);
    RequestWatch againWatch(again, [&] { notModified = again->notModified(); });
    QVERIFY_SUCCEEDS(againWatch);
    QVERIFY(notModified);
    // An older version: the full profile.
    auto *older = m_api->start<GetOrgRequest>(m_acme, org.version - 1);
    domain::OrgProfile fresh;
    RequestWatch olderWatch(older, [&] {
        notModified = older->notModified();
        fresh = older->org();
    });
    QVERIFY_SUCCEEDS(olderWatch);
    QVERIFY(!notModified);
    QCOMPARE(fresh.version, org.version);

    // Logo: put, read back byte for byte with its ETag, delete, gone.
    RequestWatch put(m_api->start<PutLogoRequest>(m_acme, tinyPng(), QByteArray("image/png")));
    QVERIFY_SUCCEEDS(put);
    auto *withLogo = m_api->start<GetOrgRequest>(m_acme);
    RequestWatch withLogoWatch(withLogo, [&] { org = withLogo->org(); });
    QVERIFY_SUCCEEDS(withLogoWatch);
    QVERIFY(org.hasLogo);
    QVERIFY(!org.logoEtag.isEmpty());

    QByteArray bytes, contentType;
    QString logoEtag;
    auto *logo = m_api->start<GetLogoRequest>(m_acme);
    RequestWatch logoWatch(logo, [&] {
        bytes = logo->bytes();
        contentType = logo->contentType();
        logoEtag = logo->etag();
    });
    QVERIFY_SUCCEEDS(logoWatch);
    QCOMPARE(bytes, tinyPng());
    QCOMPARE(contentType, QByteArray("image/png"));
    QCOMPARE(logoEtag, org.logoEtag);

    RequestWatch remove(m_api->start<DeleteLogoRequest>(m_acme));
    QVERIFY_SUCCEEDS(remove);
    RequestWatch gone(m_api->start<GetLogoRequest>(m_acme));
    QVERIFY_FAILS(gone);
    QCOMPARE(gone.error.httpStatus, 404);
    QCOMPARE(gone.error.code, domain::ProblemCode::NotFound);
}

void TestApi::createRenameLeaveDeleteOrg()
{
    // A name full of characters that must be percent-encoded in the confirm query.
    const QString name = QStringLiteral("Zeta+Labs & 100% /Co?#");
    domain::OrgProfile org;
    auto *create = m_api->start<CreateOrgRequest>(name);
    RequestWatch createWatch(create, [&] { org = create->org(); });
    QVERIFY_SUCCEEDS(createWatch);
    QCOMPARE(org.name, name);
    QCOMPARE(org.memberCount, 1);

    const QString renamed = QStringLiteral("Zeta+Labs %41 & Söhne");
    auto *rename = m_api->start<RenameOrgRequest>(org.id, renamed);
    RequestWatch renameWatch(rename, [&] { org = rename->org(); });
    QVERIFY_SUCCEEDS(renameWatch);
    QCOMPARE(org.name, renamed);

    // The wrong confirmation is refused with the field named; the exact name deletes.
    RequestWatch wrong(m_api->start<DeleteOrgRequest>(org.id, name));
    QVERIFY_FAILS(wrong);
    QCOMPARE(wrong.error.httpStatus, 422);
    QVERIFY(!wrong.error.fieldMessage(QStringLiteral("confirm")).isEmpty());
    RequestWatch remove(m_api->start<DeleteOrgRequest>(org.id, renamed));
    QVERIFY_SUCCEEDS(remove);
    RequestWatch gone(m_api->start<GetOrgRequest>(org.id));
    QVERIFY_FAILS(gone);
    QCOMPARE(gone.error.httpStatus, 404);

    // Ada is a user in Globex and may leave it.
    RequestWatch leave(m_api->start<LeaveOrgRequest>(m_globex));
    QVERIFY_SUCCEEDS(leave);
    QVector<OrgMembership> orgs;
    auto *me = m_api->start<MeRequest>();
    RequestWatch meWatch(me, [&] { orgs = me->orgs(); });
    QVERIFY_SUCCEEDS(meWatch);
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.first().id, m_acme);
}

void TestApi::members()
{
    MemberQuery query;
    query.perPage = 10;
    QVector<domain::Member> items;
    qint64 total = 0;
    auto *page = m_api->start<ListMembersRequest>(m_acme, query);
    RequestWatch pageWatch(page, [&] {
        items = page->items();
        total = page->total();
    });
    QVERIFY_SUCCEEDS(pageWatch);
    QCOMPARE(items.size(), 10);
    QVERIFY(total >= 24);
    QVERIFY(std::is_sorted(items.cbegin(), items.cend(), [](const domain::Member &a, const domain::Member &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    }));

    query = {};
    query.q = QStringLiteral("OTTO@");
    auto *search = m_api->start<ListMembersRequest>(m_acme, query);
    RequestWatch searchWatch(search, [&] {
        items = search->items();
        total = search->total();
    });
    QVERIFY_SUCCEEDS(searchWatch);
    QCOMPARE(total, 1);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().email, QStringLiteral("otto@acme.test"));
    const QString otto = items.first().userId;

    domain::Member changed;
    auto *promote = m_api->start<ChangeMemberRoleRequest>(m_acme, otto, Role::Manager);
    RequestWatch promoteWatch(promote, [&] { changed = promote->member(); });
    QVERIFY_SUCCEEDS(promoteWatch);
    QCOMPARE(changed.userId, otto);
    QCOMPARE(changed.role, Role::Manager);

    RequestWatch remove(m_api->start<RemoveMemberRequest>(m_acme, otto));
    QVERIFY_SUCCEEDS(remove);
    RequestWatch again(m_api->start<RemoveMemberRequest>(m_acme, otto));
    QVERIFY_FAILS(again);
    QCOMPARE(again.error.code, domain::ProblemCode::NotFound);
}

void TestApi::invitations()
{
    QVector<domain::Invitation> items;
    auto *list = m_api->start<ListInvitationsRequest>(m_acme);
    RequestWatch listWatch(list, [&] { items = list->items(); });
    QVERIFY_SUCCEEDS(listWatch);
    QCOMPARE(items.size(), 2);

    domain::Invitation invitation;
    auto *create
        = m_api->start<CreateInvitationRequest>(m_acme, QStringLiteral("New.Person@Example.test"), Role::Observer);
    RequestWatch createWatch(create, [&] { invitation = create->invitation(); });
    QVERIFY_SUCCEEDS(createWatch);
    QCOMPARE(invitation.email, QStringLiteral("new.person@example.test"));
    QCOMPARE(invitation.role, Role::Observer);
    QCOMPARE(invitation.invitedBy.name, QStringLiteral("Ada Lovelace"));
    QVERIFY(invitation.expiresAt > QDateTime::currentDateTimeUtc());

    domain::Invitation resent;
    auto *resend = m_api->start<ResendInvitationRequest>(m_acme, invitation.id);
    RequestWatch resendWatch(resend, [&] { resent = resend->invitation(); });
    QVERIFY_SUCCEEDS(resendWatch);
    QCOMPARE(resent.id, invitation.id);
    QVERIFY(resent.expiresAt >= invitation.expiresAt);

    // The newest mail to that address holds the live token; accept it as a new account.
    QString token;
    for (const QByteArray &raw : outboxMessages(m_server.outboxDir())) {
        const ParsedMail mail = parseMail(raw);
        if (mail.to.contains(QLatin1String("new.person@example.test")))
            token = invitationTokenFrom(mail.body);
    }
    QVERIFY(token.startsWith(QLatin1String("odi_")));
    m_api->setToken({}); // accepting needs no session
    QString orgId;
    Role role = Role::Admin;
    auto *accept
        = m_api->start<AcceptInvitationRequest>(token, QStringLiteral("New Person"), QStringLiteral("a-long-password"));
    QVERIFY(!accept->needsAuth());
    RequestWatch acceptWatch(accept, [&] {
        orgId = accept->orgId();
        role = accept->role();
    });
    QVERIFY_SUCCEEDS(acceptWatch);
    QCOMPARE(orgId, m_acme);
    QCOMPARE(role, Role::Observer);
    QVERIFY(!login(m_server.baseUrl(), QStringLiteral("new.person@example.test"), QStringLiteral("a-long-password"))
                 .isEmpty());

    m_api->setToken(m_adaToken);
    RequestWatch revoke(m_api->start<RevokeInvitationRequest>(m_acme, items.first().id));
    QVERIFY_SUCCEEDS(revoke);
    auto *after = m_api->start<ListInvitationsRequest>(m_acme);
    RequestWatch afterWatch(after, [&] { items = after->items(); });
    QVERIFY_SUCCEEDS(afterWatch);
    QCOMPARE(items.size(), 1);
}

void TestApi::apiKeys()
{
    QVector<domain::ApiKey> keys;
    auto *list = m_api->start<ListApiKeysRequest>(m_acme);
    RequestWatch listWatch(list, [&] { keys = list->items(); });
    QVERIFY_SUCCEEDS(listWatch);
    QCOMPARE(keys.size(), 3);

    domain::ApiKey key;
    QString secret;
    auto *generate
        = m_api->start<GenerateApiKeyRequest>(m_acme, QStringLiteral("CI agent"), QStringLiteral("runs nightly"));
    RequestWatch generateWatch(generate, [&] {
        key = generate->key();
        secret = generate->secret();
    });
    QVERIFY_SUCCEEDS(generateWatch);
    QVERIFY(secret.startsWith(QLatin1String("odk_")));
    QCOMPARE(key.prefix, secret.left(12));
    QCOMPARE(key.name, QStringLiteral("CI agent"));
    QCOMPARE(key.description, QStringLiteral("runs nightly"));
    QVERIFY(key.enabled);

    ApiKeyPatch patch;
    patch.enabled = false;
    domain::ApiKey updated;
    auto *disable = m_api->start<UpdateApiKeyRequest>(m_acme, key.id, patch);
    RequestWatch disableWatch(disable, [&] { updated = disable->key(); });
    QVERIFY_SUCCEEDS(disableWatch);
    QVERIFY(!updated.enabled);
    QCOMPARE(updated.name, QStringLiteral("CI agent")); // fields not in the patch stay

    patch = {};
    patch.name = QStringLiteral("Nightly agent");
    patch.description = QString();
    auto *rename = m_api->start<UpdateApiKeyRequest>(m_acme, key.id, patch);
    RequestWatch renameWatch(rename, [&] { updated = rename->key(); });
    QVERIFY_SUCCEEDS(renameWatch);
    QCOMPARE(updated.name, QStringLiteral("Nightly agent"));
    QCOMPARE(updated.description, QString());
    QVERIFY(!updated.enabled);

    RequestWatch remove(m_api->start<DeleteApiKeyRequest>(m_acme, key.id));
    QVERIFY_SUCCEEDS(remove);
    auto *after = m_api->start<ListApiKeysRequest>(m_acme);
    RequestWatch afterWatch(after, [&] { keys = after->items(); });
    QVERIFY_SUCCEEDS(afterWatch);
    QCOMPARE(keys.size(), 3);
}

void TestApi::billing()
{
    domain::Subscription subscription;
    auto *get = m_api->start<GetSubscriptionRequest>(m_acme);
    RequestWatch getWatch(get, [&] { subscription = get->subscription(); });
    QVERIFY_SUCCEEDS(getWatch);
    QCOMPARE(subscription.plan, QStringLiteral("pro"));
    QCOMPARE(subscription.seats, 25);
    QCOMPARE(subscription.pricePerSeat, 1900);

    auto *raise = m_api->start<ChangeSeatsRequest>(m_acme, 30);
    RequestWatch raiseWatch(raise, [&] { subscription = raise->subscription(); });
    QVERIFY_SUCCEEDS(raiseWatch);
    QCOMPARE(subscription.seats, 30);
    QVERIFY(!subscription.pendingSeats);

    QVector<domain::Invoice> invoices;
    qint64 total = 0;
    auto *page = m_api->start<ListInvoicesRequest>(m_acme, 1, 5);
    RequestWatch pageWatch(page, [&] {
        invoices = page->items();
        total = page->total();
    });
    QVERIFY_SUCCEEDS(pageWatch);
    QCOMPARE(invoices.size(), 5);
    QVERIFY(total >= 13); // 12 past invoices and the raise's prorated one
    QVERIFY(!invoices.first().lines.isEmpty());

    QVector<domain::PaymentMethod> cards;
    auto *list = m_api->start<ListPaymentMethodsRequest>(m_acme);
    RequestWatch listWatch(list, [&] { cards = list->items(); });
    QVERIFY_SUCCEEDS(listWatch);
    QCOMPARE(cards.size(), 2);
    const auto other = std::find_if(cards.cbegin(), cards.cend(), [](const auto &card) { return !card.isDefault; });
    QVERIFY(other != cards.cend());
    const QString otherId = other->id;

    RequestWatch makeDefault(m_api->start<SetDefaultPaymentMethodRequest>(m_acme, otherId));
    QVERIFY_SUCCEEDS(makeDefault);
    auto *check = m_api->start<ListPaymentMethodsRequest>(m_acme);
    RequestWatch checkWatch(check, [&] { cards = check->items(); });
    QVERIFY_SUCCEEDS(checkWatch);
    for (const auto &card : std::as_const(cards))
        QCOMPARE(card.isDefault, card.id == otherId);

    QUrl portal;
    auto *portalRequest = m_api->start<BillingPortalRequest>(m_acme);
    RequestWatch portalWatch(portalRequest, [&] { portal = portalRequest->url(); });
    QVERIFY_SUCCEEDS(portalWatch);
    QCOMPARE(portal.path(), QStringLiteral("/billing-portal"));
    QVERIFY(portal.query().contains(m_acme));

    RequestWatch remove(m_api->start<RemovePaymentMethodRequest>(m_acme, otherId));
    QVERIFY_SUCCEEDS(remove);
}

void TestApi::changesSnapshotInPages()
{
    qint64 memberTotal = 0;
    auto *count = m_api->start<ListMembersRequest>(m_acme, MemberQuery {});
    RequestWatch countWatch(count, [&] { memberTotal = count->total(); });
    QVERIFY_SUCCEEDS(countWatch);
    domain::OrgProfile org;
    auto *getOrg = m_api->start<GetOrgRequest>(m_acme);
    RequestWatch orgWatch(getOrg, [&] { org = getOrg->org(); });
    QVERIFY_SUCCEEDS(orgWatch);

    // Small pages, so the snapshot takes several; each asks from the previous toVersion.
    qint64 since = 0;
    QSet<QString> members;
    int pages = 0, apiKeys = 0, invoices = 0, cards = 0, invitations = 0;
    bool sawOrg = false, sawSubscription = false;
    for (bool more = true; more;) {
        QVERIFY2(pages < 100, "the feed never ended");
        ChangeBatch batch;
        auto *page = m_api->start<ChangesRequest>(m_acme, since, 7);
        RequestWatch watch(page, [&] { batch = page->batch(); });
        QVERIFY_SUCCEEDS(watch);
        QCOMPARE(batch.fromVersion, since);
        QCOMPARE(batch.reset, since == 0);
        QVERIFY(!batch.logo);
        if (batch.more)
            QVERIFY(batch.toVersion > since);
        for (const auto &member : std::as_const(batch.members.upserts))
            members.insert(member.userId);
        apiKeys += int(batch.apiKeys.upserts.size());
        invoices += int(batch.invoices.upserts.size());
        cards += int(batch.paymentMethods.upserts.size());
        invitations += int(batch.invitations.upserts.size());
        sawOrg = sawOrg || batch.org.has_value();
        sawSubscription = sawSubscription || batch.subscription.has_value();
        more = batch.more;
        since = batch.toVersion;
        ++pages;
    }
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QCOMPARE(qint64(members.size()), memberTotal);
    QVERIFY(sawOrg);
    QVERIFY(sawSubscription);
    QVERIFY(apiKeys >= 3);
    QVERIFY(invoices >= 12);
    QVERIFY(cards >= 1);
    QVERIFY(invitations >= 1);
    QCOMPARE(since, org.version); // the last page's toVersion is the org's version
}

void TestApi::changesDeltaCarriesTombstones()
{
    domain::OrgProfile org;
    auto *getOrg = m_api->start<GetOrgRequest>(m_acme);
    RequestWatch orgWatch(getOrg, [&] { org = getOrg->org(); });
    QVERIFY_SUCCEEDS(orgWatch);

    MemberQuery query;
    query.q = QStringLiteral("uma@");
    QString uma;
    auto *find = m_api->start<ListMembersRequest>(m_acme, query);
    RequestWatch findWatch(find, [&] { uma = find->items().value(0).userId; });
    QVERIFY_SUCCEEDS(findWatch);
    QVERIFY(!uma.isEmpty());
    RequestWatch remove(m_api->start<RemoveMemberRequest>(m_acme, uma));
    QVERIFY_SUCCEEDS(remove);

    ChangeBatch batch;
    auto *delta = m_api->start<ChangesRequest>(m_acme, org.version);
    RequestWatch deltaWatch(delta, [&] { batch = delta->batch(); });
    QVERIFY_SUCCEEDS(deltaWatch);
    QVERIFY(!batch.reset);
    QVERIFY(!batch.more);
    QCOMPARE(batch.fromVersion, org.version);
    QVERIFY(batch.toVersion > org.version);
    QCOMPARE(batch.members.removed, QVector<QString> {uma});
    QVERIFY(batch.members.upserts.isEmpty());
    QVERIFY(batch.org.has_value()); // memberCount changed
    QCOMPARE(batch.org->memberCount, org.memberCount - 1);

    auto *now = m_api->start<GetOrgRequest>(m_acme);
    RequestWatch nowWatch(now, [&] { org = now->org(); });
    QVERIFY_SUCCEEDS(nowWatch);
    QCOMPARE(batch.toVersion, org.version);
}

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
