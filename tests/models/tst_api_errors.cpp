// How failures reach callers: ApiError's one mapping (every ProblemCode, field errors,
// non-JSON bodies, Retry-After), the real server's actual error answers, and the
// transport faults a real server cannot produce on demand (FakeNetwork: a scripted peer
// on a real loopback socket): transfer timeouts, retries with backoff, Retry-After, POST
// that must not be resent, abort(), unauthenticated() and reachabilityChanged().
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

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using domain::Problem;
using domain::ProblemCode;
using domain::Role;

namespace {

// A request the typed API does not offer, for answers only a wrong verb provokes (405).
class RawRequest : public ApiRequest
{
public:
    RawRequest(QByteArray verb, QString path)
        : ApiRequest(std::move(verb), std::move(path))
    { }
};

QByteArray problemBody(ProblemCode code, const QString &detail, const QJsonArray &errors = {})
{
    QJsonObject problem {
        {QStringLiteral("type"), QString(QStringLiteral("urn:orgdesk:problem:") + Problem::codeName(code))},
        {QStringLiteral("title"), Problem::title(code)},
        {QStringLiteral("status"), Problem::httpStatus(code)},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("code"), Problem::codeName(code)},
    };
    if (!errors.isEmpty())
        problem.insert(QStringLiteral("errors"), errors);
    return QJsonDocument(problem).toJson(QJsonDocument::Compact);
}

const QByteArray kMeBody = R"({"user":{"id":"usr_1","name":"Ann","email":"ann@x.test"},"orgs":[]})";
const QByteArray kOrgBody = R"({"id":"org_1","name":"N","hasLogo":false,"logoEtag":null,)"
                            R"("createdAt":"2026-01-01T00:00:00Z","memberCount":1,"version":3})";

// Waits for the request and returns its error; kind None if it did not fail properly.
ApiError failureOf(ApiRequest *request)
{
    RequestWatch watch(request);
    if (!watch.wait() || !watch.failed())
        return {};
    return watch.error;
}

QByteArray describe(const ApiError &error)
{
    return QStringLiteral("kind %1 status %2 code %3 retryAfter %4: %5")
        .arg(int(error.kind))
        .arg(error.httpStatus)
        .arg(Problem::codeName(error.code))
        .arg(error.retryAfterSeconds ? *error.retryAfterSeconds : -1)
        .arg(error.message())
        .toUtf8();
}

#define QCOMPARE_PROBLEM(error, status, problemCode)                                                                   \
    do {                                                                                                               \
        const ApiError &e_ = (error);                                                                                  \
        QVERIFY2(e_.kind == ApiError::Kind::Http && e_.httpStatus == (status) && e_.code == (problemCode)              \
                     && !e_.detail.isEmpty(),                                                                          \
                 describe(e_).constData());                                                                            \
    } while (false)

} // namespace

class TestApiErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    // ApiError's mapping.
    void everyProblemCodeMaps_data();
    void everyProblemCodeMaps();
    void fieldErrorsAreRead();
    void nonJsonErrorBodies();
    void retryAfterForms();
    void codeForStatus();
    void messagesPerKind();

    // The real server's answers.
    void realServerAnswers();
    void loginLockoutFailsFastWithRetryAfter();
    void mailUnavailable();

    // Transport faults.
    void transferTimeout();
    void timeoutIsRetriedForGetButNotForPost();
    void serverErrorsAreRetriedWithBackoff();
    void connectionRefusedThenReachable();
    void postIsResentOnlyIfItNeverReachedTheServer();
    void shortRetryAfterIsWaitedFor();
    void longRetryAfterFailsFast();
    void abortInFlight();
    void abortWhileWaitingToRetry();
    void abortAll();
    void rejectFinishesWithoutSending();
    void unauthenticatedOnlyWithAToken();
    void headersPathAndQueryOnTheWire();
    void unreadableAnswersAreProtocolErrors();
    void redirectsStayWithinTheOrigin();
    void changesPageEdgeCases();

private:
    std::unique_ptr<ApiClient> clientFor(const QUrl &url, int maxAttempts = 1, int initialDelayMs = 50);

    ServerProcess m_server;
    DemoIds m_ids;
    QNetworkAccessManager m_network;
};

void TestApiErrors::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_ids = demoIds(m_server.baseUrl());
    QVERIFY(!m_ids.acme.isEmpty());
}

void TestApiErrors::init()
{
    // Each test its own connections: a hung socket of one must not delay the next.
    m_network.clearConnectionCache();
}

std::unique_ptr<ApiClient> TestApiErrors::clientFor(const QUrl &url, int maxAttempts, int initialDelayMs)
{
    auto client = std::make_unique<ApiClient>(&m_network);
    client->setBaseUrl(url);
    client->setToken(m_ids.adaToken);
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.initialDelayMs = initialDelayMs;
    policy.maxDelayMs = 4 * initialDelayMs;
    client->setRetryPolicy(policy);
    return client;
}

// ---------------------------------------------------------------- ApiError's mapping

void TestApiErrors::everyProblemCodeMaps_data()
{
    QTest::addColumn<int>("code");
    for (int i = 0; i < domain::kProblemCodeCount; ++i)
        QTest::newRow(qPrintable(Problem::codeName(ProblemCode(i)))) << i;
}

