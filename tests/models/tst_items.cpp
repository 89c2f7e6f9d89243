// The keyed list models, the org/subscription objects and OrgModels, fed ChangeBatches the
// way the sync engine feeds them. Every model runs under QAbstractItemModelTester (fatal),
// and the signals are checked exactly: inserts are rowsInserted, updates dataChanged with the
// changed roles only, identical upserts nothing, resets only on reset batches.
#include "ApiKeysModel.h"
#include "DisplayText.h"
#include "InvitationsModel.h"
#include "InvoicesModel.h"
#include "MembersModel.h"
#include "OrgModels.h"
#include "OrgProfileObject.h"
#include "PaymentMethodsModel.h"
#include "Roles.h"
#include "SubscriptionObject.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ItemRoles;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

domain::Member member(const QString &id, const QString &name, domain::Role role = domain::Role::User, int day = 0)
{
    domain::Member m;
    m.userId = id;
    m.name = name;
    m.email = name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@acme.test");
    m.role = role;
    m.joinedAt = kT0.addDays(day);
    return m;
}

QVector<domain::Member> members(int from, int to)
{
    QVector<domain::Member> list;
    for (int i = from; i < to; ++i)
        list.append(member(QStringLiteral("u%1").arg(i), QStringLiteral("Person %1").arg(i), domain::Role::User, i));
    return list;
}

template<typename T> EntityChanges<T> upserts(const QVector<T> &rows)
{
    EntityChanges<T> changes;
    changes.upserts = rows;
    return changes;
}

template<typename T> EntityChanges<T> removals(const QStringList &ids)
{
    EntityChanges<T> changes;
    changes.removed = QVector<QString>(ids.cbegin(), ids.cend());
    return changes;
}

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(IdRole).toString();
    return ids;
}

QStringList range(int from, int to, const QString &prefix = QStringLiteral("u"))
{
    QStringList ids;
    for (int i = from; i < to; ++i)
        ids << prefix + QString::number(i);
    return ids;
}

