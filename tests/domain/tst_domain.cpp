// The shared domain library: roles, the permission matrix, problem codes and the JSON
// codecs. The expected matrix is written out again here from API.md's table, so a change
// to the library's table that drifts from the contract fails.
#include "domain/ApiKey.h"
#include "domain/ChangeEntity.h"
#include "domain/Invitation.h"
#include "domain/Invoice.h"
#include "domain/JsonCodec.h"
#include "domain/Member.h"
#include "domain/OrgProfile.h"
#include "domain/PaymentMethod.h"
#include "domain/Permissions.h"
#include "domain/ProblemCode.h"
#include "domain/Subscription.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace domain;

Q_DECLARE_METATYPE(domain::Action)
Q_DECLARE_METATYPE(domain::ChangeEntity)

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void rolesRoundTrip();
    void rolesRejectUnknown();
    void matrix_data();
    void matrix();
    void invitationRights();
    void feedVisibility_data();
    void feedVisibility();
    void problemCodes();
    void timestamps();
    void memberCodec();
    void memberCodecRejectsBadInput();
    void orgCodec();
    void invitationStatus();
    void apiKeyHasNoSecret();
    void subscriptionCodec();
    void invoiceCodec();
    void paymentMethodCodec();
    void integersAreStrict();
};

void TestDomain::rolesRoundTrip()
{
    const QStringList names = {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("user"),
                               QStringLiteral("observer"), QStringLiteral("business")};
    QCOMPARE(allRoleNames(), names);
    for (int i = 0; i < names.size(); ++i) {
        const auto role = roleFromString(names.at(i));
        QVERIFY(role.has_value());
        QCOMPARE(roleToString(*role), names.at(i));
        QCOMPARE(roleRank(*role), i); // highest first
    }
}

void TestDomain::rolesRejectUnknown()
{
    QVERIFY(!roleFromString(QStringLiteral("Admin")).has_value()); // the wire format is lower case
    QVERIFY(!roleFromString(QStringLiteral("owner")).has_value());
    QVERIFY(!roleFromString(QString()).has_value());
}

void TestDomain::matrix_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("allowed"); // columns: admin manager user observer business

    // API.md, "Roles and permissions", one row per action.
    QTest::newRow("view org") << Action::ViewOrg << QStringLiteral("AMUOB");
    QTest::newRow("leave org") << Action::LeaveOrg << QStringLiteral("AMUOB");
    QTest::newRow("read changes") << Action::ReadChanges << QStringLiteral("AMUOB");
    QTest::newRow("edit org") << Action::EditOrg << QStringLiteral("A----");
    QTest::newRow("delete org") << Action::DeleteOrg << QStringLiteral("A----");
    QTest::newRow("view members") << Action::ViewMembers << QStringLiteral("AMUO-");
    QTest::newRow("invite") << Action::InviteMember << QStringLiteral("AM---");
    QTest::newRow("view invitations") << Action::ViewInvitations << QStringLiteral("AM---");
    QTest::newRow("resend invitation") << Action::ResendInvitation << QStringLiteral("AM---");
    QTest::newRow("revoke invitation") << Action::RevokeInvitation << QStringLiteral("AM---");
    QTest::newRow("change role") << Action::ChangeMemberRole << QStringLiteral("A----");
    QTest::newRow("remove member") << Action::RemoveMember << QStringLiteral("A----");
    QTest::newRow("view keys") << Action::ViewApiKeys << QStringLiteral("AM---");
    QTest::newRow("generate key") << Action::GenerateApiKey << QStringLiteral("AM---");
    QTest::newRow("edit key") << Action::EditApiKey << QStringLiteral("AM---");
    QTest::newRow("toggle key") << Action::ToggleApiKey << QStringLiteral("AM---");
    QTest::newRow("delete key") << Action::DeleteApiKey << QStringLiteral("AM---");
    QTest::newRow("view billing") << Action::ViewBilling << QStringLiteral("A---B");
    QTest::newRow("change seats") << Action::ChangeSeats << QStringLiteral("A----");
    QTest::newRow("set default card") << Action::SetDefaultPaymentMethod << QStringLiteral("A----");
    QTest::newRow("remove card") << Action::RemovePaymentMethod << QStringLiteral("A----");
    QTest::newRow("billing portal") << Action::OpenBillingPortal << QStringLiteral("A----");
}