void TestApiErrors::everyProblemCodeMaps()
{
    QFETCH(int, code);
    const auto problemCode = ProblemCode(code);
    const int status = Problem::httpStatus(problemCode);
    const QString detail = QStringLiteral("Something specific about %1.").arg(Problem::codeName(problemCode));
    const QByteArray body = problemBody(problemCode, detail);

    // The mapping itself.
    const ApiError error = ApiError::fromHttp(status, "application/problem+json", body, "7");
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, problemCode);
    QCOMPARE(error.title, Problem::title(problemCode));
    QCOMPARE(error.detail, detail);
    QCOMPARE(error.message(), detail);
    QCOMPARE(error.isRetryable(), status >= 500 || status == 429);
    QCOMPARE(error.retryAfterSeconds.has_value(), status == 429 || status == 503);
    if (error.retryAfterSeconds)
        QCOMPARE(*error.retryAfterSeconds, 7);

    // The same answer over a real socket reaches a request's failed() unchanged.
    FakeNetwork peer;
    QVERIFY(peer.listen());
    peer.enqueue(FakeNetwork::Answer::respond(status, body, "application/problem+json; charset=utf-8",
                                              {{"Retry-After", "7"}, {"WWW-Authenticate", "Bearer realm=\"x\""}}));
    auto client = clientFor(peer.url());
    const ApiError received = failureOf(client->start<MeRequest>());
    QVERIFY2(received.kind == ApiError::Kind::Http, describe(received).constData());
    QCOMPARE(received.code, problemCode);
    QCOMPARE(received.httpStatus, status);
    QCOMPARE(received.detail, detail);
    QCOMPARE(peer.count(), 1);

    // A code this client does not know (a newer server) still maps, to Internal.
    const QByteArray unknown = QByteArray(body).replace(Problem::codeName(problemCode).toUtf8(), "brand_new_code");
    QCOMPARE(ApiError::fromHttp(status, "application/problem+json", unknown, {}).code, ProblemCode::Internal);
}

void TestApiErrors::fieldErrorsAreRead()
{
    const QJsonArray errors {
        QJsonObject {{QStringLiteral("field"), QStringLiteral("email")},
                     {QStringLiteral("message"), QStringLiteral("This is not a valid email address.")}},
        QJsonObject {{QStringLiteral("field"), QStringLiteral("role")},
                     {QStringLiteral("message"), QStringLiteral("Unknown role.")}},
    };
    const ApiError error = ApiError::fromHttp(
        422, "application/problem+json",
        problemBody(ProblemCode::ValidationFailed, QStringLiteral("Some fields are not valid."), errors), {});
    QCOMPARE(error.code, ProblemCode::ValidationFailed);
    QCOMPARE(error.fieldErrors.size(), 2);
    QCOMPARE(error.fieldErrors.at(0).field, QStringLiteral("email"));
    QCOMPARE(error.fieldErrors.at(0).message, QStringLiteral("This is not a valid email address."));
    QCOMPARE(error.fieldMessage(QStringLiteral("role")), QStringLiteral("Unknown role."));
    QCOMPARE(error.fieldMessage(QStringLiteral("name")), QString());
    QVERIFY(!error.isRetryable());
}

