// MemberFilterModel: search, sort and paging over a MembersModel, checked against a plain
// brute-force reference (filter, sort, slice) after every step, under QAbstractItemModelTester.
// The 100k timings are printed (qInfo), never asserted.
#include "MemberFilterModel.h"
#include "MembersModel.h"
#include "Roles.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <memory>

using namespace ItemRoles;

namespace {

const QDateTime kT0 = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);

domain::Member person(const QString &id, const QString &name, const QString &email,
                      domain::Role role = domain::Role::User, int day = 0)
{
    domain::Member m;
    m.userId = id;
    m.name = name;
    m.email = email;
    m.role = role;
    m.joinedAt = kT0.addDays(day);
    return m;
}

EntityChanges<domain::Member> upserts(const QVector<domain::Member> &rows)
{
    EntityChanges<domain::Member> changes;
    changes.upserts = rows;
    return changes;
}

EntityChanges<domain::Member> removals(const QStringList &ids)
{
    EntityChanges<domain::Member> changes;
    changes.removed = QVector<QString>(ids.cbegin(), ids.cend());
    return changes;
}

// The reference: what the page must show, computed the slow, obvious way.
struct Reference
{
    QString query;
    MembersModel::Column column = MembersModel::Name;
    Qt::SortOrder order = Qt::AscendingOrder;

    static int compareText(const QString &a, const QString &b) { return a.toCaseFolded().compare(b.toCaseFolded()); }

    bool less(const domain::Member &a, const domain::Member &b) const
    {
        int c = 0;
        if (column == MembersModel::Email)
            c = compareText(a.email, b.email);
        else if (column == MembersModel::Joined)
            c = a.joinedAt < b.joinedAt ? -1 : (b.joinedAt < a.joinedAt ? 1 : 0);
        else if (column == MembersModel::Role)
            c = domain::roleRank(a.role) - domain::roleRank(b.role);
        if (c == 0)
            c = compareText(a.name, b.name);
        if (c == 0)
            c = compareText(a.email, b.email);
        if (c == 0)
            c = a.userId.compare(b.userId);
        return c < 0;
    }

    QStringList all(const MembersModel &model) const
    {
        const QString q = query.trimmed().toCaseFolded();
        QVector<domain::Member> hits;
        for (int row = 0; row < model.count(); ++row) {
            const domain::Member &m = model.at(row);
            if (m.name.toCaseFolded().contains(q) || m.email.toCaseFolded().contains(q))
                hits.append(m);
        }
        std::sort(hits.begin(), hits.end(), [this](const auto &a, const auto &b) { return less(a, b); });
        if (order == Qt::DescendingOrder)
            std::reverse(hits.begin(), hits.end());
        QStringList ids;
        for (const domain::Member &m : std::as_const(hits))
            ids << m.userId;
        return ids;
    }
};

QStringList pageIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(IdRole).toString();
    return ids;
}

// Compares the proxy with the reference: match count, page count, the page's rows.
bool agrees(const MemberFilterModel &filter, const MembersModel &source, const Reference &reference, QString *why)
{
    const QStringList all = reference.all(source);
    const int pages = std::max(1, int((all.size() + filter.pageSize() - 1) / filter.pageSize()));
    const QStringList page = all.mid(filter.currentPage() * filter.pageSize(), filter.pageSize());
    if (filter.matchCount() != all.size())
        *why = QStringLiteral("matchCount %1, expected %2").arg(filter.matchCount()).arg(all.size());
    else if (filter.pageCount() != pages)
        *why = QStringLiteral("pageCount %1, expected %2").arg(filter.pageCount()).arg(pages);
    else if (filter.currentPage() >= pages)
        *why = QStringLiteral("currentPage %1 of %2").arg(filter.currentPage()).arg(pages);
    else if (pageIds(filter) != page)
        *why = QStringLiteral("page shows %1, expected %2")
                   .arg(pageIds(filter).join(QLatin1Char(',')), page.join(QLatin1Char(',')));
    else
        return true;
    return false;
}