void TestDomain::matrix()
{
    QFETCH(Action, action);
    QFETCH(QString, allowed);
    for (int rank = 0; rank < kRoleCount; ++rank) {
        const Role role = static_cast<Role>(rank);
        const bool expected = allowed.at(rank) != QLatin1Char('-');
        QVERIFY2(Permissions::can(role, action) == expected,
                 qPrintable(QStringLiteral("%1 as %2").arg(Permissions::actionName(action), roleToString(role))));
    }
}

void TestDomain::invitationRights()
{
    // A manager invites and manages invitations, but not for the admin role.
    QVERIFY(Permissions::canManageInvitationFor(Role::Admin, Role::Admin));
    QVERIFY(Permissions::canManageInvitationFor(Role::Admin, Role::Business));
    QVERIFY(!Permissions::canManageInvitationFor(Role::Manager, Role::Admin));
    for (Role invited : {Role::Manager, Role::User, Role::Observer, Role::Business})
        QVERIFY(Permissions::canManageInvitationFor(Role::Manager, invited));
    for (Role inviter : {Role::User, Role::Observer, Role::Business})
        QVERIFY(!Permissions::canManageInvitationFor(inviter, Role::User));
}

void TestDomain::feedVisibility_data()
{
    QTest::addColumn<ChangeEntity>("entity");
    QTest::addColumn<QString>("visibleTo");
    QTest::newRow("org") << ChangeEntity::Org << QStringLiteral("AMUOB");
    QTest::newRow("member") << ChangeEntity::Member << QStringLiteral("AMUO-");
    QTest::newRow("invitation") << ChangeEntity::Invitation << QStringLiteral("AM---");
    QTest::newRow("apiKey") << ChangeEntity::ApiKey << QStringLiteral("AM---");
    QTest::newRow("subscription") << ChangeEntity::Subscription << QStringLiteral("A---B");
    QTest::newRow("invoice") << ChangeEntity::Invoice << QStringLiteral("A---B");
    QTest::newRow("paymentMethod") << ChangeEntity::PaymentMethod << QStringLiteral("A---B");
}

void TestDomain::feedVisibility()
{
    QFETCH(ChangeEntity, entity);
    QFETCH(QString, visibleTo);
    QCOMPARE(changeEntityFromString(changeEntityToString(entity)), std::optional<ChangeEntity>(entity));
    for (int rank = 0; rank < kRoleCount; ++rank)
        QCOMPARE(Permissions::canView(static_cast<Role>(rank), entity), visibleTo.at(rank) != QLatin1Char('-'));
}

void TestDomain::problemCodes()
{
    const QList<QPair<QString, int>> table = {
        {QStringLiteral("bad_request"), 400},        {QStringLiteral("unauthenticated"), 401},
        {QStringLiteral("forbidden"), 403},          {QStringLiteral("not_found"), 404},
        {QStringLiteral("last_admin"), 409},         {QStringLiteral("already_member"), 409},
        {QStringLiteral("invitation_pending"), 409}, {QStringLiteral("payment_method_required"), 409},
        {QStringLiteral("invitation_expired"), 410}, {QStringLiteral("resync_required"), 410},
        {QStringLiteral("payload_too_large"), 413},  {QStringLiteral("unsupported_media_type"), 415},
        {QStringLiteral("validation_failed"), 422},  {QStringLiteral("rate_limited"), 429},
    };
    for (const auto &[name, status] : table) {
        const ProblemCode code = Problem::fromCodeName(name);
        QCOMPARE(Problem::codeName(code), name);
        QCOMPARE(Problem::httpStatus(code), status);
        QVERIFY(!Problem::title(code).isEmpty());
    }
    // A code a newer server invents still maps to something the client can show.
    QCOMPARE(Problem::fromCodeName(QStringLiteral("brand_new_code")), ProblemCode::Internal);
}