void TestApiErrors::nonJsonErrorBodies()
{
    // nginx's 502 page: the code from the status, a generic sentence, retryable.
    const ApiError badGateway
        = ApiError::fromHttp(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>", {});
    QCOMPARE(badGateway.kind, ApiError::Kind::Http);
    QCOMPARE(badGateway.httpStatus, 502);
    QCOMPARE(badGateway.code, ProblemCode::Internal);
    QVERIFY(!badGateway.detail.isEmpty());
    QVERIFY(!badGateway.detail.contains(QLatin1String("<html>")));
    QVERIFY(badGateway.message().contains(QLatin1String("502")));
    QVERIFY(badGateway.isRetryable());
    QVERIFY(badGateway.fieldErrors.isEmpty());

    // Over the wire too.
    FakeNetwork peer;
    QVERIFY(peer.listen());
    peer.setFallback(FakeNetwork::Answer::respond(502, "<html>Bad Gateway</html>", "text/html"));
    auto client = clientFor(peer.url());
    const ApiError received = failureOf(client->start<MeRequest>());
    QCOMPARE(received.kind, ApiError::Kind::Http);
    QCOMPARE(received.httpStatus, 502);
    QCOMPARE(received.code, ProblemCode::Internal);
    QCOMPARE(received.detail, badGateway.detail);

    // A plain-text 404 or a JSON body without a code: the code the status stands for.
    QCOMPARE(ApiError::fromHttp(404, "text/plain", "nope", {}).code, ProblemCode::NotFound);
    QCOMPARE(ApiError::fromHttp(413, "application/json", R"({"error":"too big"})", {}).code,
             ProblemCode::PayloadTooLarge);
    QVERIFY(!ApiError::fromHttp(403, {}, {}, {}).message().isEmpty());
    // A 409 without a body cannot say which conflict: not guessed.
    QCOMPARE(ApiError::fromHttp(409, "text/plain", "conflict", {}).code, ProblemCode::Internal);
    // Broken JSON is not trusted.
    QCOMPARE(ApiError::fromHttp(400, "application/problem+json", R"({"code":"last_admin")", {}).code,
             ProblemCode::BadRequest);
}

void TestApiErrors::retryAfterForms()
{
    QCOMPARE(ApiError::fromHttp(429, {}, {}, "42").retryAfterSeconds, std::optional<int>(42));
    QCOMPARE(ApiError::fromHttp(503, {}, {}, " 5 ").retryAfterSeconds, std::optional<int>(5));
    QCOMPARE(ApiError::fromHttp(429, {}, {}, "soon").retryAfterSeconds, std::optional<int>());
    QCOMPARE(ApiError::fromHttp(429, {}, {}, {}).retryAfterSeconds, std::optional<int>());
    // Only 429 and 503 carry it.
    QCOMPARE(ApiError::fromHttp(500, {}, {}, "42").retryAfterSeconds, std::optional<int>());
    // An HTTP date, about 30 s from now.
    const QByteArray date = QDateTime::currentDateTimeUtc()
                                .addSecs(30)
                                .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                .toLatin1();
    const auto fromDate = ApiError::fromHttp(429, {}, {}, date).retryAfterSeconds;
    QVERIFY2(fromDate && *fromDate >= 28 && *fromDate <= 30, date.constData());
    // Without a detail, the sentence names the wait.
    QVERIFY(ApiError::fromHttp(429, {}, {}, "42").message().contains(QLatin1String("42")));
}

void TestApiErrors::codeForStatus()
{
    QCOMPARE(ApiError::codeForStatus(400), ProblemCode::BadRequest);
    QCOMPARE(ApiError::codeForStatus(401), ProblemCode::Unauthenticated);
    QCOMPARE(ApiError::codeForStatus(403), ProblemCode::Forbidden);
    QCOMPARE(ApiError::codeForStatus(404), ProblemCode::NotFound);
    QCOMPARE(ApiError::codeForStatus(405), ProblemCode::MethodNotAllowed);
    QCOMPARE(ApiError::codeForStatus(409), ProblemCode::Internal);
    QCOMPARE(ApiError::codeForStatus(410), ProblemCode::Internal);
    QCOMPARE(ApiError::codeForStatus(413), ProblemCode::PayloadTooLarge);
    QCOMPARE(ApiError::codeForStatus(415), ProblemCode::UnsupportedMediaType);
    QCOMPARE(ApiError::codeForStatus(422), ProblemCode::ValidationFailed);
    QCOMPARE(ApiError::codeForStatus(429), ProblemCode::RateLimited);
    QCOMPARE(ApiError::codeForStatus(418), ProblemCode::Internal);
    QCOMPARE(ApiError::codeForStatus(503), ProblemCode::Internal); // a proxy's 503 is not a mail problem
}

void TestApiErrors::messagesPerKind()
{
    ApiError network = ApiError::fromNetworkError(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
    QCOMPARE(network.kind, ApiError::Kind::Network);
    QVERIFY(network.isRetryable());
    network.server = QStringLiteral("https://orgdesk.test");
    QVERIFY(network.message().contains(QLatin1String("https://orgdesk.test")));
    QVERIFY(!network.message().contains(QLatin1String("refused"))); // words, not Qt's error string

    const ApiError timeout = ApiError::fromNetworkError(QNetworkReply::OperationCanceledError, {});
    QCOMPARE(timeout.kind, ApiError::Kind::Timeout);
    QVERIFY(timeout.isRetryable());
    QCOMPARE(timeout.message(), QStringLiteral("The server took too long to answer."));
    QCOMPARE(ApiError::fromNetworkError(QNetworkReply::TimeoutError, {}).kind, ApiError::Kind::Timeout);
    QCOMPARE(ApiError::fromNetworkError(QNetworkReply::SslHandshakeFailedError, {}).kind, ApiError::Kind::Network);
    QCOMPARE(ApiError::fromNetworkError(QNetworkReply::RemoteHostClosedError, {}).kind, ApiError::Kind::Network);

    const ApiError offline = ApiError::offline();
    QCOMPARE(offline.kind, ApiError::Kind::Offline);
    QCOMPARE(offline.message(),
             QStringLiteral("You are offline. Changes can be made once the server is reachable again."));
    QVERIFY(!offline.isRetryable());
    QCOMPARE(ApiError::cancelled().kind, ApiError::Kind::Cancelled);
    QVERIFY(!ApiError::cancelled().message().isEmpty());
    QVERIFY(!ApiError::cancelled().isRetryable());
    QVERIFY(ApiError().isNone());
    QVERIFY(ApiError().message().isEmpty());
    ApiError protocol;
    protocol.kind = ApiError::Kind::Protocol;
    QVERIFY(!protocol.message().isEmpty());
    QVERIFY(!protocol.isRetryable());
    // 4xx other than 429 are not worth repeating.
    QVERIFY(!ApiError::fromHttp(409, {}, {}, {}).isRetryable());
    QVERIFY(ApiError::fromHttp(500, {}, {}, {}).isRetryable());
}

// ---------------------------------------------------------------- the real server's answers

void TestApiErrors::realServerAnswers()
{
    auto api = clientFor(m_server.baseUrl());
    const QString acme = m_ids.acme;

    // 400: a query value out of range.
    MemberQuery tooMany;
    tooMany.perPage = 501;
    QCOMPARE_PROBLEM(failureOf(api->start<ListMembersRequest>(acme, tooMany)), 400, ProblemCode::BadRequest);

    // 401: a token the server does not know.
    api->setToken(QStringLiteral("ods_not-a-real-token"));
    QCOMPARE_PROBLEM(failureOf(api->start<MeRequest>()), 401, ProblemCode::Unauthenticated);
    api->setToken(m_ids.adaToken);

    // 403: uma is a user, and users may not see API keys.
    api->setToken(login(m_server.baseUrl(), QStringLiteral("uma@acme.test")));
    QCOMPARE_PROBLEM(failureOf(api->start<ListApiKeysRequest>(acme)), 403, ProblemCode::Forbidden);
    api->setToken(m_ids.adaToken);

    // 404: no such org; an id with a slash stays one (unknown) segment.
    QCOMPARE_PROBLEM(failureOf(api->start<GetOrgRequest>(QStringLiteral("org_nope"))), 404, ProblemCode::NotFound);
    QCOMPARE_PROBLEM(failureOf(api->start<RemoveMemberRequest>(acme, QStringLiteral("../../me"))), 404,
                     ProblemCode::NotFound);

    // 405: a verb the path does not serve.
    QCOMPARE_PROBLEM(failureOf(api->start<RawRequest>(QByteArray("PUT"), QStringLiteral("/me"))), 405,
                     ProblemCode::MethodNotAllowed);

    // 409 last_admin: ada is Acme's only admin.
    QCOMPARE_PROBLEM(failureOf(api->start<LeaveOrgRequest>(acme)), 409, ProblemCode::LastAdmin);
    QCOMPARE_PROBLEM(failureOf(api->start<ChangeMemberRoleRequest>(acme, QStringLiteral("me"), Role::User)), 404,
                     ProblemCode::NotFound);

    // 409 already_member / invitation_pending.
    QCOMPARE_PROBLEM(failureOf(api->start<CreateInvitationRequest>(acme, QStringLiteral("uma@acme.test"), Role::User)),
                     409, ProblemCode::AlreadyMember);
    QCOMPARE_PROBLEM(
        failureOf(api->start<CreateInvitationRequest>(acme, QStringLiteral("jordan.lee@acme.test"), Role::User)), 409,
        ProblemCode::InvitationPending);

    // 409 payment_method_required: the last card of an active paid subscription.
    QVector<domain::PaymentMethod> cards;
    auto *list = api->start<ListPaymentMethodsRequest>(acme);
    RequestWatch listWatch(list, [&] { cards = list->items(); });
    QVERIFY_SUCCEEDS(listWatch);
    QCOMPARE(cards.size(), 2);
    RequestWatch firstCard(api->start<RemovePaymentMethodRequest>(acme, cards.at(0).id));
    QVERIFY_SUCCEEDS(firstCard);
    QCOMPARE_PROBLEM(failureOf(api->start<RemovePaymentMethodRequest>(acme, cards.at(1).id)), 409,
                     ProblemCode::PaymentMethodRequired);

    // 410 invitation_expired and resync_required.
    QCOMPARE_PROBLEM(failureOf(api->start<AcceptInvitationRequest>(QStringLiteral("odi_unknown"))), 410,
                     ProblemCode::InvitationExpired);
    QCOMPARE_PROBLEM(failureOf(api->start<ChangesRequest>(acme, qint64(1) << 40)), 410, ProblemCode::ResyncRequired);

    // 413 and 415: a logo over 1 MiB, and bytes that are no PNG or JPEG.
    QCOMPARE_PROBLEM(
        failureOf(api->start<PutLogoRequest>(acme, QByteArray(1024 * 1024 + 1, 'x'), QByteArray("image/png"))), 413,
        ProblemCode::PayloadTooLarge);
    QCOMPARE_PROBLEM(
        failureOf(api->start<PutLogoRequest>(acme, QByteArray("GIF89a not really"), QByteArray("image/gif"))), 415,
        ProblemCode::UnsupportedMediaType);

    // 422 with the broken fields named.
    const ApiError invalid
        = failureOf(api->start<CreateInvitationRequest>(acme, QStringLiteral("not-an-email"), Role::User));
    QCOMPARE_PROBLEM(invalid, 422, ProblemCode::ValidationFailed);
    QVERIFY2(!invalid.fieldMessage(QStringLiteral("email")).isEmpty(), describe(invalid).constData());
    const ApiError seats = failureOf(api->start<ChangeSeatsRequest>(acme, 0));
    QCOMPARE_PROBLEM(seats, 422, ProblemCode::ValidationFailed);
    QVERIFY(!seats.fieldMessage(QStringLiteral("seats")).isEmpty());
    QVERIFY(!seats.isRetryable());
}

void TestApiErrors::loginLockoutFailsFastWithRetryAfter()
{
    // Ten wrong passwords lock the email for 60 s. That wait is past maxRetryAfterSeconds,
    // so the 429 fails at once, saying how long to wait, and nothing is resent.
    auto api = clientFor(m_server.baseUrl(), 4);
    api->setToken({});
    const QString email = QStringLiteral("bea@acme.test");
    for (int i = 0; i < 10; ++i) {
        const ApiError wrong = failureOf(api->start<LoginRequest>(email, QStringLiteral("wrong-password")));
        QCOMPARE_PROBLEM(wrong, 401, ProblemCode::Unauthenticated);
    }
    QElapsedTimer clock;
    clock.start();
    auto *locked = api->start<LoginRequest>(email, QStringLiteral("demo-password"));
    RequestWatch watch(locked);
    QVERIFY_FAILS(watch);
    QCOMPARE_PROBLEM(watch.error, 429, ProblemCode::RateLimited);
    QVERIFY2(watch.error.retryAfterSeconds && *watch.error.retryAfterSeconds > 10
                 && *watch.error.retryAfterSeconds <= 60,
             describe(watch.error).constData());
    QVERIFY2(clock.elapsed() < 5000, "a long Retry-After must fail fast");
    QVERIFY(watch.error.isRetryable());
}

void TestApiErrors::mailUnavailable()
{
    // A server whose mail server is down: inviting answers 503 mail_unavailable, and a POST
    // that reached the server is not sent again.
    ServerProcess server;
    ServerOptions options;
    options.useSmtp = true;
    options.smtpPort = FakeNetwork::closedPort();
    QVERIFY2(server.start(options), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    auto api = clientFor(server.baseUrl(), 4);
    api->setToken(ids.adaToken);
    auto *invite = api->start<CreateInvitationRequest>(ids.acme, QStringLiteral("someone@example.test"), Role::User);
    RequestWatch watch(invite);
    QVERIFY_FAILS(watch);
    QCOMPARE_PROBLEM(watch.error, 503, ProblemCode::MailUnavailable);
    QVERIFY(watch.error.isRetryable()); // the user may try again; the client did not on its own
    QCOMPARE(server.log().count("/invitations 503"), 1);
}

// ---------------------------------------------------------------- transport faults

void TestApiErrors::transferTimeout()
{
    // A real socket that accepts the request and never answers.
    FakeNetwork peer;
    QVERIFY(peer.listen());
    peer.setFallback(FakeNetwork::Answer::hang());
    auto client = clientFor(peer.url());
    client->setTransferTimeout(300);
    QElapsedTimer clock;
    clock.start();
    RequestWatch watch(client->start<MeRequest>());
    QVERIFY_FAILS(watch);
    QCOMPARE(watch.error.kind, ApiError::Kind::Timeout);
    QVERIFY(watch.error.isRetryable());
    QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(peer.count(), 1);
}

void TestApiErrors::timeoutIsRetriedForGetButNotForPost()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    peer.setFallback(FakeNetwork::Answer::hang());
    auto client = clientFor(peer.url(), 3, 20);
    client->setTransferTimeout(200);

    RequestWatch get(client->start<MeRequest>());
    QVERIFY_FAILS(get);
    QCOMPARE(get.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(peer.count(), 3);

    // A POST that timed out may have been acted on: not resent.
    RequestWatch post(client->start<CreateOrgRequest>(QStringLiteral("Timed out")));
    QVERIFY_FAILS(post);
    QCOMPARE(post.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(peer.count(), 4);
    QCOMPARE(peer.received().last().method, QByteArray("POST"));
}

void TestApiErrors::serverErrorsAreRetriedWithBackoff()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    peer.enqueue(FakeNetwork::Answer::respond(503, "<html>busy</html>", "text/html"));
    peer.enqueue(FakeNetwork::Answer::respond(500, problemBody(ProblemCode::Internal, QStringLiteral("Oops."))));
    peer.enqueue(FakeNetwork::Answer::respond(200, kMeBody));
    auto client = clientFor(peer.url(), 4, 200);
    QSignalSpy reachability(client.get(), &ApiClient::reachabilityChanged);

    domain::UserInfo user;
    auto *me = client->start<MeRequest>();
    RequestWatch watch(me, [&] { user = me->user(); });
    QVERIFY_SUCCEEDS(watch);
    QCOMPARE(user.name, QStringLiteral("Ann"));
    QCOMPARE(peer.count(), 3);
    // Backoff with equal jitter: at least half of 200 ms, then of 400 ms.
    const auto &received = peer.received();
    QVERIFY2(received.at(1).atMs - received.at(0).atMs >= 95, qPrintable(QString::number(received.at(1).atMs)));
    QVERIFY2(received.at(2).atMs - received.at(1).atMs >= 195, qPrintable(QString::number(received.at(2).atMs)));
    QCOMPARE(reachability.count(), 0); // every attempt got an HTTP answer

    // Out of attempts: the last error is the request's.
    peer.setFallback(FakeNetwork::Answer::respond(502, "bad gateway", "text/plain"));
    RequestWatch exhausted(client->start<MeRequest>());
    QVERIFY_FAILS(exhausted);
    QCOMPARE(exhausted.error.httpStatus, 502);
    QCOMPARE(peer.count(), 3 + 4);

    // A 4xx is final at once.
    peer.enqueue(FakeNetwork::Answer::respond(404, problemBody(ProblemCode::NotFound, QStringLiteral("Gone."))));
    RequestWatch notFound(client->start<MeRequest>());
    QVERIFY_FAILS(notFound);
    QCOMPARE(notFound.error.code, ProblemCode::NotFound);
    QCOMPARE(peer.count(), 3 + 4 + 1);
}

void TestApiErrors::connectionRefusedThenReachable()
{
    // Nothing listens on the port at first; once the first attempt was refused, the server
    // comes up there, and the retry reaches it.
    const quint16 port = FakeNetwork::closedPort();
    QVERIFY(port != 0);
    auto client = clientFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), 4, 400);
    QSignalSpy reachability(client.get(), &ApiClient::reachabilityChanged);
    QVERIFY(client->isReachable());

    domain::UserInfo user;
    auto *me = client->start<MeRequest>();
    RequestWatch watch(me, [&] { user = me->user(); });
    QVERIFY(reachability.wait(5000));
    QCOMPARE(reachability.count(), 1);
    QCOMPARE(reachability.at(0).at(0).toBool(), false);
    QVERIFY(!client->isReachable());
    QVERIFY(!watch.isDone()); // waiting to retry

    FakeNetwork peer;
    QVERIFY(peer.listen(port));
    peer.enqueue(FakeNetwork::Answer::respond(200, kMeBody));
    QVERIFY_SUCCEEDS(watch);
    QCOMPARE(user.email, QStringLiteral("ann@x.test"));
    QCOMPARE(peer.count(), 1);
    QCOMPARE(reachability.count(), 2);
    QCOMPARE(reachability.at(1).at(0).toBool(), true);
    QVERIFY(client->isReachable());

    // Only on change: another success says nothing.
    peer.enqueue(FakeNetwork::Answer::respond(200, kMeBody));
    RequestWatch again(client->start<MeRequest>());
    QVERIFY_SUCCEEDS(again);
    QCOMPARE(reachability.count(), 2);
}

void TestApiErrors::postIsResentOnlyIfItNeverReachedTheServer()
{
    // Refused: the POST never reached anyone, so it goes again.
    const quint16 port = FakeNetwork::closedPort();
    auto client = clientFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), 3, 400);
    QSignalSpy reachability(client.get(), &ApiClient::reachabilityChanged);
    domain::OrgProfile org;
    auto *create = client->start<CreateOrgRequest>(QStringLiteral("New org"));
    RequestWatch watch(create, [&] { org = create->org(); });
    QVERIFY(reachability.wait(5000));
    FakeNetwork peer;
    QVERIFY(peer.listen(port));
    peer.enqueue(FakeNetwork::Answer::respond(201, kOrgBody));
    QVERIFY_SUCCEEDS(watch);
    QCOMPARE(org.id, QStringLiteral("org_1"));
    QCOMPARE(peer.count(), 1);
    QCOMPARE(peer.received().first().method, QByteArray("POST"));
    QCOMPARE(QJsonDocument::fromJson(peer.received().first().body).object().value(QLatin1String("name")).toString(),
             QStringLiteral("New org"));

    // A 503 came from a server that got the POST: not resent, whatever the attempts left.
    peer.setFallback(FakeNetwork::Answer::respond(503, "busy", "text/plain"));
    RequestWatch busy(client->start<CreateOrgRequest>(QStringLiteral("Another")));
    QVERIFY_FAILS(busy);
    QCOMPARE(busy.error.httpStatus, 503);
    QCOMPARE(peer.count(), 2);

    // The same 503 on a PATCH (idempotent) is retried.
    RequestWatch patch(client->start<RenameOrgRequest>(QStringLiteral("org_1"), QStringLiteral("x")));
    QVERIFY_FAILS(patch);
    QCOMPARE(peer.count(), 2 + 3);
}