#define QVERIFY_AGREES(filter, source, reference)                                                                      \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        QVERIFY2(agrees((filter), (source), (reference), &why_), qPrintable(why_));                                    \
    } while (false)

std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

QVector<domain::Member> numbered(int from, int to)
{
    QVector<domain::Member> list;
    for (int i = from; i < to; ++i) {
        list.append(person(QStringLiteral("m%1").arg(i), QStringLiteral("Member %1").arg(i, 3, 10, QLatin1Char('0')),
                           QStringLiteral("member%1@acme.test").arg(i), domain::Role(i % domain::kRoleCount), i));
    }
    return list;
}

// 100k people with realistic, colliding names; emails unique.
QVector<domain::Member> generated(int count, quint32 seed)
{
    static const char *const first[]
        = {"Maria", "José", "Anna", "Jürgen", "Zoë",   "Søren", "Wei",  "Aisha", "John", "Olga",  "Liam", "Chloé",
           "Raj",   "Emma", "Noah", "Fatima", "Lukas", "Mia",   "Ivan", "Sofia", "Kai",  "Elena", "Omar", "Hana"};
    static const char *const last[]
        = {"Garcia", "Müller", "Ölçer",  "Smith", "Nguyen", "Kowalski", "Rossi", "Hansen", "Tanaka", "Johnson", "Silva",
           "Dubois", "Novak",  "Petrov", "Khan",  "Brown",  "Schmidt",  "Lopez", "Chen",   "Larsen", "Fischer"};
    QRandomGenerator random(seed);
    QVector<domain::Member> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString f = QString::fromUtf8(first[random.bounded(int(std::size(first)))]);
        const QString l = QString::fromUtf8(last[random.bounded(int(std::size(last)))]);
        const QString ascii = QString(f + QLatin1Char('.') + l).toLower().normalized(QString::NormalizationForm_KD);
        QString email;
        for (QChar c : ascii) {
            if (c.unicode() < 128)
                email += c;
        }
        list.append(person(QStringLiteral("g%1").arg(i), QString(f + QLatin1Char(' ') + l),
                           QString(email + QString::number(i) + QStringLiteral("@example.test")),
                           domain::Role(1 + random.bounded(4)), random.bounded(2000)));
    }
    return list;
}

qint64 percentile(QVector<qint64> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const int index = std::clamp(int(std::ceil(p * samples.size())) - 1, 0, int(samples.size()) - 1);
    return samples.at(index);
}

// What a view does after a reset: read every visible cell.
int readPage(const QAbstractItemModel &model)
{
    int chars = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            chars += int(model.index(row, column).data().toString().size());
    }
    return chars;
}

} // namespace

class TestItemsFilter : public QObject
{
    Q_OBJECT

private slots:
    void filtersNameAndEmailCaseInsensitively();
    void pagesAndClamps();
    void sortOrders();
    void sourceChangesWhileFilteredAndPaged();
    void statusRolesAndMapping();
    void pageOfMember();
    void refusesOtherModels();
    void randomizedAgainstReference();
    void timingAt100k();
};

