#include "MemberSearchIndex.h"

#include <QStringView>

#include <algorithm>
#include <climits>
#include <numeric>

namespace {

// Bounds the memory kept for backspacing: the matches of at most this many prefixes.
constexpr int kMaxSteps = 32;

} // namespace

void MemberSearchIndex::setSource(const MembersModel *members)
{
    m_members = members;
    rebuild();
}

bool MemberSearchIndex::isSortable(int column)
{
    return column == MembersModel::Name || column == MembersModel::Email || column == MembersModel::Joined
        || column == MembersModel::Role;
}

QString MemberSearchIndex::normalized(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

MemberSearchIndex::Key MemberSearchIndex::keyOf(const domain::Member &member)
{
    Key key;
    const QString name = member.name.toCaseFolded();
    key.nameLength = int(name.size());
    key.text = name + QLatin1Char('\n') + member.email.toCaseFolded();
    key.rank = domain::roleRank(member.role);
    key.joined = member.joinedAt.isValid() ? member.joinedAt.toMSecsSinceEpoch() : LLONG_MIN;
    return key;
}

bool MemberSearchIndex::less(int a, int b) const
{
    const Key &x = m_keys.at(a);
    const Key &y = m_keys.at(b);
    const QStringView xText(x.text);
    const QStringView yText(y.text);
    const QStringView xName = xText.left(x.nameLength);
    const QStringView yName = yText.left(y.nameLength);
    const QStringView xEmail = xText.mid(x.nameLength + 1);
    const QStringView yEmail = yText.mid(y.nameLength + 1);
    int c = 0;
    switch (m_column) {
    case MembersModel::Email:
        c = xEmail.compare(yEmail);
        if (c == 0)
            c = xName.compare(yName);
        break;
    case MembersModel::Joined:
        c = x.joined < y.joined ? -1 : (x.joined > y.joined ? 1 : 0);
        break;
    case MembersModel::Role:
        c = x.rank - y.rank;
        break;
    default:
        break;
    }
    if (c == 0)
        c = xName.compare(yName);
    if (c == 0)
        c = xEmail.compare(yEmail);
    if (c == 0)
        c = m_members->at(a).userId.compare(m_members->at(b).userId);
    return c < 0;
}

bool MemberSearchIndex::matches(int row, const QString &query) const
{
    return QStringView(m_keys.at(row).text).contains(query);
}

QVector<int> MemberSearchIndex::scan(const QVector<int> &rows, const QString &query) const
{
    // A newline would match across the name/email boundary; no name or email has one.
    if (query.contains(QLatin1Char('\n')))
        return {};
    QVector<int> result;
    for (int row : rows) {
        if (QStringView(m_keys.at(row).text).contains(query))
            result.append(row);
    }
    return result;
}

QVector<int> MemberSearchIndex::mergeInto(const QVector<int> &base, const QVector<int> &fresh) const
{
    // `fresh` is sorted and usually far shorter than `base`: gallop to each one's place and
    // copy the runs between, instead of comparing every element of `base`.
    QVector<int> out(base.size() + fresh.size());
    int *o = out.data();
    auto pos = base.cbegin();
    const auto end = base.cend();
    const auto lessRows = [this](int a, int b) { return less(a, b); };
    for (int row : fresh) {
        auto lo = pos; // everything before lo sorts before row
        auto hi = pos;
        qsizetype step = 1;
        while (hi != end && less(*hi, row)) {
            lo = hi + 1;
            hi = (end - lo > step) ? lo + step : end;
            step *= 2;
        }
        const auto place = std::lower_bound(lo, hi, row, lessRows);
        o = std::copy(pos, place, o);
        *o++ = row;
        pos = place;
    }
    std::copy(pos, end, o);
    return out;
}

void MemberSearchIndex::rebuild()
{
    const int count = m_members ? m_members->count() : 0;
    m_keys.clear();
    m_keys.reserve(count);
    for (int row = 0; row < count; ++row)
        m_keys.append(keyOf(m_members->at(row)));
    sortAll();
    m_matches = m_query.isEmpty() ? m_sorted : scan(m_sorted, m_query);
    resetSteps();
}

void MemberSearchIndex::sortAll()
{
    m_sorted.resize(m_keys.size());
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    // Rows loaded from the cache come in name order already: check in O(n) before sorting.
    bool inOrder = true;
    for (int row = 1; row < m_keys.size() && inOrder; ++row)
        inOrder = less(row - 1, row);
    if (!inOrder)
        std::sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return less(a, b); });
}

void MemberSearchIndex::resetSteps()
{
    m_steps.clear();
    if (!m_query.isEmpty())
        m_steps.append(Step{m_query, m_matches});
}