void TestApiErrors::shortRetryAfterIsWaitedFor()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    peer.enqueue(FakeNetwork::Answer::respond(429, problemBody(ProblemCode::RateLimited, QStringLiteral("Slow down.")),
                                              "application/problem+json", {{"Retry-After", "1"}}));
    peer.enqueue(FakeNetwork::Answer::respond(201, kOrgBody));
    auto client = clientFor(peer.url(), 3);
    // Even a POST: a 429 means the server refused before doing anything.
    RequestWatch watch(client->start<CreateOrgRequest>(QStringLiteral("Later")));
    QVERIFY_SUCCEEDS(watch);
    QCOMPARE(peer.count(), 2);
    const qint64 waited = peer.received().at(1).atMs - peer.received().at(0).atMs;
    QVERIFY2(waited >= 950, qPrintable(QString::number(waited)));
}

void TestApiErrors::longRetryAfterFailsFast()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    peer.setFallback(FakeNetwork::Answer::respond(
        429, problemBody(ProblemCode::RateLimited, QStringLiteral("Too many attempts. Try again in 60 seconds.")),
        "application/problem+json", {{"Retry-After", "60"}}));
    auto client = clientFor(peer.url(), 4);
    QElapsedTimer clock;
    clock.start();
    RequestWatch watch(client->start<MeRequest>());
    QVERIFY_FAILS(watch);
    QVERIFY(clock.elapsed() < 3000);
    QCOMPARE(watch.error.code, ProblemCode::RateLimited);
    QCOMPARE(watch.error.retryAfterSeconds, std::optional<int>(60));
    QCOMPARE(watch.error.message(), QStringLiteral("Too many attempts. Try again in 60 seconds."));
    QCOMPARE(peer.count(), 1);

    // A 503 with a long Retry-After fails fast as well.
    peer.setFallback(FakeNetwork::Answer::respond(503, "maintenance", "text/plain", {{"Retry-After", "3600"}}));
    RequestWatch maintenance(client->start<MeRequest>());
    QVERIFY_FAILS(maintenance);
    QCOMPARE(maintenance.error.retryAfterSeconds, std::optional<int>(3600));
    QCOMPARE(peer.count(), 2);
}