void TestItemsFilter::filtersNameAndEmailCaseInsensitively()
{
    MembersModel source;
    source.resetTo({person(QStringLiteral("1"), QStringLiteral("Ada Lovelace"), QStringLiteral("ada@acme.test")),
                    person(QStringLiteral("2"), QStringLiteral("Grace Hopper"), QStringLiteral("grace@navy.test")),
                    person(QStringLiteral("3"), QStringLiteral("Zoë Ölçer"), QStringLiteral("zoe@acme.test")),
                    person(QStringLiteral("4"), QStringLiteral("Émile Zola"), QStringLiteral("emile@acme.test")),
                    person(QStringLiteral("5"), QStringLiteral("Adam Smith"), QStringLiteral("smith@acme.test"))});
    MemberFilterModel filter;
    const auto tester = testerFor(&filter);
    filter.setSourceModel(&source);
    QCOMPARE(filter.matchCount(), 5);
    // Case-folded, then compared code unit by code unit (the cache's order): "é" after "z".
    QCOMPARE(pageIds(filter),
             (QStringList {QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("4")}));

    QSignalSpy text(&filter, &MemberFilterModel::filterTextChanged);
    QSignalSpy count(&filter, &MemberFilterModel::matchCountChanged);
    filter.setFilterText(QStringLiteral("ADA"));
    QCOMPARE(pageIds(filter), (QStringList {QStringLiteral("1"), QStringLiteral("5")}));
    QCOMPARE(text.size(), 1);
    QCOMPARE(count.size(), 1);
    QCOMPARE(count.at(0).at(0).toInt(), 2);
    filter.setFilterText(QStringLiteral("ADA")); // unchanged: no signal
    QCOMPARE(text.size(), 1);

    filter.setFilterText(QStringLiteral("navy")); // email only
    QCOMPARE(pageIds(filter), QStringList {QStringLiteral("2")});
    filter.setFilterText(QStringLiteral("ÖLÇER"));
    QCOMPARE(pageIds(filter), QStringList {QStringLiteral("3")});
    filter.setFilterText(QStringLiteral("ölçer"));
    QCOMPARE(pageIds(filter), QStringList {QStringLiteral("3")});
    filter.setFilterText(QStringLiteral("ZOË"));
    QCOMPARE(pageIds(filter), QStringList {QStringLiteral("3")});
    filter.setFilterText(QStringLiteral("émile"));
    QCOMPARE(pageIds(filter), QStringList {QStringLiteral("4")});
    filter.setFilterText(QStringLiteral("  lovelace "));
    QCOMPARE(pageIds(filter), QStringList {QStringLiteral("1")});
    filter.setFilterText(QStringLiteral("nobody"));
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(filter.matchCount(), 0);
    QCOMPARE(filter.pageCount(), 1);
    QVERIFY(!filter.hasChildren());
    // The name/email boundary is not searchable text.
    filter.setFilterText(QStringLiteral("lovelace ada"));
    QCOMPARE(filter.matchCount(), 0);
    filter.setFilterText(QString());
    QCOMPARE(filter.matchCount(), 5);
}