// Every signal a model emits that changes its rows, with the arguments that matter.
struct Spies
{
    explicit Spies(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , layout(model, &QAbstractItemModel::layoutChanged)
    { }
    int total() const
    {
        return int(reset.size() + inserted.size() + removed.size() + changed.size() + moved.size() + layout.size());
    }
    void clear()
    {
        reset.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
        moved.clear();
        layout.clear();
    }
    // "first-last" of each rowsInserted / rowsRemoved.
    static QStringList spans(const QSignalSpy &spy)
    {
        QStringList list;
        for (const QList<QVariant> &args : spy)
            list << QStringLiteral("%1-%2").arg(args.at(1).toInt()).arg(args.at(2).toInt());
        return list;
    }
    QSignalSpy reset, inserted, removed, changed, moved, layout;
};

QModelIndex topLeftOf(const QList<QVariant> &dataChangedArgs)
{
    return dataChangedArgs.at(0).value<QModelIndex>();
}
QModelIndex bottomRightOf(const QList<QVariant> &dataChangedArgs)
{
    return dataChangedArgs.at(1).value<QModelIndex>();
}
QList<int> rolesOf(const QList<QVariant> &dataChangedArgs)
{
    return dataChangedArgs.at(2).value<QList<int>>();
}

std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

domain::Invitation invitation(const QString &id, const QString &email, const QDateTime &expiresAt)
{
    domain::Invitation i;
    i.id = id;
    i.email = email;
    i.role = domain::Role::Manager;
    i.invitedBy = {QStringLiteral("u1"), QStringLiteral("Ada Admin")};
    i.createdAt = expiresAt.addDays(-7);
    i.expiresAt = expiresAt;
    return i;
}

domain::ApiKey apiKey(const QString &id, const QString &name, bool enabled = true)
{
    domain::ApiKey k;
    k.id = id;
    k.name = name;
    k.description = QStringLiteral("Key for ") + name;
    k.enabled = enabled;
    k.prefix = QStringLiteral("odk_") + id.rightJustified(8, QLatin1Char('0'));
    k.createdAt = kT0;
    k.createdBy = {QStringLiteral("u1"), QStringLiteral("Ada Admin")};
    return k;
}

domain::Invoice invoice(const QString &id, int month, qint64 amount = 47500)
{
    domain::Invoice inv;
    inv.id = id;
    inv.number = QStringLiteral("INV-2026-%1").arg(month, 2, 10, QLatin1Char('0'));
    inv.issuedAt = QDateTime(QDate(2026, month, 1), QTime(0, 0), Qt::UTC);
    inv.periodStart = inv.issuedAt;
    inv.periodEnd = inv.issuedAt.addMonths(1);
    inv.amount = amount;
    inv.currency = QStringLiteral("USD");
    inv.status = QStringLiteral("paid");
    inv.lines = {domain::InvoiceLine {QStringLiteral("25 seats"), 25, 1900, 47500}};
    return inv;
}

domain::PaymentMethod card(const QString &id, const QString &brand, const QString &last4, bool isDefault)
{
    domain::PaymentMethod pm;
    pm.id = id;
    pm.brand = brand;
    pm.last4 = last4;
    pm.expMonth = 4;
    pm.expYear = 2030;
    pm.isDefault = isDefault;
    return pm;
}

domain::OrgProfile profile()
{
    domain::OrgProfile org;
    org.id = QStringLiteral("org1");
    org.name = QStringLiteral("Acme Monitoring");
    org.hasLogo = true;
    org.logoEtag = QStringLiteral("e1");
    org.createdAt = kT0;
    org.memberCount = 205;
    org.version = 42;
    return org;
}

domain::Subscription subscriptionValue()
{
    domain::Subscription s;
    s.plan = QStringLiteral("pro");
    s.status = QStringLiteral("active");
    s.seats = 25;
    s.pricePerSeat = 1900;
    s.currentPeriodStart = kT0;
    s.currentPeriodEnd = kT0.addMonths(1);
    return s;
}

// One item per model type: id "x<i>", and a field that differs between version 0 and 1.
// Invoices are dated so that newest first is ascending i, like arrival order elsewhere.
domain::Member itemOf(domain::Member *, int i, int version)
{
    domain::Member m = member(QStringLiteral("x%1").arg(i), QStringLiteral("Person %1").arg(i));
    if (version)
        m.name += QStringLiteral(" (v1)");
    return m;
}
domain::Invitation itemOf(domain::Invitation *, int i, int version)
{
    return invitation(QStringLiteral("x%1").arg(i), QStringLiteral("p%1.v%2@x.test").arg(i).arg(version),
                      kT0.addDays(30));
}
domain::ApiKey itemOf(domain::ApiKey *, int i, int version)
{
    domain::ApiKey k = apiKey(QStringLiteral("x%1").arg(i), QStringLiteral("Key %1").arg(i));
    k.description = QStringLiteral("version %1").arg(version);
    return k;
}
domain::Invoice itemOf(domain::Invoice *, int i, int version)
{
    domain::Invoice inv = invoice(QStringLiteral("x%1").arg(i), 1);
    inv.number = QStringLiteral("INV-%1").arg(1000 - i);
    inv.issuedAt = kT0.addDays(-i);
    inv.status = version ? QStringLiteral("open") : QStringLiteral("paid");
    return inv;
}
domain::PaymentMethod itemOf(domain::PaymentMethod *, int i, int version)
{
    return card(QStringLiteral("x%1").arg(i), QStringLiteral("visa"),
                version ? QStringLiteral("1111") : QStringLiteral("4242"), i == 0);
}

template<typename T> QVector<T> itemsOf(const QList<int> &numbers, int version = 0)
{
    QVector<T> items;
    for (int i : numbers)
        items.append(itemOf(static_cast<T *>(nullptr), i, version));
    return items;
}

QList<int> numbers(int from, int to)
{
    QList<int> list;
    for (int i = from; i < to; ++i)
        list << i;
    return list;
}

// reset → inserts → updates → identical upserts → scattered removals → reset, with the
// model's rows and signals checked after each step.
template<typename Model, typename T> void runBatchSequence()
{
    Model model;
    const auto tester = testerFor(&model);
    Spies spies(&model);

    model.resetTo(itemsOf<T>(numbers(0, 10)));
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(idsOf(model), range(0, 10, QStringLiteral("x")));
    spies.clear();

    model.apply(upserts(itemsOf<T>(numbers(10, 15))));
    QCOMPARE(Spies::spans(spies.inserted), QStringList {QStringLiteral("10-14")});
    QCOMPARE(spies.total(), 1);
    QCOMPARE(idsOf(model), range(0, 15, QStringLiteral("x")));
    spies.clear();

    // Rows 2 and 3 change (one signal), 5 is sent unchanged, 7 changes.
    QVector<T> changes = itemsOf<T>({2, 3, 7}, 1);
    changes += itemsOf<T>({5});
    model.apply(upserts(changes));
    QCOMPARE(spies.changed.size(), 2);
    QCOMPARE(spies.total(), 2);
    QCOMPARE(topLeftOf(spies.changed.at(0)).row(), 2);
    QCOMPARE(bottomRightOf(spies.changed.at(0)).row(), 3);
    QCOMPARE(topLeftOf(spies.changed.at(1)).row(), 7);
    QCOMPARE(bottomRightOf(spies.changed.at(1)).row(), 7);
    QVERIFY(!rolesOf(spies.changed.at(0)).isEmpty());
    QVERIFY(!rolesOf(spies.changed.at(0)).contains(IdRole));
    spies.clear();

    model.apply(upserts(changes)); // the same again
    QCOMPARE(spies.total(), 0);

    model.apply(removals<T>({QStringLiteral("x9"), QStringLiteral("x0"), QStringLiteral("x14"), QStringLiteral("x5"),
                             QStringLiteral("x4")}));
    QCOMPARE(
        Spies::spans(spies.removed),
        (QStringList {QStringLiteral("0-0"), QStringLiteral("3-4"), QStringLiteral("6-6"), QStringLiteral("10-10")}));
    QCOMPARE(spies.total(), 4);
    const QStringList left = QString::fromLatin1("x1,x2,x3,x6,x7,x8,x10,x11,x12,x13").split(QLatin1Char(','));
    QCOMPARE(idsOf(model), left);
    for (int row = 0; row < left.size(); ++row)
        QCOMPARE(model.rowOf(left.at(row)), row);
    spies.clear();

    model.resetTo(itemsOf<T>(numbers(20, 23)));
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(idsOf(model), range(20, 23, QStringLiteral("x")));
}

} // namespace

class TestItems : public QObject
{
    Q_OBJECT

private slots:
    void everyModelThroughBatchSequence();
    void membersResetInsertUpdateRemoveReset();
    void membersMixedBatchAndRepeatedIds();
    void membersConsistentAtEverySignal();
    void membersScatteredRemovalAt100k();
    void membersPendingAndStale();
    void membersDisplayAndRoles();
    void invitationsExpiry();
    void apiKeys();
    void invoicesNewestFirst();
    void paymentMethods();
    void orgProfileNotifiesOnlyChanges();
    void subscriptionNotifiesOnlyChanges();
    void orgModelsApply();
};

void TestItems::everyModelThroughBatchSequence()
{
    runBatchSequence<MembersModel, domain::Member>();
    if (QTest::currentTestFailed())
        return;
    runBatchSequence<InvitationsModel, domain::Invitation>();
    if (QTest::currentTestFailed())
        return;
    runBatchSequence<ApiKeysModel, domain::ApiKey>();
    if (QTest::currentTestFailed())
        return;
    runBatchSequence<InvoicesModel, domain::Invoice>();
    if (QTest::currentTestFailed())
        return;
    runBatchSequence<PaymentMethodsModel, domain::PaymentMethod>();
}