void TestApiErrors::abortInFlight()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    peer.setFallback(FakeNetwork::Answer::hang());
    auto client = clientFor(peer.url(), 4);
    auto *me = client->start<MeRequest>();
    QSignalSpy finished(me, &ApiRequest::finished);
    QSignalSpy failed(me, &ApiRequest::failed);
    QSignalSpy succeeded(me, &ApiRequest::succeeded);
    RequestWatch watch(me);
    QTRY_COMPARE(peer.count(), 1); // the request is on the wire
    me->abort();
    // abort() finishes at once, and only once.
    QVERIFY(watch.failed());
    QCOMPARE(watch.error.kind, ApiError::Kind::Cancelled);
    me->abort();
    QTRY_VERIFY(watch.isDeleted());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(peer.count(), 1); // not resent
    QVERIFY(client->isReachable()); // a cancel says nothing about the server
}

void TestApiErrors::abortWhileWaitingToRetry()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    peer.setFallback(FakeNetwork::Answer::respond(503, "busy", "text/plain"));
    auto client = clientFor(peer.url(), 4, 5000);
    auto *me = client->start<MeRequest>();
    QSignalSpy finished(me, &ApiRequest::finished);
    RequestWatch watch(me);
    QTRY_COMPARE(me->attempts(), 1);
    QTRY_COMPARE(peer.count(), 1);
    QVERIFY(!watch.isDone()); // the first 503 was answered; the retry waits
    me->abort();
    QVERIFY(watch.failed());
    QCOMPARE(watch.error.kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(watch.isDeleted());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(peer.count(), 1);
}

