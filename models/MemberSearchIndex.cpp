#include "MemberSearchIndex.h"

#include <QStringView>

#include <algorithm>
#include <climits>
#include <cstring>
#include <iterator>
#include <numeric>

namespace {

// Bounds the memory kept for backspacing: the matches of at most this many prefixes.
constexpr int kMaxSteps = 32;

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
    key.offset = m_text.size() + m_extra.size();
    key.nameLength = int(name.size());
    key.length = int(name.size() + 1 + email.size());
    key.rank = domain::roleRank(member.role);
    key.joined = member.joinedAt.isValid() ? member.joinedAt.toMSecsSinceEpoch() : LLONG_MIN;
    m_extra.append(name);
    m_extra.append(QLatin1Char('\n'));
    m_extra.append(email);
    m_extra.append(QChar(0));
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

int MemberSearchIndex::find(int row, const QString &query) const
{
    // A newline would match across the name/email boundary; no name or email has one.
    if (query.contains(QLatin1Char('\n')))
        return -1;
    return int(textOf(row).indexOf(query));
}

QVector<MemberSearchIndex::Match> MemberSearchIndex::scan(const QVector<Match> *previous, const QString &query) const
{
    // Candidates come in ascending position, and rows lie in m_text in that order: the scan
    // reads the buffer front to back. Per candidate it does a few pointer operations and one
    // call into Qt's vectorised search or memcmp, so that even an unoptimised (debug) build
    // keeps up with typing.
    if (query.contains(QLatin1Char('\n')))
        return {};
    const QChar *needle = query.constData();
    const qsizetype needleLength = query.size();
    const qsizetype needleBytes = needleLength * qsizetype(sizeof(QChar));
    const Span *spans = m_spans.constData();
    QVector<Match> result(previous ? previous->size() : m_sorted.size());
    Match *out = result.data();
    if (!previous) {
        const int count = int(m_sorted.size());
        for (int position = 0; position < count; ++position) {
            const Span &span = spans[position];
            const qsizetype at = QStringView(chars(span.offset), span.length).indexOf(query);
            if (at >= 0)
                *out++ = Match {position, int(at)};
        }
    } else {
        // `query` extends the previous one, whose first occurrence in each candidate is
        // known. Every occurrence of `query` is one of the previous query's, so the first is
        // either right there (one memcmp) or further on.
        for (const Match &match : *previous) {
            const Span &span = spans[match.position];
            const QChar *from = chars(span.offset) + match.at;
            const qsizetype rest = span.length - match.at;
            if (rest >= needleLength && std::memcmp(from, needle, size_t(needleBytes)) == 0) {
                *out++ = match;
                continue;
            }
            if (rest <= needleLength)
                continue;
            const qsizetype at = QStringView(from + 1, rest - 1).indexOf(query);
            if (at >= 0)
                *out++ = Match {match.position, int(match.at + 1 + at)};
        }
    }
    result.resize(out - result.constData());
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

QVector<int> MemberSearchIndex::matchAtByRow() const
{
    QVector<int> atByRow(m_keys.size(), -1);
    for (const Match &match : m_matches)
        atByRow[m_sorted.at(match.position)] = match.at;
    return atByRow;
}

QVector<MemberSearchIndex::Match> MemberSearchIndex::matchesOf(const QVector<int> &atByRow) const
{
    QVector<Match> matches;
    for (int position = 0; position < m_sorted.size(); ++position) {
        const int at = atByRow.at(m_sorted.at(position));
        if (at >= 0)
            matches.append(Match {position, at});
    }
    return matches;
}

void MemberSearchIndex::rebuild()
{
    const int count = m_members ? m_members->count() : 0;
    m_keys.clear();
    m_keys.resize(count);
    m_text.clear();
    m_extra.clear();
    m_extra.reserve(qsizetype(count) * 48);
    m_garbage = 0;
    for (int row = 0; row < count; ++row)
        appendKey(row, m_members->at(row));
    sortAll();
    relayout(true);
    m_matches = m_query.isEmpty() ? QVector<Match>() : scan(nullptr, m_query);
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

void MemberSearchIndex::relayout(bool rewrite)
{
    m_positionOf.resize(m_sorted.size());
    for (int position = 0; position < m_sorted.size(); ++position)
        m_positionOf[m_sorted.at(position)] = position;

    // Rewrite the texts in m_sorted order (dropping dead ones) when asked, or when a third of
    // what a scan reads is out of order or dead: a scan then reads one buffer front to back.
    // (A tenth rewrote 100k keys on nearly every page of a sync: a stall of the GUI thread.)
    // A load in cache order is in order already: nothing to copy.
    qsizetype live = 0;
    qsizetype expected = 0;
    bool inOrder = true;
    for (int row : std::as_const(m_sorted)) {
        const Key &key = m_keys.at(row);
        inOrder = inOrder && key.offset == expected;
        expected = key.offset + key.length + 1;
        live += key.length + 1;
    }
    if (inOrder && m_garbage == 0) {
        if (m_text.isEmpty())
            std::swap(m_text, m_extra); // offsets stay: m_text was empty when they were given
    } else if (rewrite || (m_extra.size() + m_garbage) * 3 > live) {
        QString text(live, Qt::Uninitialized);
        QChar *out = text.data();
        for (int row : std::as_const(m_sorted)) {
            Key &key = m_keys[row];
            std::memcpy(out, chars(key.offset), size_t(key.length + 1) * sizeof(QChar));
            key.offset = out - text.constData();
            out += key.length + 1;
        }
        m_text = std::move(text);
        m_extra.clear();
        m_garbage = 0;
    }

    m_spans.resize(m_sorted.size());
    for (int position = 0; position < m_sorted.size(); ++position) {
        const Key &key = m_keys.at(m_sorted.at(position));
        m_spans[position] = Span {key.offset, key.length};
    }
}

void MemberSearchIndex::resetSteps()
{
    m_steps.clear();
    if (!m_query.isEmpty())
        m_steps.append(Step {m_query, m_matches});
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
    const QVector<int> oldAtByRow = m_query.isEmpty() ? QVector<int>() : matchAtByRow();

    // Where each old row is now (-1: removed). Survivors keep their relative order, so one
    // pass pairs old and new rows, skipping the removed and the inserted ones. When nothing
    // was removed and rows were only appended, every row kept its number.
    for (int old : removed)
        m_garbage += m_keys.at(old).length + 1;
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
    for (int row : changed)
        m_garbage += m_keys.at(row).length + 1;
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
    relayout(false);

    if (!m_query.isEmpty()) {
        // A survivor's text did not change, nor where the query is in it.
        QVector<int> atByRow(newCount, -1);
        for (int old = 0; old < oldCount; ++old) {
            const int row = newRowOf(old);
            if (row >= 0 && !isFresh.at(row))
                atByRow[row] = oldAtByRow.at(old);
        }
        for (int row : std::as_const(fresh))
            atByRow[row] = find(row, m_query);
        m_matches = matchesOf(atByRow);
    }
    // The kept prefixes' matches hold old positions; only the current query's survive.
    resetSteps();
}

void MemberSearchIndex::setOrder(MembersModel::Column column)
{
    if (column == m_column || !isSortable(column))
        return;
    const QVector<int> atByRow = m_query.isEmpty() ? QVector<int>() : matchAtByRow();
    m_column = column;
    sortAll();
    relayout(true);
    if (!m_query.isEmpty())
        m_matches = matchesOf(atByRow);
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
    m_steps.append(Step {query, m_matches});
    return true;
}

int MemberSearchIndex::matchIndexOf(int row) const
{
    if (row < 0 || row >= m_positionOf.size())
        return -1;
    const int position = m_positionOf.at(row);
    if (m_query.isEmpty())
        return position;
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), position,
                                     [](const Match &match, int p) { return match.position < p; });
    return (it != m_matches.cend() && it->position == position) ? int(it - m_matches.cbegin()) : -1;
}