void TestItemsFilter::pagesAndClamps()
{
    MembersModel source;
    source.resetTo(numbered(0, 120));
    MemberFilterModel filter;
    const auto tester = testerFor(&filter);
    filter.setSourceModel(&source);
    Reference reference;
    QCOMPARE(filter.pageSize(), 50);
    QCOMPARE(filter.pageCount(), 3);
    QCOMPARE(filter.rowCount(), 50);
    QVERIFY_AGREES(filter, source, reference);

    QSignalSpy page(&filter, &MemberFilterModel::currentPageChanged);
    QSignalSpy pages(&filter, &MemberFilterModel::pageCountChanged);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
    QVERIFY(!filter.previousPage());
    QVERIFY(filter.nextPage());
    QVERIFY(filter.nextPage());
    QCOMPARE(filter.currentPage(), 2);
    QCOMPARE(filter.rowCount(), 20);
    QCOMPARE(filter.headerData(0, Qt::Vertical).toInt(), 101);
    QCOMPARE(filter.firstMatchOnPage(), 100);
    QVERIFY_AGREES(filter, source, reference);
    QVERIFY(!filter.nextPage());
    QCOMPARE(page.size(), 2);
    QCOMPARE(reset.size(), 2); // one per page change

    filter.setCurrentPage(99); // clamped to the last page: no change
    QCOMPARE(filter.currentPage(), 2);
    QCOMPARE(page.size(), 2);
    filter.setCurrentPage(-5);
    QCOMPARE(filter.currentPage(), 0);
    QVERIFY(filter.previousPage() == false);

    // Page size: clamped to 1..1000, and the first visible member stays visible.
    filter.setCurrentPage(1); // members 50..99
    QSignalSpy first(&filter, &MemberFilterModel::firstMatchOnPageChanged);
    filter.setPageSize(30);
    QCOMPARE(filter.currentPage(), 1); // 50 / 30
    QCOMPARE(first.size(), 1);
    QCOMPARE(filter.firstMatchOnPage(), 30);
    QCOMPARE(filter.pageCount(), 4);
    QVERIFY_AGREES(filter, source, reference);
    filter.setPageSize(0);
    QCOMPARE(filter.pageSize(), 1);
    filter.setPageSize(5000);
    QCOMPARE(filter.pageSize(), 1000);
    QCOMPARE(filter.pageCount(), 1);
    QCOMPARE(filter.rowCount(), 120);
    filter.setPageSize(10);
    filter.setCurrentPage(11);
    QCOMPARE(filter.currentPage(), 11);

    // A new filter starts at page 0; matches shrinking under a later page clamp it.
    pages.clear();
    filter.setFilterText(QStringLiteral("member 1")); // 100..119
    reference.query = filter.filterText();
    QCOMPARE(filter.currentPage(), 0);
    QCOMPARE(filter.pageCount(), 2);
    QCOMPARE(pages.size(), 1);
    QVERIFY_AGREES(filter, source, reference);
    filter.setCurrentPage(1);
    source.apply(removals(QStringList {QStringLiteral("m115"), QStringLiteral("m116"), QStringLiteral("m117"),
                                       QStringLiteral("m118"), QStringLiteral("m119"), QStringLiteral("m110"),
                                       QStringLiteral("m111"), QStringLiteral("m112"), QStringLiteral("m113"),
                                       QStringLiteral("m114")}));
    QCOMPARE(filter.pageCount(), 1);
    QCOMPARE(filter.currentPage(), 0);
    QVERIFY_AGREES(filter, source, reference);

    filter.setFilterText(QStringLiteral("zzz"));
    QCOMPARE(filter.pageCount(), 1);
    QCOMPARE(filter.currentPage(), 0);
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(!filter.nextPage());
}

void TestItemsFilter::sortOrders()
{
    MembersModel source;
    source.resetTo(
        {person(QStringLiteral("a"), QStringLiteral("bob"), QStringLiteral("z@x.test"), domain::Role::User, 3),
         person(QStringLiteral("b"), QStringLiteral("Bob"), QStringLiteral("a@x.test"), domain::Role::Admin, 1),
         person(QStringLiteral("c"), QStringLiteral("alice"), QStringLiteral("m@x.test"), domain::Role::Manager, 2),
         person(QStringLiteral("d"), QStringLiteral("Carol"), QStringLiteral("b@x.test"), domain::Role::User, 0),
         person(QStringLiteral("e"), QStringLiteral("Dave"), QStringLiteral("c@x.test"), domain::Role::Observer, 3)});
    MemberFilterModel filter;
    const auto tester = testerFor(&filter);
    filter.setSourceModel(&source);
    const auto ids = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(',')); };

    // Name: case-folded name, then email (bob/Bob tie broken by email a@ < z@).
    QCOMPARE(pageIds(filter), ids("c,b,a,d,e"));
    QSignalSpy sortSpy(&filter, &MemberFilterModel::sortChanged);
    filter.setSort(MembersModel::Name, Qt::DescendingOrder);
    QCOMPARE(pageIds(filter), ids("e,d,a,b,c"));
    filter.setSort(MembersModel::Email, Qt::AscendingOrder);
    QCOMPARE(pageIds(filter), ids("b,d,e,c,a"));
    filter.setSort(MembersModel::Joined, Qt::AscendingOrder);
    QCOMPARE(pageIds(filter), ids("d,b,c,a,e")); // a and e joined the same day: name decides
    filter.setSort(MembersModel::Role, Qt::AscendingOrder);
    QCOMPARE(pageIds(filter), ids("b,c,a,d,e")); // admin, manager, users by name, observer
    filter.setSort(MembersModel::Role, Qt::DescendingOrder);
    QCOMPARE(pageIds(filter), ids("e,d,a,c,b"));
    QCOMPARE(sortSpy.size(), 5);
    QCOMPARE(filter.sortColumn(), MembersModel::Role);
    QCOMPARE(filter.sortOrder(), Qt::DescendingOrder);

    // A header click; the Actions column does not sort.
    filter.sort(MembersModel::Email, Qt::DescendingOrder);
    QCOMPARE(pageIds(filter), ids("a,c,e,d,b"));
    filter.sort(MembersModel::Actions, Qt::AscendingOrder);
    QCOMPARE(pageIds(filter), ids("a,c,e,d,b"));
    QCOMPARE(sortSpy.size(), 6);

    // Sorting keeps the filter.
    filter.setFilterText(QStringLiteral("o")); // bob, Bob, Carol
    filter.setSort(MembersModel::Name, Qt::AscendingOrder);
    QCOMPARE(pageIds(filter), ids("b,a,d"));
}