void TestApiErrors::abortAll()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    peer.setFallback(FakeNetwork::Answer::hang());
    auto client = clientFor(peer.url(), 4);
    RequestWatch first(client->start<MeRequest>());
    RequestWatch second(client->start<GetOrgRequest>(QStringLiteral("org_1")));
    // One not even sent yet: abortAll() right after start().
    client->abortAll();
    QVERIFY(first.failed());
    QVERIFY(second.failed());
    QCOMPARE(first.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(second.error.kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(first.isDeleted() && second.isDeleted());
    QCOMPARE(first.events.size(), 2);
    QCOMPARE(second.events.size(), 2);
    QCOMPARE(peer.count(), 0); // the queued sends found them finished

    // Deleting the client mid-request takes its requests along, without signals.
    RequestWatch orphan(client->start<MeRequest>());
    QTRY_COMPARE(peer.count(), 1);
    client.reset();
    QVERIFY(orphan.isDeleted());
    QVERIFY(orphan.events.isEmpty());
}

void TestApiErrors::rejectFinishesWithoutSending()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    auto client = clientFor(peer.url());
    auto *request = new RenameOrgRequest(QStringLiteral("org_1"), QStringLiteral("x"));
    client->reject(request, ApiError::offline());
    RequestWatch watch(request);
    QCOMPARE(watch.events.size(), 0); // queued, like every completion
    QVERIFY_FAILS(watch);
    QCOMPARE(watch.error.kind, ApiError::Kind::Offline);
    QCOMPARE(peer.count(), 0);
}

void TestApiErrors::unauthenticatedOnlyWithAToken()
{
    auto api = clientFor(m_server.baseUrl());
    QSignalSpy unauthenticated(api.get(), &ApiClient::unauthenticated);
    // With a token the server does not accept: the session ended.
    api->setToken(QStringLiteral("ods_revoked"));
    auto *me = api->start<MeRequest>();
    bool signalAfterFailed = false;
    connect(me, &ApiRequest::failed, this, [&] { signalAfterFailed = unauthenticated.isEmpty(); });
    RequestWatch watch(me);
    QVERIFY_FAILS(watch);
    QCOMPARE(unauthenticated.count(), 1);
    QVERIFY(signalAfterFailed);
    // Without a token, a 401 is just an answer.
    api->setToken({});
    RequestWatch anonymous(api->start<MeRequest>());
    QVERIFY_FAILS(anonymous);
    QCOMPARE(anonymous.error.httpStatus, 401);
    QCOMPARE(unauthenticated.count(), 1);
}