void TestDomain::timestamps()
{
    const QDateTime t(QDate(2026, 11, 28), QTime(18, 49, 7), Qt::UTC);
    QCOMPARE(JsonCodec::timestamp(t), QStringLiteral("2026-11-28T18:49:07Z"));
    // Another offset is normalised to UTC.
    const QDateTime berlin(QDate(2026, 11, 28), QTime(19, 49, 7), Qt::OffsetFromUTC, 3600);
    QCOMPARE(JsonCodec::timestamp(berlin), QStringLiteral("2026-11-28T18:49:07Z"));
    const QJsonObject o {{QStringLiteral("at"), QStringLiteral("2026-11-28T18:49:07Z")},
                         {QStringLiteral("bad"), QStringLiteral("yesterday")}};
    QCOMPARE(JsonCodec::readTimestamp(o, QLatin1String("at")), std::optional<QDateTime>(t));
    QVERIFY(!JsonCodec::readTimestamp(o, QLatin1String("bad")).has_value());
    QVERIFY(!JsonCodec::readTimestamp(o, QLatin1String("missing")).has_value());
}

void TestDomain::memberCodec()
{
    const Member m {QStringLiteral("usr_1"), QStringLiteral("Zoë O'Brien"), QStringLiteral("zoe@example.test"),
                    Role::Observer, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC)};
    const QJsonObject json = m.toJson();
    QCOMPARE(json.value(QLatin1String("role")).toString(), QStringLiteral("observer"));
    QCOMPARE(json.value(QLatin1String("joinedAt")).toString(), QStringLiteral("2025-01-02T03:04:05Z"));
    QCOMPARE(json.keys().size(), 5);
    const auto back = Member::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY(back.has_value());
    QCOMPARE(back->userId, m.userId);
    QCOMPARE(back->name, m.name);
    QCOMPARE(back->role, m.role);
    QCOMPARE(back->joinedAt, m.joinedAt);
}

void TestDomain::memberCodecRejectsBadInput()
{
    QJsonObject json = Member {QStringLiteral("u"), QStringLiteral("n"), QStringLiteral("e@x.test"), Role::User,
                               QDateTime::currentDateTimeUtc()}
                           .toJson();
    QVERIFY(Member::fromJson(json).has_value());
    QJsonObject unknownRole = json;
    unknownRole.insert(QStringLiteral("role"), QStringLiteral("owner"));
    QVERIFY(!Member::fromJson(unknownRole).has_value());
    QJsonObject wrongType = json;
    wrongType.insert(QStringLiteral("name"), 42);
    QVERIFY(!Member::fromJson(wrongType).has_value());
    QJsonObject missing = json;
    missing.remove(QStringLiteral("userId"));
    QVERIFY(!Member::fromJson(missing).has_value());
}

void TestDomain::orgCodec()
{
    OrgProfile org;
    org.id = QStringLiteral("org_1");
    org.name = QStringLiteral("Acme");
    org.createdAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    org.memberCount = 205;
    org.version = 232;
    QJsonObject json = org.toJson();
    QVERIFY(json.value(QLatin1String("logoEtag")).isNull()); // no logo: null, not ""
    QCOMPARE(json.value(QLatin1String("hasLogo")).toBool(), false);
    org.hasLogo = true;
    org.logoEtag = QStringLiteral("abc");
    json = org.toJson();
    QCOMPARE(json.value(QLatin1String("logoEtag")).toString(), QStringLiteral("abc"));
    const auto back = OrgProfile::fromJson(json);
    QVERIFY(back.has_value());
    QCOMPARE(back->version, 232);
    QCOMPARE(back->memberCount, 205);
    QCOMPARE(back->logoEtag, QStringLiteral("abc"));
}