void TestItems::membersResetInsertUpdateRemoveReset()
{
    MembersModel model;
    const auto tester = testerFor(&model);
    Spies spies(&model);
    QSignalSpy batches(&model, &KeyedListModelBase::batchApplied);

    // Reset: one modelReset, nothing else.
    model.resetTo(members(0, 5));
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(idsOf(model), range(0, 5));
    QCOMPARE(model.count(), 5);
    spies.clear();

    // Inserts: appended in one rowsInserted, no reset.
    model.apply(upserts(members(5, 8)));
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(Spies::spans(spies.inserted), QStringList {QStringLiteral("5-7")});
    QCOMPARE(spies.total(), 1);
    QCOMPARE(idsOf(model), range(0, 8));
    QCOMPARE(model.index(6, MembersModel::Name).data().toString(), QStringLiteral("Person 6"));
    spies.clear();

    // Updates: a renamed row, an identical row, a row with a new role. dataChanged only for
    // the two that changed, each with its own roles.
    domain::Member renamed = member(QStringLiteral("u1"), QStringLiteral("Person 1"), domain::Role::User, 1);
    renamed.name = QStringLiteral("Renamed One");
    domain::Member promoted = member(QStringLiteral("u6"), QStringLiteral("Person 6"), domain::Role::User, 6);
    promoted.role = domain::Role::Manager;
    model.apply(upserts(QVector<domain::Member> {renamed, members(3, 4).first(), promoted}));
    QCOMPARE(spies.changed.size(), 2);
    QCOMPARE(spies.total(), 2);
    QCOMPARE(topLeftOf(spies.changed.at(0)).row(), 1);
    QCOMPARE(bottomRightOf(spies.changed.at(0)).row(), 1);
    QCOMPARE(bottomRightOf(spies.changed.at(0)).column(), int(MembersModel::Name));
    QList<int> roles = rolesOf(spies.changed.at(0));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(NameRole));
    QVERIFY(!roles.contains(EmailRole));
    QVERIFY(!roles.contains(MemberRoleRole));
    QCOMPARE(topLeftOf(spies.changed.at(1)).row(), 6);
    QCOMPARE(bottomRightOf(spies.changed.at(1)).row(), 6);
    QCOMPARE(bottomRightOf(spies.changed.at(1)).column(), int(MembersModel::Role));
    roles = rolesOf(spies.changed.at(1));
    QVERIFY(roles.contains(MemberRoleRole));
    QVERIFY(roles.contains(RoleNameRole));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(!roles.contains(NameRole));
    QCOMPARE(model.index(1, MembersModel::Name).data().toString(), QStringLiteral("Renamed One"));
    QCOMPARE(model.index(6, 0).data(MemberRoleRole).toInt(), int(domain::Role::Manager));
    QCOMPARE(model.index(6, MembersModel::Role).data().toString(), DisplayText::roleName(domain::Role::Manager));
    spies.clear();

    // Contiguous changed rows are one dataChanged.
    QVector<domain::Member> bulk = members(2, 5);
    for (domain::Member &m : bulk)
        m.name += QStringLiteral(" (edited)");
    model.apply(upserts(bulk));
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(topLeftOf(spies.changed.at(0)).row(), 2);
    QCOMPARE(bottomRightOf(spies.changed.at(0)).row(), 4);
    spies.clear();

    // An identical upsert: no signal at all (not even the batch bracket).
    batches.clear();
    model.apply(upserts(QVector<domain::Member> {renamed, promoted}));
    model.apply(removals<domain::Member>({QStringLiteral("nobody")}));
    QCOMPARE(spies.total(), 0);
    QCOMPARE(batches.size(), 0);

    // Scattered removals: one rowsRemoved per contiguous run, top-down in current numbers.
    model.apply(removals<domain::Member>(
        {QStringLiteral("u7"), QStringLiteral("u0"), QStringLiteral("u3"), QStringLiteral("u2")}));
    QCOMPARE(Spies::spans(spies.removed),
             (QStringList {QStringLiteral("0-0"), QStringLiteral("1-2"), QStringLiteral("4-4")}));
    QCOMPARE(spies.total(), 3);
    const QStringList left {QStringLiteral("u1"), QStringLiteral("u4"), QStringLiteral("u5"), QStringLiteral("u6")};
    QCOMPARE(idsOf(model), left);
    for (int row = 0; row < left.size(); ++row) {
        QCOMPARE(model.rowOf(left.at(row)), row);
        QCOMPARE(model.find(left.at(row))->userId, left.at(row));
        QCOMPARE(model.at(row).userId, left.at(row));
    }
    QCOMPARE(model.rowOf(QStringLiteral("u0")), -1);
    QVERIFY(!model.find(QStringLiteral("u7")));
    spies.clear();

    // A reset batch: one modelReset only.
    model.resetTo(members(10, 12));
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(idsOf(model), range(10, 12));
    QCOMPARE(model.rowOf(QStringLiteral("u1")), -1);
}