void TestApiErrors::headersPathAndQueryOnTheWire()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    peer.setFallback(FakeNetwork::Answer::respond(204));
    auto client = clientFor(peer.url().resolved(QUrl(QStringLiteral("/prefix/"))));
    client->setToken(QStringLiteral("ods_secret-token"));

    RequestWatch remove(client->start<DeleteOrgRequest>(QStringLiteral("org/1 ?x"), QStringLiteral("A+B & 100% #1")));
    QVERIFY_SUCCEEDS(remove);
    const auto &sent = peer.received().last();
    QCOMPARE(sent.method, QByteArray("DELETE"));
    QCOMPARE(sent.target, QByteArray("/prefix/api/v1/orgs/org%2F1%20%3Fx?confirm=A%2BB%20%26%20100%25%20%231"));
    QCOMPARE(sent.header("Authorization"), QByteArray("Bearer ods_secret-token"));
    QVERIFY2(sent.header("User-Agent").startsWith("OrgDesk/"), sent.header("User-Agent").constData());
    QCOMPARE(sent.header("Accept"), QByteArray("application/json"));

    // Members query: every parameter, free text encoded.
    MemberQuery query;
    query.page = 3;
    query.perPage = 20;
    query.q = QStringLiteral("a+b c");
    query.sort = QStringLiteral("joinedAt");
    query.order = QStringLiteral("desc");
    peer.enqueue(FakeNetwork::Answer::respond(200, R"({"items":[],"page":3,"perPage":20,"total":0})"));
    RequestWatch list(client->start<ListMembersRequest>(QStringLiteral("org_1"), query));
    QVERIFY_SUCCEEDS(list);
    QCOMPARE(peer.received().last().target,
             QByteArray("/prefix/api/v1/orgs/org_1/members?page=3&perPage=20&q=a%2Bb%20c&sort=joinedAt&order=desc"));

    // JSON bodies; login carries no token even when the client has one.
    peer.enqueue(FakeNetwork::Answer::respond(401, problemBody(ProblemCode::Unauthenticated, QStringLiteral("No."))));
    RequestWatch login(client->start<LoginRequest>(QStringLiteral("a@b.test"), QStringLiteral("pw")));
    QVERIFY_FAILS(login);
    const auto &loginSent = peer.received().last();
    QVERIFY(!loginSent.hasHeader("Authorization"));
    QVERIFY(loginSent.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(loginSent.body).object();
    QCOMPARE(body.value(QLatin1String("email")).toString(), QStringLiteral("a@b.test"));
    QCOMPARE(body.value(QLatin1String("password")).toString(), QStringLiteral("pw"));

    // A patch sends only the fields it has.
    ApiKeyPatch patch;
    patch.enabled = false;
    peer.enqueue(FakeNetwork::Answer::respond(500, "{}"));
    RequestWatch update(client->start<UpdateApiKeyRequest>(QStringLiteral("org_1"), QStringLiteral("key_1"), patch));
    QVERIFY_FAILS(update);
    QCOMPARE(QJsonDocument::fromJson(peer.received().last().body).object(),
             QJsonObject({{QStringLiteral("enabled"), false}}));
    QCOMPARE(peer.received().last().method, QByteArray("PATCH"));

    // If-None-Match for a known version.
    peer.enqueue(FakeNetwork::Answer::respond(304));
    bool notModified = false;
    auto *get = client->start<GetOrgRequest>(QStringLiteral("org_1"), qint64(42));
    RequestWatch getWatch(get, [&] { notModified = get->notModified(); });
    QVERIFY_SUCCEEDS(getWatch);
    QVERIFY(notModified);
    QCOMPARE(peer.received().last().header("If-None-Match"), QByteArray("\"42\""));

    // Raw logo bytes with their type.
    peer.enqueue(FakeNetwork::Answer::respond(204));
    RequestWatch put(
        client->start<PutLogoRequest>(QStringLiteral("org_1"), QByteArray("\x89PNG..."), QByteArray("image/png")));
    QVERIFY_SUCCEEDS(put);
    QCOMPARE(peer.received().last().method, QByteArray("PUT"));
    QCOMPARE(peer.received().last().header("Content-Type"), QByteArray("image/png"));
    QCOMPARE(peer.received().last().body, QByteArray("\x89PNG..."));
}

void TestApiErrors::unreadableAnswersAreProtocolErrors()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    auto client = clientFor(peer.url(), 4);
    const QList<QByteArray> bodies {
        "<html>captive portal</html>",
        R"({"user":{"id":"usr_1","name":"Ann"},"orgs":[]})", // no email
        R"({"user":{"id":"usr_1","name":"Ann","email":"a@x"},"orgs":[{"id":"o","name":"O","role":"emperor"}]})",
        "[]",
    };
    for (const QByteArray &body : bodies) {
        peer.enqueue(FakeNetwork::Answer::respond(200, body));
        RequestWatch watch(client->start<MeRequest>());
        QVERIFY_FAILS(watch);
        QCOMPARE(watch.error.kind, ApiError::Kind::Protocol);
        QCOMPARE(watch.error.httpStatus, 200);
        QVERIFY(!watch.error.isRetryable());
    }
    QCOMPARE(peer.count(), int(bodies.size())); // a Protocol error is not retried
}

