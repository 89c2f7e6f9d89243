#include "MemberSearchIndex.h"

#include <QStringView>

#include <algorithm>
#include <climits>
#include <iterator>
#include <numeric>

namespace {

// Bounds the memory kept for backspacing: the matches of at most this many prefixes.
constexpr int kMaxSteps = 32;

// Is the needle in the haystack? A plain loop over UTF-16 code units: for 40-character
// haystacks it beats QStringView::contains(), whose per-call set-up costs more than the search.
inline bool contains(const char16_t *haystack, qsizetype haystackLength, const char16_t *needle,
                     qsizetype needleLength)
{
    if (needleLength > haystackLength)
        return false;
    const char16_t first = needle[0];
    const char16_t *const last = haystack + (haystackLength - needleLength);
    for (const char16_t *at = haystack; at <= last; ++at) {
        if (*at != first)
            continue;
        qsizetype i = 1;
        while (i < needleLength && at[i] == needle[i])
            ++i;
        if (i == needleLength)
            return true;
    }
    return false;
}

QString normalized(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

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

void MemberSearchIndex::appendKey(int row, const domain::Member &member)
{
    Key &key = m_keys[row];
    const QString name = member.name.toCaseFolded();
    const QString email = member.email.toCaseFolded();
    key.offset = m_text.size();
    key.nameLength = int(name.size());
    key.length = int(name.size() + 1 + email.size());
    key.rank = domain::roleRank(member.role);
    key.joined = member.joinedAt.isValid() ? member.joinedAt.toMSecsSinceEpoch() : LLONG_MIN;
    m_text.append(name);
    m_text.append(QLatin1Char('\n'));
    m_text.append(email);
    m_text.append(QChar(0));
}

QStringView MemberSearchIndex::textOf(int row) const
{
    const Key &key = m_keys.at(row);
    return QStringView(m_text).mid(key.offset, key.length);
}

bool MemberSearchIndex::less(int a, int b) const
{
    const Key &x = m_keys.at(a);
    const Key &y = m_keys.at(b);
    const QStringView xText = textOf(a);
    const QStringView yText = textOf(b);
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
    // A newline would match across the name/email boundary; no name or email has one.
    if (query.contains(QLatin1Char('\n')))
        return false;
    const QStringView text = textOf(row);
    return contains(text.utf16(), text.size(), QStringView(query).utf16(), query.size());
}

QVector<int> MemberSearchIndex::scan(const QVector<int> *positions, const QString &query) const
{
    // `positions` ascending (or every position when null): the rows lie in this order in
    // m_text, one '\0' after each, so this reads the buffer front to back.
    if (query.contains(QLatin1Char('\n')))
        return {};
    const char16_t *text = QStringView(m_text).utf16();
    const char16_t *needle = QStringView(query).utf16();
    const qsizetype needleLength = query.size();
    const qsizetype *start = m_start.constData();
    const int count = positions ? int(positions->size()) : int(m_sorted.size());
    QVector<int> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int position = positions ? positions->at(i) : i;
        const qsizetype from = start[position];
        if (contains(text + from, start[position + 1] - from - 1, needle, needleLength))
            result.append(position);
    }
    // Kept among the typed prefixes' matches: do not hold on to 100k slots for 12 hits.
    if (result.size() < result.capacity() / 2)
        result.squeeze();
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

QVector<int> MemberSearchIndex::positionsOf(const QVector<char> &isMatch) const
{
    QVector<int> positions;
    for (int position = 0; position < m_sorted.size(); ++position) {
        if (isMatch.at(m_sorted.at(position)))
            positions.append(position);
    }
    return positions;
}

void MemberSearchIndex::rebuild()
{
    const int count = m_members ? m_members->count() : 0;
    m_keys.clear();
    m_keys.resize(count);
    m_text.clear();
    m_text.reserve(qsizetype(count) * 48);
    for (int row = 0; row < count; ++row)
        appendKey(row, m_members->at(row));
    sortAll();
    relayout();
    m_matches = m_query.isEmpty() ? QVector<int>() : scan(nullptr, m_query);
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

void MemberSearchIndex::relayout()
{
    m_positionOf.resize(m_sorted.size());
    for (int position = 0; position < m_sorted.size(); ++position)
        m_positionOf[m_sorted.at(position)] = position;

    // Rewrite the buffer in m_sorted order, which also drops the texts of changed and
    // removed rows; unless it is in that order with nothing to drop (a load in cache order).
    qsizetype live = 0;
    qsizetype expected = 0;
    bool inOrder = true;
    for (int row : std::as_const(m_sorted)) {
        const Key &key = m_keys.at(row);
        inOrder = inOrder && key.offset == expected;
        expected = key.offset + key.length + 1;
        live += key.length + 1;
    }
    if (!inOrder || live != m_text.size()) {
        QString text;
        text.reserve(live);
        for (int row : std::as_const(m_sorted)) {
            Key &key = m_keys[row];
            const qsizetype offset = text.size();
            text.append(QStringView(m_text).mid(key.offset, key.length + 1));
            key.offset = offset;
        }
        m_text = std::move(text);
    }
    m_start.resize(m_sorted.size() + 1);
    for (int position = 0; position < m_sorted.size(); ++position)
        m_start[position] = m_keys.at(m_sorted.at(position)).offset;
    m_start[m_sorted.size()] = m_text.size();
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

    // The matched rows, by old row number, before positions change.
    QVector<char> wasMatch;
    if (!m_query.isEmpty()) {
        wasMatch.resize(oldCount);
        for (int position : std::as_const(m_matches))
            wasMatch[m_sorted.at(position)] = 1;
    }

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
                keys[moved.at(old)] = m_keys.at(old);
        }
        m_keys = std::move(keys);
    } else {
        m_keys.resize(newCount);
    }
    const auto newRowOf = [&](int old) { return appendedOnly ? old : moved.at(old); };

    // Changed and inserted rows get new keys and are placed afresh.
    QVector<int> fresh;
    fresh.reserve(changed.size() + inserted.size());
    std::merge(changed.cbegin(), changed.cend(), inserted.cbegin(), inserted.cend(), std::back_inserter(fresh));
    for (int row : std::as_const(fresh))
        appendKey(row, m_members->at(row));
    std::sort(fresh.begin(), fresh.end(), [this](int a, int b) { return less(a, b); });

    QVector<char> isFresh(newCount);
    for (int row : std::as_const(fresh))
        isFresh[row] = 1;
    QVector<int> kept;
    kept.reserve(m_sorted.size());
    for (int old : std::as_const(m_sorted)) {
        const int row = newRowOf(old);
        if (row >= 0 && !isFresh.at(row))
            kept.append(row);
    }
    m_sorted = mergeInto(kept, fresh);
    relayout();

    if (!m_query.isEmpty()) {
        QVector<char> isMatch(newCount);
        for (int old = 0; old < oldCount; ++old) {
            const int row = newRowOf(old);
            if (wasMatch.at(old) && row >= 0 && !isFresh.at(row))
                isMatch[row] = 1;
        }
        for (int row : std::as_const(fresh)) {
            if (matches(row, m_query))
                isMatch[row] = 1;
        }
        m_matches = positionsOf(isMatch);
    }
    // The kept prefixes' matches hold old positions; only the current query's survive.
    resetSteps();
}

void MemberSearchIndex::setOrder(MembersModel::Column column)
{
    if (column == m_column || !isSortable(column))
        return;
    QVector<char> isMatch;
    if (!m_query.isEmpty()) {
        isMatch.resize(m_keys.size());
        for (int position : std::as_const(m_matches))
            isMatch[m_sorted.at(position)] = 1;
    }
    m_column = column;
    sortAll();
    relayout();
    if (!m_query.isEmpty())
        m_matches = positionsOf(isMatch);
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
        m_matches.clear();
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
    m_matches = scan(m_steps.isEmpty() ? nullptr : &m_steps.constLast().matches, query);
    if (m_steps.size() >= kMaxSteps)
        m_steps.removeFirst();
    m_steps.append(Step{query, m_matches});
    return true;
}

int MemberSearchIndex::matchIndexOf(int row) const
{
    if (row < 0 || row >= m_positionOf.size())
        return -1;
    const int position = m_positionOf.at(row);
    if (m_query.isEmpty())
        return position;
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), position);
    return (it != m_matches.cend() && *it == position) ? int(it - m_matches.cbegin()) : -1;
}