void TestItemsFilter::sourceChangesWhileFilteredAndPaged()
{
    MembersModel source;
    source.resetTo(numbered(0, 60));
    MemberFilterModel filter;
    const auto sourceTester = testerFor(&source);
    const auto tester = testerFor(&filter);
    filter.setSourceModel(&source);
    filter.setFilterText(QStringLiteral("member 01")); // Member 010..019
    filter.setPageSize(4);
    filter.setCurrentPage(1); // 014..017
    Reference reference;
    reference.query = filter.filterText();
    QCOMPARE(pageIds(filter), QString::fromLatin1("m14,m15,m16,m17").split(QLatin1Char(',')));

    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);

    // A new matching member that sorts onto this page appears in its place.
    source.apply(
        upserts({person(QStringLiteral("n1"), QStringLiteral("Member 0145"), QStringLiteral("n1@acme.test"))}));
    QCOMPARE(pageIds(filter), QString::fromLatin1("m14,n1,m15,m16").split(QLatin1Char(',')));
    QCOMPARE(filter.matchCount(), 11);
    QCOMPARE(reset.size(), 1);
    QVERIFY_AGREES(filter, source, reference);

    // A member renamed out of the filter is gone; the next one moves up.
    domain::Member m15 = source.at(source.rowOf(QStringLiteral("m15")));
    m15.name = QStringLiteral("Someone Else");
    m15.email = QStringLiteral("else@acme.test");
    source.apply(upserts({m15}));
    QCOMPARE(pageIds(filter), QString::fromLatin1("m14,n1,m16,m17").split(QLatin1Char(',')));
    QVERIFY_AGREES(filter, source, reference);

    // Removed: gone.
    source.apply(removals({QStringLiteral("m16"), QStringLiteral("m3")}));
    QCOMPARE(pageIds(filter), QString::fromLatin1("m14,n1,m17,m18").split(QLatin1Char(',')));
    QVERIFY_AGREES(filter, source, reference);
    QCOMPARE(reset.size(), 3);

    // Changes that do not move anything on this page: no reset. A role change on the page
    // is a dataChanged for that row; a change elsewhere (even a removal above it in the
    // source, which renumbers every row) is nothing at all.
    domain::Member m17 = source.at(source.rowOf(QStringLiteral("m17")));
    m17.role = domain::Role::Admin;
    source.apply(upserts({m17}));
    QCOMPARE(reset.size(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(filter.index(2, MembersModel::Role).data(MemberRoleRole).toInt(), int(domain::Role::Admin));
    source.apply(removals({QStringLiteral("m0"), QStringLiteral("m40")}));
    domain::Member m50 = source.at(source.rowOf(QStringLiteral("m50")));
    m50.name = QStringLiteral("Member 050 renamed");
    source.apply(upserts({m50}));
    QCOMPARE(reset.size(), 3);
    QCOMPARE(changed.size(), 1);
    QVERIFY_AGREES(filter, source, reference);
    QCOMPARE(filter.index(0, 0).data(IdRole).toString(), QStringLiteral("m14"));

    // Rows appended elsewhere in a sync page shift this page only if they sort before it.
    source.apply(upserts(numbered(200, 205))); // "Member 200".. : not matching
    QCOMPARE(reset.size(), 3);
    source.apply(
        upserts({person(QStringLiteral("n2"), QStringLiteral("Member 010a"), QStringLiteral("n2@acme.test"))}));
    QCOMPARE(reset.size(), 4);
    QCOMPARE(pageIds(filter), QString::fromLatin1("m13,m14,n1,m17").split(QLatin1Char(',')));
    QVERIFY_AGREES(filter, source, reference);

    // A full reset of the source.
    source.resetTo(numbered(0, 30));
    QVERIFY_AGREES(filter, source, reference);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
}

void TestItemsFilter::statusRolesAndMapping()
{
    MembersModel source;
    source.resetTo(numbered(0, 20));
    MemberFilterModel filter;
    const auto tester = testerFor(&filter);
    filter.setSourceModel(&source);
    filter.setPageSize(5);
    filter.setCurrentPage(1); // m5..m9

    QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
    source.setPending(QStringLiteral("m7"), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int> {IsPendingRole});
    QVERIFY(filter.index(2, 0).data(IsPendingRole).toBool());
    source.setPending(QStringLiteral("m1"), true); // not on this page
    QCOMPARE(changed.size(), 1);
    source.setStale(true);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 4);
    QVERIFY(filter.index(4, MembersModel::Email).data(IsStaleRole).toBool());

    const QModelIndex proxy = filter.index(3, MembersModel::Email);
    const QModelIndex mapped = filter.mapToSource(proxy);
    QCOMPARE(mapped.data().toString(), QStringLiteral("member8@acme.test"));
    QCOMPARE(filter.mapFromSource(mapped), proxy);
    QVERIFY(!filter.mapFromSource(source.index(source.rowOf(QStringLiteral("m1")), 0)).isValid());
    QVERIFY(!filter.mapToSource(filter.index(7, 0)).isValid());
    QCOMPARE(filter.headerData(MembersModel::Email, Qt::Horizontal).toString(), QStringLiteral("Email"));
    QCOMPARE(filter.roleNames().value(EmailRole), QByteArrayLiteral("email"));
}