void TestApiErrors::redirectsStayWithinTheOrigin()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    FakeNetwork elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setFallback(FakeNetwork::Answer::respond(200, kMeBody));
    auto client = clientFor(peer.url());
    client->setToken(QStringLiteral("ods_secret-token"));

    // Same origin: followed, the token still sent.
    peer.enqueue(FakeNetwork::Answer::respond(307, {}, {}, {{"Location", "/api/v1/me-moved"}}));
    peer.enqueue(FakeNetwork::Answer::respond(200, kMeBody));
    RequestWatch same(client->start<MeRequest>());
    QVERIFY_SUCCEEDS(same);
    QCOMPARE(peer.count(), 2);
    QCOMPARE(peer.received().at(1).target, QByteArray("/api/v1/me-moved"));
    QCOMPARE(peer.received().at(1).header("Authorization"), QByteArray("Bearer ods_secret-token"));

    // Another origin: not followed, so the token never goes there; the 302 is the answer.
    peer.enqueue(FakeNetwork::Answer::respond(
        302, {}, {}, {{"Location", elsewhere.url().resolved(QUrl(QStringLiteral("/api/v1/me"))).toEncoded()}}));
    RequestWatch other(client->start<MeRequest>());
    QVERIFY_FAILS(other);
    QCOMPARE(other.error.kind, ApiError::Kind::Http);
    QCOMPARE(other.error.httpStatus, 302);
    QVERIFY(!other.error.message().isEmpty());
    QCOMPARE(elsewhere.count(), 0);
    QVERIFY(client->isReachable());
}

void TestApiErrors::changesPageEdgeCases()
{
    FakeNetwork peer;
    QVERIFY(peer.listen());
    auto client = clientFor(peer.url());
    struct PageResult
    {
        QStringList events;
        ApiError error;
        bool succeeded() const
        {
            return events == QStringList {QStringLiteral("finished"), QStringLiteral("succeeded")};
        }
        bool failed() const { return events == QStringList {QStringLiteral("finished"), QStringLiteral("failed")}; }
        QByteArray describe() const
        {
            return (events.join(QLatin1Char(',')) + QLatin1Char(' ') + error.message()).toUtf8();
        }
    };
    const auto page = [&](qint64 since, const QByteArray &body, ChangeBatch *batch) {
        peer.enqueue(FakeNetwork::Answer::respond(200, body));
        auto *request = client->start<ChangesRequest>(QStringLiteral("org_1"), since, 3);
        RequestWatch watch(request, [&] { *batch = request->batch(); });
        watch.wait();
        return PageResult {watch.events, watch.error};
    };

    // Deletes of every kind, an unknown entity skipped, org and subscription tombstones.
    ChangeBatch batch;
    const PageResult deletes = page(10,
                                    R"({"version":20,"more":false,"changes":[
        {"entity":"member","op":"delete","id":"usr_1","version":11,"data":null},
        {"entity":"invitation","op":"delete","id":"inv_1","version":12,"data":null},
        {"entity":"apiKey","op":"delete","id":"key_1","version":13,"data":null},
        {"entity":"hologram","op":"upsert","id":"h_1","version":14,"data":{"shiny":true}},
        {"entity":"invoice","op":"delete","id":"in_1","version":15,"data":null},
        {"entity":"paymentMethod","op":"delete","id":"pm_1","version":16,"data":null},
        {"entity":"subscription","op":"delete","id":"org_1","version":17,"data":null},
        {"entity":"org","op":"delete","id":"org_1","version":18,"data":null}]})",
                                    &batch);
    QVERIFY2(deletes.succeeded(), deletes.describe().constData());
    QCOMPARE(peer.received().last().target, QByteArray("/api/v1/orgs/org_1/changes?since=10&limit=3"));
    QVERIFY(!batch.reset);
    QCOMPARE(batch.fromVersion, qint64(10));
    QCOMPARE(batch.toVersion, qint64(20)); // not more: the answer's version
    QCOMPARE(batch.members.removed, QVector<QString> {QStringLiteral("usr_1")});
    QCOMPARE(batch.invitations.removed, QVector<QString> {QStringLiteral("inv_1")});
    QCOMPARE(batch.apiKeys.removed, QVector<QString> {QStringLiteral("key_1")});
    QCOMPARE(batch.invoices.removed, QVector<QString> {QStringLiteral("in_1")});
    QCOMPARE(batch.paymentMethods.removed, QVector<QString> {QStringLiteral("pm_1")});
    QVERIFY(batch.subscriptionRemoved && !batch.subscription);
    QVERIFY(batch.orgRemoved && !batch.org);

    // More to come: toVersion is the last change's version, not the answer's.
    const PageResult partial = page(0,
                                    R"({"version":99,"more":true,"changes":[
        {"entity":"member","op":"upsert","id":"usr_2","version":4,"data":
            {"userId":"usr_2","name":"Bo","email":"bo@x.test","role":"user","joinedAt":"2026-01-01T00:00:00Z"}},
        {"entity":"org","op":"upsert","id":"org_1","version":7,"data":)"
                                        + kOrgBody + "}]}",
                                    &batch);
    QVERIFY2(partial.succeeded(), partial.describe().constData());
    QVERIFY(batch.reset);
    QVERIFY(batch.more);
    QCOMPARE(batch.toVersion, qint64(7));
    QCOMPARE(batch.members.upserts.size(), 1);
    QCOMPARE(batch.members.upserts.first().email, QStringLiteral("bo@x.test"));
    QVERIFY(batch.org && batch.org->id == QStringLiteral("org_1"));

    // More, but nothing in this page: stay where we were.
    const PageResult empty = page(5, R"({"version":9,"more":true,"changes":[]})", &batch);
    QVERIFY2(empty.succeeded(), empty.describe().constData());
    QCOMPARE(batch.toVersion, qint64(5));

    // One upsert that does not read spoils the page.
    const PageResult broken = page(0, R"({"version":9,"more":false,"changes":[
        {"entity":"member","op":"upsert","id":"usr_2","version":4,"data":{"userId":"usr_2","role":"user"}}]})",
                                   &batch);
    QVERIFY(broken.failed());
    QCOMPARE(broken.error.kind, ApiError::Kind::Protocol);
    const PageResult noVersion = page(0, R"({"more":false,"changes":[]})", &batch);
    QCOMPARE(noVersion.error.kind, ApiError::Kind::Protocol);
}

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_api_errors.moc"