void MemberSearchIndex::applyBatch(const KeyedListModelBase::BatchSummary &summary)
{
    if (!m_members)
        return;
    if (summary.reset || summary.reordered) {
        rebuild();
        return;
    }
    const int oldCount = int(m_keys.size());
    const int newCount = m_members->count();
    const QVector<int> &removed = summary.removedRows;
    const QVector<int> &inserted = summary.insertedRows;
    const QVector<int> &changed = summary.changedRows;

    // Where each old row is now (-1: removed). Survivors keep their relative order, so one
    // pass pairs old and new rows, skipping the removed and the inserted ones. When nothing
    // was removed and rows were only appended, every row kept its number.
    const bool appendedOnly = removed.isEmpty() && (inserted.isEmpty() || inserted.first() == oldCount);
    QVector<int> moved;
    if (!appendedOnly) {
        moved.resize(oldCount);
        int next = 0;
        int r = 0;
        int i = 0;
        for (int old = 0; old < oldCount; ++old) {
            if (r < removed.size() && removed.at(r) == old) {
                moved[old] = -1;
                ++r;
                continue;
            }
            while (i < inserted.size() && inserted.at(i) == next) {
                ++i;
                ++next;
            }
            moved[old] = next++;
        }
        QVector<Key> keys(newCount);
        for (int old = 0; old < oldCount; ++old) {
            if (moved.at(old) >= 0)
                keys[moved.at(old)] = std::move(m_keys[old]);
        }
        m_keys = std::move(keys);
    } else {
        m_keys.resize(newCount);
    }

    // Changed and inserted rows get new keys and are placed afresh.
    QVector<int> fresh;
    fresh.reserve(changed.size() + inserted.size());
    std::merge(changed.cbegin(), changed.cend(), inserted.cbegin(), inserted.cend(), std::back_inserter(fresh));
    for (int row : std::as_const(fresh))
        m_keys[row] = keyOf(m_members->at(row));
    std::sort(fresh.begin(), fresh.end(), [this](int a, int b) { return less(a, b); });

    QVector<char> isChanged;
    if (!changed.isEmpty()) {
        isChanged.resize(newCount);
        for (int row : changed)
            isChanged[row] = 1;
    }
    // The old list without removed and changed rows, renumbered; order unchanged.
    const auto survivors = [&](const QVector<int> &rows) {
        if (appendedOnly && isChanged.isEmpty())
            return rows;
        QVector<int> kept;
        kept.reserve(rows.size());
        for (int old : rows) {
            const int row = appendedOnly ? old : moved.at(old);
            if (row >= 0 && (isChanged.isEmpty() || !isChanged.at(row)))
                kept.append(row);
        }
        return kept;
    };

    m_sorted = mergeInto(survivors(m_sorted), fresh);
    if (m_query.isEmpty()) {
        m_matches = m_sorted;
    } else {
        QVector<int> freshMatches;
        if (!m_query.contains(QLatin1Char('\n'))) {
            for (int row : std::as_const(fresh)) {
                if (matches(row, m_query))
                    freshMatches.append(row);
            }
        }
        m_matches = mergeInto(survivors(m_matches), freshMatches);
    }
    // The kept prefixes' matches hold old row numbers; only the current query survives.
    resetSteps();
}

void MemberSearchIndex::setOrder(MembersModel::Column column)
{
    if (column == m_column || !isSortable(column))
        return;
    m_column = column;
    if (m_query.isEmpty()) {
        sortAll();
        m_matches = m_sorted;
    } else {
        QVector<char> isMatch(m_keys.size());
        for (int row : std::as_const(m_matches))
            isMatch[row] = 1;
        sortAll();
        m_matches.clear();
        for (int row : std::as_const(m_sorted)) {
            if (isMatch.at(row))
                m_matches.append(row);
        }
    }
    resetSteps();
}

bool MemberSearchIndex::setQuery(const QString &text)
{
    const QString query = normalized(text);
    if (query == m_query)
        return false;
    m_query = query;
    if (query.isEmpty()) {
        // Keep the steps: typing the first letter again finds its matches there.
        m_matches = m_sorted;
        return true;
    }
    // Case folding maps character by character, so a folded query that starts with a
    // folded prefix only matches rows that the prefix matched.
    while (!m_steps.isEmpty() && !query.startsWith(m_steps.constLast().query))
        m_steps.removeLast();
    if (!m_steps.isEmpty() && m_steps.constLast().query == query) {
        m_matches = m_steps.constLast().matches;
        return true;
    }
    m_matches = scan(m_steps.isEmpty() ? m_sorted : m_steps.constLast().matches, query);
    if (m_steps.size() >= kMaxSteps)
        m_steps.removeFirst();
    m_steps.append(Step{query, m_matches});
    return true;
}

int MemberSearchIndex::positionOf(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return -1;
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), row,
                                     [this](int a, int b) { return less(a, b); });
    return (it != m_matches.cend() && *it == row) ? int(it - m_matches.cbegin()) : -1;
}