void TestItemsFilter::pageOfMember()
{
    MembersModel source;
    source.resetTo(numbered(0, 100));
    MemberFilterModel filter;
    filter.setSourceModel(&source);
    filter.setPageSize(10);
    QCOMPARE(filter.pageOf(QStringLiteral("m0")), 0);
    QCOMPARE(filter.pageOf(QStringLiteral("m42")), 4);
    QCOMPARE(filter.pageOf(QStringLiteral("m99")), 9);
    QCOMPARE(filter.pageOf(QStringLiteral("nobody")), -1);
    filter.setSort(MembersModel::Name, Qt::DescendingOrder);
    QCOMPARE(filter.pageOf(QStringLiteral("m99")), 0);
    QCOMPARE(filter.pageOf(QStringLiteral("m42")), 5);
    filter.setFilterText(QStringLiteral("member 04")); // 040..049
    QCOMPARE(filter.pageOf(QStringLiteral("m42")), 0);
    QCOMPARE(filter.pageOf(QStringLiteral("m52")), -1);
    filter.setPageSize(3);
    QCOMPARE(filter.pageOf(QStringLiteral("m42")), 2); // 49 48 47 | 46 45 44 | 43 42 41 | 40
    filter.setCurrentPage(filter.pageOf(QStringLiteral("m42")));
    QVERIFY(pageIds(filter).contains(QStringLiteral("m42")));
}

void TestItemsFilter::refusesOtherModels()
{
    MembersModel source;
    source.resetTo(numbered(0, 3));
    MemberFilterModel filter;
    filter.setSourceModel(&source);
    QCOMPARE(filter.rowCount(), 3);
    MemberFilterModel other;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("filters a MembersModel only")));
    filter.setSourceModel(&other);
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(!filter.membersModel());
    QVERIFY(!filter.sourceModel());

    // The source going away empties the filter.
    auto *dying = new MembersModel;
    dying->resetTo(numbered(0, 3));
    filter.setSourceModel(dying);
    QCOMPARE(filter.rowCount(), 3);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
    delete dying;
    QCOMPARE(reset.size(), 1);
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(filter.pageOf(QStringLiteral("m1")), -1);
}