void TestDomain::invitationStatus()
{
    Invitation invitation;
    invitation.id = QStringLiteral("inv_1");
    invitation.email = QStringLiteral("a@b.test");
    invitation.role = Role::Manager;
    invitation.invitedBy = {QStringLiteral("usr_1"), QStringLiteral("Ada")};
    invitation.createdAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    invitation.expiresAt = invitation.createdAt.addDays(7);
    QCOMPARE(invitation.statusAt(invitation.createdAt.addDays(6)), QStringLiteral("pending"));
    QCOMPARE(invitation.statusAt(invitation.expiresAt), QStringLiteral("expired"));
    const QJsonObject json = invitation.toJson(invitation.createdAt.addDays(8));
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(json.value(QLatin1String("invitedBy")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Ada"));
    const auto back = Invitation::fromJson(json);
    QVERIFY(back.has_value());
    QVERIFY(back->invitedBy == invitation.invitedBy);
    QCOMPARE(back->expiresAt, invitation.expiresAt);
}

void TestDomain::apiKeyHasNoSecret()
{
    ApiKey key;
    key.id = QStringLiteral("key_1");
    key.name = QStringLiteral("CI");
    key.prefix = QStringLiteral("odk_abcdefgh");
    key.createdAt = QDateTime::currentDateTimeUtc();
    key.createdBy = {QStringLiteral("usr_1"), QStringLiteral("Ada")};
    const QJsonObject json = key.toJson();
    QVERIFY(!json.contains(QLatin1String("secret")));
    QVERIFY(json.value(QLatin1String("lastUsedAt")).isNull());
    key.lastUsedAt = QDateTime(QDate(2026, 1, 1), QTime(1, 1, 1), Qt::UTC);
    const auto back = ApiKey::fromJson(key.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->lastUsedAt, key.lastUsedAt);
    QCOMPARE(back->prefix, key.prefix);
}

void TestDomain::subscriptionCodec()
{
    Subscription s;
    s.plan = QStringLiteral("pro");
    s.status = QStringLiteral("active");
    s.seats = 25;
    s.pricePerSeat = 1900;
    s.currentPeriodStart = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    s.currentPeriodEnd = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    QJsonObject json = s.toJson();
    QVERIFY(json.value(QLatin1String("pendingSeats")).isNull());
    s.pendingSeats = 20;
    json = s.toJson();
    QCOMPARE(json.value(QLatin1String("pendingSeats")).toInt(), 20);
    const auto back = Subscription::fromJson(json);
    QVERIFY(back.has_value());
    QCOMPARE(back->pendingSeats, std::optional<int>(20));
    QCOMPARE(back->pricePerSeat, 1900);
}

void TestDomain::invoiceCodec()
{
    Invoice invoice;
    invoice.id = QStringLiteral("in_1");
    invoice.number = QStringLiteral("INV-1");
    invoice.issuedAt = invoice.periodStart = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    invoice.periodEnd = invoice.periodStart.addMonths(1);
    invoice.amount = 47500;
    invoice.currency = QStringLiteral("USD");
    invoice.status = QStringLiteral("paid");
    invoice.lines.append({QStringLiteral("Pro plan, 25 seats"), 25, 1900, 47500});
    const auto back = Invoice::fromJson(invoice.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->lines.size(), 1);
    QCOMPARE(back->lines.first().unitAmount, 1900);
    QJsonObject badStatus = invoice.toJson();
    badStatus.insert(QStringLiteral("status"), QStringLiteral("refunded"));
    QVERIFY(!Invoice::fromJson(badStatus).has_value());
}

void TestDomain::paymentMethodCodec()
{
    const PaymentMethod card {QStringLiteral("pm_1"), QStringLiteral("visa"), QStringLiteral("4242"), 8, 2028, true};
    const auto back = PaymentMethod::fromJson(card.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->last4, QStringLiteral("4242"));
    QVERIFY(back->isDefault);
    QJsonObject badMonth = card.toJson();
    badMonth.insert(QStringLiteral("expMonth"), 13);
    QVERIFY(!PaymentMethod::fromJson(badMonth).has_value());
}

void TestDomain::integersAreStrict()
{
    const QJsonObject o {{QStringLiteral("whole"), 25},
                         {QStringLiteral("fraction"), 2.5},
                         {QStringLiteral("text"), QStringLiteral("25")}};
    QCOMPARE(JsonCodec::readInteger(o, QLatin1String("whole")), std::optional<qint64>(25));
    QVERIFY(!JsonCodec::readInteger(o, QLatin1String("fraction")).has_value());
    QVERIFY(!JsonCodec::readInteger(o, QLatin1String("text")).has_value());
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