void TestItems::membersMixedBatchAndRepeatedIds()
{
    MembersModel model;
    const auto tester = testerFor(&model);
    model.resetTo(members(0, 6));
    Spies spies(&model);
    QSignalSpy batches(&model, &KeyedListModelBase::batchApplied);

    // One batch: remove u1 and u4, rename u5, add u6 and u7 (u7 twice: the last one wins).
    EntityChanges<domain::Member> changes;
    changes.removed = {QStringLiteral("u1"), QStringLiteral("u4")};
    domain::Member u5 = members(5, 6).first();
    u5.email = QStringLiteral("new.five@acme.test");
    domain::Member u7 = member(QStringLiteral("u7"), QStringLiteral("Seven"));
    domain::Member u7b = u7;
    u7b.name = QStringLiteral("Seven B");
    changes.upserts = {u7, u5, members(6, 7).first(), u7b};
    model.apply(changes);

    QCOMPARE(Spies::spans(spies.removed), (QStringList {QStringLiteral("1-1"), QStringLiteral("3-3")}));
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(topLeftOf(spies.changed.at(0)).row(), 3); // u5 after the removals
    QVERIFY(rolesOf(spies.changed.at(0)).contains(EmailRole));
    QVERIFY(!rolesOf(spies.changed.at(0)).contains(NameRole));
    QCOMPARE(Spies::spans(spies.inserted), QStringList {QStringLiteral("4-5")});
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(idsOf(model),
             (QStringList {QStringLiteral("u0"), QStringLiteral("u2"), QStringLiteral("u3"), QStringLiteral("u5"),
                           QStringLiteral("u7"), QStringLiteral("u6")}));
    QCOMPARE(model.find(QStringLiteral("u7"))->name, QStringLiteral("Seven B"));
    QCOMPARE(model.index(3, MembersModel::Email).data().toString(), QStringLiteral("new.five@acme.test"));

    // The summary a proxy builds on.
    QCOMPARE(batches.size(), 1);
    const auto summary = batches.at(0).at(0).value<KeyedListModelBase::BatchSummary>();
    QCOMPARE(summary.reset, false);
    QCOMPARE(summary.removedRows, (QVector<int> {1, 4}));
    QCOMPARE(summary.changedRows, QVector<int> {3});
    QCOMPARE(summary.insertedRows, (QVector<int> {4, 5}));

    // An update repeated within a batch: applied in turn, the last value wins, one signal.
    spies.clear();
    domain::Member twiceA = model.at(model.rowOf(QStringLiteral("u2")));
    twiceA.name = QStringLiteral("First");
    domain::Member twiceB = twiceA;
    twiceB.name = QStringLiteral("Second");
    model.apply(upserts(QVector<domain::Member> {twiceA, twiceB}));
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(model.find(QStringLiteral("u2"))->name, QStringLiteral("Second"));

    // resetTo with a repeated id keeps one row, with the last value.
    QVector<domain::Member> withRepeat = members(0, 3);
    domain::Member again = withRepeat.at(1);
    again.name = QStringLiteral("Last Wins");
    withRepeat.append(again);
    model.resetTo(withRepeat);
    QCOMPARE(idsOf(model), range(0, 3));
    QCOMPARE(model.find(QStringLiteral("u1"))->name, QStringLiteral("Last Wins"));
    QCOMPARE(model.rowOf(QStringLiteral("u2")), 2);
}

void TestItems::membersConsistentAtEverySignal()
{
    // At every row signal, rowOf() and find() agree with what data() shows, including
    // between the removal runs, when the rows sit on both sides of a moving gap.
    MembersModel model;
    const auto tester = testerFor(&model);
    model.resetTo(members(0, 40));
    int checks = 0;
    const auto check = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.index(row, 0).data(IdRole).toString();
            QCOMPARE(model.rowOf(id), row);
            QCOMPARE(model.find(id), &model.at(row));
        }
        ++checks;
    };
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, check);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, check);
    connect(&model, &QAbstractItemModel::rowsInserted, this, check);
    connect(&model, &QAbstractItemModel::dataChanged, this, check);

    EntityChanges<domain::Member> changes;
    changes.removed = {QStringLiteral("u0"),  QStringLiteral("u1"),  QStringLiteral("u5"),  QStringLiteral("u9"),
                       QStringLiteral("u10"), QStringLiteral("u11"), QStringLiteral("u20"), QStringLiteral("u39")};
    domain::Member u30 = members(30, 31).first();
    u30.name = QStringLiteral("Thirty");
    changes.upserts = {u30, member(QStringLiteral("n1"), QStringLiteral("New One"))};
    model.apply(changes);
    QCOMPARE(checks, 2 * 5 + 1 + 1); // 5 runs (about to + done), one update, one insert
    QStringList expected = range(0, 40);
    for (const QString &gone : changes.removed)
        expected.removeOne(gone);
    expected << QStringLiteral("n1");
    QCOMPARE(idsOf(model), expected);
}

void TestItems::membersScatteredRemovalAt100k()
{
    MembersModel model;
    model.resetTo(members(0, 100000));
    // Every 5th row and a few runs: 20k+ removals in ~20k runs.
    QStringList gone;
    for (int i = 0; i < 100000; i += 5)
        gone << QStringLiteral("u%1").arg(i);
    for (int i = 50001; i < 50100; ++i) {
        if (i % 5)
            gone << QStringLiteral("u%1").arg(i);
    }
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QElapsedTimer timer;
    timer.start();
    model.apply(removals<domain::Member>(gone));
    qInfo("removing %lld scattered rows of 100000 in %lld runs: %lld ms", qint64(gone.size()), qint64(removed.size()),
          timer.elapsed());
    QCOMPARE(model.count(), 100000 - int(gone.size()));
    QCOMPARE(removed.size(), 20000 - 21 + 1); // u50000..u50100 are one run
    int expect = 0;
    for (int row = 0; row < model.count(); ++row) {
        do {
            ++expect;
        } while (expect % 5 == 0 || (expect > 50000 && expect < 50100));
        const QString id = QStringLiteral("u%1").arg(expect);
        if (model.at(row).userId != id)
            QFAIL(qPrintable(QStringLiteral("row %1 is %2, expected %3").arg(row).arg(model.at(row).userId, id)));
        if (model.rowOf(id) != row)
            QFAIL(qPrintable(QStringLiteral("rowOf(%1) is %2, expected %3").arg(id).arg(model.rowOf(id)).arg(row)));
    }
}