void TestItemsFilter::randomizedAgainstReference()
{
    // Random batches, queries (typed, extended, backspaced), sorts and page moves; after
    // each step the page must equal the brute-force answer.
    QRandomGenerator random(20260301);
    MembersModel source;
    MemberFilterModel filter;
    const auto tester = testerFor(&filter);
    filter.setSourceModel(&source);
    filter.setPageSize(7);
    Reference reference;
    const QVector<domain::Member> pool = generated(400, 7);
    source.resetTo(pool.mid(0, 150));
    int next = 150;
    const QStringList queries {QStringLiteral("maria garcia"), QStringLiteral("ölçer"), QStringLiteral("smith"),
                               QStringLiteral("example.test"), QStringLiteral("an"),    QStringLiteral("zoë")};
    QString target = queries.first();

    for (int step = 0; step < 600; ++step) {
        const int action = random.bounded(10);
        if (action < 3) {
            // A sync page: some new rows, some changed, some removed.
            EntityChanges<domain::Member> changes;
            for (int i = random.bounded(6); i > 0 && next < pool.size(); --i)
                changes.upserts.append(pool.at(next++));
            for (int i = random.bounded(5); i > 0 && source.count() > 0; --i) {
                domain::Member m = source.at(random.bounded(source.count()));
                const int what = random.bounded(3);
                if (what == 0)
                    m.name = pool.at(random.bounded(int(pool.size()))).name;
                else if (what == 1)
                    m.role = domain::Role(random.bounded(domain::kRoleCount));
                else
                    m.joinedAt = m.joinedAt.addDays(random.bounded(-300, 300));
                changes.upserts.append(m);
            }
            for (int i = random.bounded(5); i > 0 && source.count() > 0; --i)
                changes.removed.append(source.at(random.bounded(source.count())).userId);
            // An id in both lists breaks the feed's contract; keep the batch honest.
            for (const QString &id : std::as_const(changes.removed)) {
                changes.upserts.erase(std::remove_if(changes.upserts.begin(), changes.upserts.end(),
                                                     [&](const domain::Member &m) { return m.userId == id; }),
                                      changes.upserts.end());
            }
            source.apply(changes);
        } else if (action < 7) {
            // Type towards the target one key at a time, or backspace.
            QString text = filter.filterText();
            if (!target.startsWith(text) || text == target || random.bounded(4) == 0) {
                text.chop(1);
                if (text.isEmpty())
                    target = queries.at(random.bounded(int(queries.size())));
            } else {
                text = target.left(text.size() + 1);
            }
            filter.setFilterText(text);
            reference.query = text;
        } else if (action == 7) {
            const auto column = MembersModel::Column(random.bounded(4));
            const auto order = random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
            filter.setSort(column, order);
            reference.column = column;
            reference.order = order;
        } else if (action == 8) {
            filter.setCurrentPage(random.bounded(filter.pageCount() + 1));
        } else {
            if (next >= pool.size())
                next = 0; // re-adding old ids later is fine: they were removed or are updates
            source.resetTo(pool.mid(random.bounded(200), 150));
        }
        QString why;
        if (!agrees(filter, source, reference, &why))
            QFAIL(qPrintable(QStringLiteral("step %1 (action %2): %3").arg(step).arg(action).arg(why)));
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QString id = filter.index(row, 0).data(IdRole).toString();
            QCOMPARE(filter.pageOf(id), filter.currentPage());
            QCOMPARE(filter.mapFromSource(source.index(source.rowOf(id), 1)), filter.index(row, 1));
        }
    }
}

void TestItemsFilter::timingAt100k()
{
    // Figures for the report; not assertions (the machine may be busy).
    constexpr int kMembers = 100000;
    QVector<domain::Member> all = generated(kMembers + 5000, 42);
    const QVector<domain::Member> syncPage = all.mid(kMembers);
    all.resize(kMembers);

    MembersModel source;
    MemberFilterModel filter;
    filter.setSourceModel(&source);
    int sink = 0;
    connect(&filter, &QAbstractItemModel::modelReset, this, [&] { sink += readPage(filter); });

    QElapsedTimer timer;
    timer.start();
    source.resetTo(all);
    const qint64 unsortedLoad = timer.elapsed();

    // The cache's order: case-folded name, then email.
    QVector<domain::Member> sorted = all;
    std::sort(sorted.begin(), sorted.end(), [](const domain::Member &a, const domain::Member &b) {
        const int c = a.name.toCaseFolded().compare(b.name.toCaseFolded());
        return c != 0 ? c < 0 : a.email.toCaseFolded() < b.email.toCaseFolded();
    });
    timer.restart();
    source.resetTo(sorted);
    const qint64 sortedLoad = timer.elapsed();
    qInfo("load 100k into source+filter: %lld ms unsorted, %lld ms in cache order", unsortedLoad, sortedLoad);

    QVector<qint64> keystrokes;
    const QStringList queries {QStringLiteral("maria garcia"), QStringLiteral("jürgen ölçer"),
                               QStringLiteral("example.test"), QStringLiteral("chen.wei1234")};
    for (const QString &query : queries) {
        for (int length = 1; length <= query.size(); ++length) {
            timer.restart();
            filter.setFilterText(query.left(length));
            keystrokes.append(timer.nsecsElapsed());
        }
        for (int length = int(query.size()) - 1; length >= 0; --length) {
            timer.restart();
            filter.setFilterText(query.left(length));
            keystrokes.append(timer.nsecsElapsed());
        }
    }
    qInfo("keystrokes at 100k (%lld, typing then deleting %lld queries of 12): p50 %.2f ms, p95 %.2f ms, max %.2f ms",
          qint64(keystrokes.size()), qint64(queries.size()), percentile(keystrokes, 0.5) / 1e6,
          percentile(keystrokes, 0.95) / 1e6, percentile(keystrokes, 1.0) / 1e6);

    filter.setFilterText(QStringLiteral("ma"));
    filter.setCurrentPage(3);
    timer.restart();
    source.apply(upserts(syncPage));
    const qint64 insertBatch = timer.nsecsElapsed();
    QCOMPARE(source.count(), kMembers + 5000);
    QVector<domain::Member> edits;
    for (int i = 0; i < 5000; ++i) {
        domain::Member m = source.at(i * 20);
        m.name += QStringLiteral(" Jr");
        edits.append(m);
    }
    timer.restart();
    source.apply(upserts(edits));
    const qint64 updateBatch = timer.nsecsElapsed();
    QStringList gone;
    for (int i = 0; i < 5000; ++i)
        gone << source.at(i * 20 + 3).userId;
    timer.restart();
    source.apply(removals(gone));
    const qint64 removeBatch = timer.nsecsElapsed();
    qInfo("5000-row batches at 100k into source+filter (filter \"ma\", page 4): insert %.1f ms, update %.1f ms, "
          "remove %.1f ms",
          insertBatch / 1e6, updateBatch / 1e6, removeBatch / 1e6);

    timer.restart();
    filter.setSort(MembersModel::Joined, Qt::AscendingOrder);
    const qint64 resort = timer.elapsed();
    timer.restart();
    filter.setSort(MembersModel::Joined, Qt::DescendingOrder);
    qInfo("sort by another column at 100k: %lld ms; flip the order: %.2f ms", resort, timer.nsecsElapsed() / 1e6);
    QVERIFY(sink > 0);

    // The timings only count if the answers are right.
    Reference reference;
    reference.query = filter.filterText();
    reference.column = MembersModel::Joined;
    reference.order = Qt::DescendingOrder;
    QVERIFY_AGREES(filter, source, reference);
}

QTEST_GUILESS_MAIN(TestItemsFilter)
#include "tst_items_filter.moc"