void TestItems::membersPendingAndStale()
{
    MembersModel model;
    const auto tester = testerFor(&model);
    model.resetTo(members(0, 4));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setPending(QStringLiteral("u2"), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(topLeftOf(changed.at(0)).row(), 2);
    QCOMPARE(rolesOf(changed.at(0)), QList<int> {IsPendingRole});
    QVERIFY(model.index(2, 0).data(IsPendingRole).toBool());
    QVERIFY(!model.index(1, 0).data(IsPendingRole).toBool());
    model.setPending(QStringLiteral("u2"), true);
    model.setPending(QStringLiteral("nobody"), true);
    QCOMPARE(changed.size(), 1);

    // A removed row forgets its pending state.
    model.apply(removals<domain::Member>({QStringLiteral("u2")}));
    QVERIFY(!model.isPending(QStringLiteral("u2")));
    model.apply(upserts(members(2, 3)));
    QVERIFY(!model.index(model.rowOf(QStringLiteral("u2")), 0).data(IsPendingRole).toBool());
    changed.clear();

    QSignalSpy stale(&model, &KeyedListModelBase::staleChanged);
    model.setStale(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(topLeftOf(changed.at(0)), model.index(0, 0));
    QCOMPARE(bottomRightOf(changed.at(0)), model.index(3, MembersModel::ColumnCount - 1));
    QCOMPARE(rolesOf(changed.at(0)), QList<int> {IsStaleRole});
    QCOMPARE(stale.size(), 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, MembersModel::Email).data(IsStaleRole).toBool());
    model.setStale(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(stale.size(), 1);
}

void TestItems::membersDisplayAndRoles()
{
    MembersModel model;
    const auto tester = testerFor(&model);
    domain::Member ada = member(QStringLiteral("u1"), QStringLiteral("Ada Lovelace"), domain::Role::Admin);
    model.resetTo({ada});
    const QModelIndex name = model.index(0, MembersModel::Name);
    QCOMPARE(name.data().toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(name.data(EmailRole).toString(), QStringLiteral("ada.lovelace@acme.test"));
    QCOMPARE(name.data(IdRole).toString(), QStringLiteral("u1"));
    QCOMPARE(model.index(0, MembersModel::Email).data().toString(), QStringLiteral("ada.lovelace@acme.test"));
    QCOMPARE(model.index(0, MembersModel::Joined).data().toString(),
             QLocale().toString(kT0.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(name.data(JoinedAtRole).toDateTime(), kT0);
    QCOMPARE(model.index(0, MembersModel::Role).data().toString(), QStringLiteral("Admin"));
    QCOMPARE(name.data(RoleNameRole).toString(), QStringLiteral("admin"));
    QVERIFY(!model.index(0, MembersModel::Actions).data().isValid());
    QCOMPARE(model.headerData(MembersModel::Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(MembersModel::Actions, Qt::Horizontal).toString(), QStringLiteral("Actions"));
    QCOMPARE(model.roleNames().value(EmailRole), QByteArrayLiteral("email"));
    QCOMPARE(model.roleNames().value(IsPendingRole), QByteArrayLiteral("isPending"));
    QCOMPARE(model.roleNames().value(Qt::DisplayRole), QByteArrayLiteral("display"));
}

void TestItems::invitationsExpiry()
{
    InvitationsModel model;
    const auto tester = testerFor(&model);
    QDateTime now = kT0;
    model.setClock([&now] { return now; });
    model.resetTo({invitation(QStringLiteral("i1"), QStringLiteral("a@x.test"), kT0.addDays(1)),
                   invitation(QStringLiteral("i2"), QStringLiteral("b@x.test"), kT0.addDays(3)),
                   invitation(QStringLiteral("i3"), QStringLiteral("c@x.test"), kT0.addSecs(-60))});
    QCOMPARE(model.index(0, InvitationsModel::Status).data().toString(), QStringLiteral("Pending"));
    QCOMPARE(model.index(2, InvitationsModel::Status).data().toString(), QStringLiteral("Expired"));
    QCOMPARE(model.index(2, 0).data(IsExpiredRole).toBool(), true);
    QCOMPARE(model.index(2, 0).data(StatusRole).toString(), QStringLiteral("expired"));
    QCOMPARE(model.index(0, InvitationsModel::InvitedBy).data().toString(), QStringLiteral("Ada Admin"));
    QCOMPARE(model.index(0, 0).data(InvitedByIdRole).toString(), QStringLiteral("u1"));
    QCOMPARE(model.index(0, InvitationsModel::Role).data().toString(), QStringLiteral("Manager"));
    QCOMPARE(model.index(0, InvitationsModel::Expires).data().toString(), DisplayText::dateTime(kT0.addDays(1)));
    QCOMPARE(model.nextExpiry(), kT0.addDays(1));

    // Two days later i1 has expired: refreshExpiry() says so for i1 alone.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now = kT0.addDays(2);
    model.refreshExpiry();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(topLeftOf(changed.at(0)).row(), 0);
    QCOMPARE(bottomRightOf(changed.at(0)).row(), 0);
    QVERIFY(rolesOf(changed.at(0)).contains(IsExpiredRole));
    QVERIFY(model.index(0, 0).data(IsExpiredRole).toBool());
    QVERIFY(!model.index(1, 0).data(IsExpiredRole).toBool());
    QCOMPARE(model.nextExpiry(), kT0.addDays(3));
    model.refreshExpiry();
    QCOMPARE(changed.size(), 1);

    // A resend moves the expiry forward: the row is pending again, one dataChanged.
    changed.clear();
    model.apply(upserts(
        QVector<domain::Invitation> {invitation(QStringLiteral("i1"), QStringLiteral("a@x.test"), kT0.addDays(9))}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(bottomRightOf(changed.at(0)).column(), int(InvitationsModel::Status));
    QVERIFY(rolesOf(changed.at(0)).contains(ExpiresAtRole));
    QVERIFY(rolesOf(changed.at(0)).contains(IsExpiredRole));
    QVERIFY(!rolesOf(changed.at(0)).contains(EmailRole));
    QVERIFY(!model.index(0, 0).data(IsExpiredRole).toBool());
}

void TestItems::apiKeys()
{
    ApiKeysModel model;
    const auto tester = testerFor(&model);
    Spies spies(&model);
    domain::ApiKey used = apiKey(QStringLiteral("k2"), QStringLiteral("CI"));
    used.lastUsedAt = kT0.addDays(2);
    model.resetTo({apiKey(QStringLiteral("k1"), QStringLiteral("Agent")), used});
    const QModelIndex enabled = model.index(0, ApiKeysModel::Enabled);
    QCOMPARE(enabled.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.flags(enabled) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, ApiKeysModel::Name)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(enabled, int(Qt::Unchecked), Qt::CheckStateRole)); // writes go to the server
    QCOMPARE(model.index(0, ApiKeysModel::LastUsed).data().toString(), QStringLiteral("Never"));
    QVERIFY(model.index(0, 0).data(LastUsedAtRole).toDateTime().isNull());
    QCOMPARE(model.index(1, 0).data(LastUsedAtRole).toDateTime(), kT0.addDays(2));
    QCOMPARE(model.index(0, 0).data(PrefixRole).toString(), QStringLiteral("odk_000000k1"));
    QCOMPARE(model.index(0, ApiKeysModel::Prefix).data().toString(),
             QString(QStringLiteral("odk_000000k1") + QChar(0x2026)));
    QCOMPARE(model.index(0, ApiKeysModel::CreatedBy).data().toString(), QStringLiteral("Ada Admin"));
    spies.clear();

    // Disable k1: one dataChanged with the check state among its roles.
    model.apply(upserts(QVector<domain::ApiKey> {apiKey(QStringLiteral("k1"), QStringLiteral("Agent"), false), used}));
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(topLeftOf(spies.changed.at(0)).row(), 0);
    QCOMPARE(bottomRightOf(spies.changed.at(0)).column(), int(ApiKeysModel::Enabled));
    QVERIFY(rolesOf(spies.changed.at(0)).contains(Qt::CheckStateRole));
    QVERIFY(rolesOf(spies.changed.at(0)).contains(EnabledRole));
    QVERIFY(!rolesOf(spies.changed.at(0)).contains(NameRole));
    QCOMPARE(enabled.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(enabled.data().toString(), QStringLiteral("Disabled"));
    spies.clear();

    model.apply(upserts(QVector<domain::ApiKey> {apiKey(QStringLiteral("k3"), QStringLiteral("Backup"))}));
    QCOMPARE(Spies::spans(spies.inserted), QStringList {QStringLiteral("2-2")});
    model.apply(removals<domain::ApiKey>({QStringLiteral("k1")}));
    QCOMPARE(Spies::spans(spies.removed), QStringList {QStringLiteral("0-0")});
    QCOMPARE(idsOf(model), (QStringList {QStringLiteral("k2"), QStringLiteral("k3")}));
    QCOMPARE(spies.reset.size(), 0);
}

void TestItems::invoicesNewestFirst()
{
    InvoicesModel model;
    const auto tester = testerFor(&model);
    // The cache may hand them over in any order; the model shows newest first.
    model.resetTo(
        {invoice(QStringLiteral("v3"), 3), invoice(QStringLiteral("v9"), 9), invoice(QStringLiteral("v6"), 6)});
    QCOMPARE(idsOf(model), (QStringList {QStringLiteral("v9"), QStringLiteral("v6"), QStringLiteral("v3")}));
    Spies spies(&model);

    // New invoices land at their place: one insertion per gap, top-down.
    model.apply(upserts(QVector<domain::Invoice> {invoice(QStringLiteral("v4"), 4), invoice(QStringLiteral("v10"), 10),
                                                  invoice(QStringLiteral("v5"), 5), invoice(QStringLiteral("v1"), 1)}));
    QCOMPARE(Spies::spans(spies.inserted),
             (QStringList {QStringLiteral("0-0"), QStringLiteral("3-4"), QStringLiteral("6-6")}));
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(idsOf(model),
             (QStringList {QStringLiteral("v10"), QStringLiteral("v9"), QStringLiteral("v6"), QStringLiteral("v5"),
                           QStringLiteral("v4"), QStringLiteral("v3"), QStringLiteral("v1")}));
    for (int row = 0; row + 1 < model.rowCount(); ++row) {
        QVERIFY(model.index(row, 0).data(IssuedAtRole).toDateTime()
                > model.index(row + 1, 0).data(IssuedAtRole).toDateTime());
    }
    spies.clear();

    // An invoice whose date changes moves to its new place, then reports its change.
    domain::Invoice v1 = invoice(QStringLiteral("v1"), 1);
    v1.issuedAt = QDateTime(QDate(2026, 7, 15), QTime(0, 0), Qt::UTC);
    model.apply(upserts(QVector<domain::Invoice> {v1}));
    QCOMPARE(spies.moved.size(), 1);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(topLeftOf(spies.changed.at(0)).row(), 2);
    QCOMPARE(idsOf(model),
             (QStringList {QStringLiteral("v10"), QStringLiteral("v9"), QStringLiteral("v1"), QStringLiteral("v6"),
                           QStringLiteral("v5"), QStringLiteral("v4"), QStringLiteral("v3")}));
    QCOMPARE(model.rowOf(QStringLiteral("v3")), 6);
    spies.clear();

    // Status change: dataChanged with StatusRole, no move.
    domain::Invoice v6 = invoice(QStringLiteral("v6"), 6);
    v6.status = QStringLiteral("open");
    model.apply(upserts(QVector<domain::Invoice> {v6}));
    QCOMPARE(spies.total(), 1);
    QVERIFY(rolesOf(spies.changed.at(0)).contains(StatusRole));
    QCOMPARE(model.index(3, InvoicesModel::Status).data().toString(), QStringLiteral("Open"));

    // Money: minor units in AmountRole, the locale's currency format for display.
    const QModelIndex amount = model.index(0, InvoicesModel::Amount);
    QCOMPARE(amount.data(AmountRole).toLongLong(), qint64(47500));
    QCOMPARE(amount.data().toString(), QLocale().toCurrencyString(475.0, QStringLiteral("$"), 2));
    QCOMPARE(amount.data(CurrencyRole).toString(), QStringLiteral("USD"));
    const auto lines = amount.data(LinesRole).value<QList<domain::InvoiceLine>>();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().unitAmount, qint64(1900));
    QCOMPARE(model.index(0, InvoicesModel::Number).data().toString(), QStringLiteral("INV-2026-10"));
    QCOMPARE(DisplayText::money(1234, QStringLiteral("JPY")),
             QLocale().toCurrencyString(1234.0, QString(QChar(0xa5)), 0));

    model.apply(removals<domain::Invoice>({QStringLiteral("v9"), QStringLiteral("v3")}));
    QCOMPARE(idsOf(model),
             (QStringList {QStringLiteral("v10"), QStringLiteral("v1"), QStringLiteral("v6"), QStringLiteral("v5"),
                           QStringLiteral("v4")}));
}

void TestItems::paymentMethods()
{
    PaymentMethodsModel model;
    const auto tester = testerFor(&model);
    model.resetTo({card(QStringLiteral("pm1"), QStringLiteral("visa"), QStringLiteral("4242"), true),
                   card(QStringLiteral("pm2"), QStringLiteral("amex"), QStringLiteral("0005"), false)});
    QCOMPARE(model.index(0, PaymentMethodsModel::Brand).data().toString(), QStringLiteral("Visa"));
    QCOMPARE(model.index(1, PaymentMethodsModel::Brand).data().toString(), QStringLiteral("American Express"));
    QCOMPARE(model.index(0, PaymentMethodsModel::Number).data().toString(),
             QString(QString(4, QChar(0x2022)) + QStringLiteral(" 4242")));
    QCOMPARE(model.index(0, PaymentMethodsModel::Expires).data().toString(), QStringLiteral("04/2030"));
    QCOMPARE(model.index(0, PaymentMethodsModel::Default).data().toString(), QStringLiteral("Default"));
    QCOMPARE(model.index(1, PaymentMethodsModel::Default).data().toString(), QString());
    QVERIFY(model.index(0, 0).data(IsDefaultRole).toBool());

    // The default moves to pm2: two rows change, adjacent, so one dataChanged.
    Spies spies(&model);
    model.apply(upserts(QVector<domain::PaymentMethod> {
        card(QStringLiteral("pm1"), QStringLiteral("visa"), QStringLiteral("4242"), false),
        card(QStringLiteral("pm2"), QStringLiteral("amex"), QStringLiteral("0005"), true)}));
    QCOMPARE(spies.total(), 1);
    QCOMPARE(topLeftOf(spies.changed.at(0)).row(), 0);
    QCOMPARE(bottomRightOf(spies.changed.at(0)).row(), 1);
    QCOMPARE(rolesOf(spies.changed.at(0)), (QList<int> {Qt::DisplayRole, IsDefaultRole, SortKeyRole}));
    QVERIFY(model.index(1, 0).data(IsDefaultRole).toBool());
}

void TestItems::orgProfileNotifiesOnlyChanges()
{
    OrgProfileObject org;
    QSignalSpy name(&org, &OrgProfileObject::nameChanged);
    QSignalSpy version(&org, &OrgProfileObject::versionChanged);
    QSignalSpy available(&org, &OrgProfileObject::isAvailableChanged);
    QSignalSpy logo(&org, &OrgProfileObject::logoChanged);
    QSignalSpy etag(&org, &OrgProfileObject::logoEtagChanged);
    QVERIFY(!org.isAvailable());

    org.set(profile());
    QCOMPARE(name.size(), 1);
    QCOMPARE(version.size(), 1);
    QCOMPARE(available.size(), 1);
    QCOMPARE(etag.size(), 1);
    QCOMPARE(org.name(), QStringLiteral("Acme Monitoring"));
    QVERIFY(org.isAvailable());
    QCOMPARE(org.property("memberCount").toLongLong(), qint64(205));

    org.set(profile()); // the same again: silence
    QCOMPARE(name.size() + version.size() + available.size() + etag.size(), 4);

    domain::OrgProfile renamed = profile();
    renamed.name = QStringLiteral("Acme");
    renamed.version = 43;
    org.set(renamed);
    QCOMPARE(name.size(), 2);
    QCOMPARE(version.size(), 2);
    QCOMPARE(available.size(), 1);
    QCOMPARE(etag.size(), 1);

    org.setLogo(QByteArrayLiteral("\x89PNG..."));
    org.setLogo(QByteArrayLiteral("\x89PNG..."));
    QCOMPARE(logo.size(), 1);
    // Same etag: the bytes stay; no logo any more: they go.
    org.set(renamed);
    QCOMPARE(org.logo(), QByteArrayLiteral("\x89PNG..."));
    domain::OrgProfile noLogo = renamed;
    noLogo.hasLogo = false;
    noLogo.logoEtag.clear();
    org.set(noLogo);
    QCOMPARE(logo.size(), 2);
    QVERIFY(org.logo().isEmpty());

    org.clear();
    QVERIFY(!org.isAvailable());
    QCOMPARE(available.size(), 2);
    QCOMPARE(name.size(), 3);
    org.clear();
    QCOMPARE(available.size(), 2);
}

void TestItems::subscriptionNotifiesOnlyChanges()
{
    SubscriptionObject sub;
    QSignalSpy seats(&sub, &SubscriptionObject::seatsChanged);
    QSignalSpy pending(&sub, &SubscriptionObject::pendingSeatsChanged);
    QSignalSpy plan(&sub, &SubscriptionObject::planChanged);
    QSignalSpy available(&sub, &SubscriptionObject::isAvailableChanged);

    sub.set(subscriptionValue());
    QVERIFY(sub.isAvailable());
    QCOMPARE(sub.seats(), 25);
    QVERIFY(sub.pendingSeats().isNull());
    QVERIFY(!sub.hasPendingSeats());
    QCOMPARE(sub.pricePerSeat(), qint64(1900));
    QCOMPARE(seats.size(), 1);
    QCOMPARE(pending.size(), 0);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(available.size(), 1);

    domain::Subscription decrease = subscriptionValue();
    decrease.pendingSeats = 10;
    sub.set(decrease);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(seats.size(), 1);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(sub.pendingSeats(), QVariant(10));
    QVERIFY(sub.property("hasPendingSeats").toBool());
    sub.set(decrease);
    QCOMPARE(pending.size(), 1);

    sub.clear();
    QVERIFY(!sub.isAvailable());
    QCOMPARE(available.size(), 2);
    QCOMPARE(pending.size(), 2);
}

void TestItems::orgModelsApply()
{
    OrgModels models;
    const auto t1 = testerFor(models.members());
    const auto t2 = testerFor(models.invitations());
    const auto t3 = testerFor(models.apiKeys());
    const auto t4 = testerFor(models.invoices());
    const auto t5 = testerFor(models.paymentMethods());
    QSignalSpy changed(&models, &OrgModels::changed);
    Spies memberSpies(models.members());
    Spies invoiceSpies(models.invoices());

    ChangeBatch load;
    load.reset = true;
    load.org = profile();
    load.logo = QByteArrayLiteral("PNGDATA");
    load.subscription = subscriptionValue();
    load.members.upserts = members(0, 3);
    load.invitations.upserts = {invitation(QStringLiteral("i1"), QStringLiteral("a@x.test"), kT0.addDays(5))};
    load.apiKeys.upserts = {apiKey(QStringLiteral("k1"), QStringLiteral("Agent"))};
    load.invoices.upserts = {invoice(QStringLiteral("v1"), 1), invoice(QStringLiteral("v2"), 2)};
    load.paymentMethods.upserts = {card(QStringLiteral("pm1"), QStringLiteral("visa"), QStringLiteral("4242"), true)};
    models.apply(load);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(memberSpies.reset.size(), 1);
    QCOMPARE(memberSpies.total(), 1);
    QCOMPARE(idsOf(*models.members()), range(0, 3));
    QCOMPARE(models.invitations()->count(), 1);
    QCOMPARE(models.apiKeys()->count(), 1);
    QCOMPARE(idsOf(*models.invoices()), (QStringList {QStringLiteral("v2"), QStringLiteral("v1")}));
    QCOMPARE(models.paymentMethods()->count(), 1);
    QVERIFY(models.org()->isAvailable());
    QCOMPARE(models.org()->logo(), QByteArrayLiteral("PNGDATA"));
    QCOMPARE(models.subscription()->seats(), 25);
    memberSpies.clear();
    invoiceSpies.clear();

    // A delta: fine-grained signals, only in the models it touches.
    ChangeBatch delta;
    delta.members.upserts = members(3, 5);
    delta.members.removed = {QStringLiteral("u0")};
    domain::OrgProfile renamed = profile();
    renamed.name = QStringLiteral("Acme Two");
    delta.org = renamed;
    QSignalSpy orgName(models.org(), &OrgProfileObject::nameChanged);
    QSignalSpy seats(models.subscription(), &SubscriptionObject::seatsChanged);
    models.apply(delta);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(Spies::spans(memberSpies.removed), QStringList {QStringLiteral("0-0")});
    QCOMPARE(Spies::spans(memberSpies.inserted), QStringList {QStringLiteral("2-3")});
    QCOMPARE(memberSpies.reset.size(), 0);
    QCOMPARE(invoiceSpies.total(), 0);
    QCOMPARE(orgName.size(), 1);
    QCOMPARE(seats.size(), 0);
    QCOMPARE(models.org()->logo(), QByteArrayLiteral("PNGDATA"));
    QCOMPARE(idsOf(*models.members()), range(1, 5));

    // The subscription goes (a business role lost billing), then a logo is deleted.
    ChangeBatch gone;
    gone.subscriptionRemoved = true;
    gone.logo = QByteArray();
    models.apply(gone);
    QVERIFY(!models.subscription()->isAvailable());
    QVERIFY(models.org()->logo().isEmpty());

    // A reset batch without org or subscription clears them; models are reset to its rows.
    ChangeBatch resync;
    resync.reset = true;
    resync.members.upserts = members(7, 8);
    memberSpies.clear();
    models.apply(resync);
    QCOMPARE(changed.size(), 4);
    QCOMPARE(memberSpies.reset.size(), 1);
    QCOMPARE(memberSpies.total(), 1);
    QCOMPARE(idsOf(*models.members()), range(7, 8));
    QCOMPARE(models.invoices()->count(), 0);
    QVERIFY(!models.org()->isAvailable());
    QVERIFY(!models.subscription()->isAvailable());

    models.setStale(true);
    QVERIFY(models.members()->index(0, 0).data(IsStaleRole).toBool());
    models.clear();
    QCOMPARE(changed.size(), 5);
    QCOMPARE(models.members()->count(), 0);
    QVERIFY(!models.members()->isStale());
}

QTEST_GUILESS_MAIN(TestItems)
#include "tst_items.moc"
