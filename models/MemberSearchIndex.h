#pragma once

#include "KeyedListModelBase.h"
#include "MembersModel.h"

#include <QString>
#include <QVector>

// The data half of MemberFilterModel: every member of a MembersModel in one sort order, and
// which of them contain a query in their case-folded name or email.
//
// Built for 100k members on the GUI thread:
// - each member's name and email are case-folded once, when the row arrives or changes, into
//   one buffer laid out in sort order. Matches are kept as positions in that order, so a
//   scan walks the buffer forwards (no pointer chasing, no cache misses per member);
// - a query that extends the previous one only looks at the previous matches, and each match
//   remembers where the query was found, so most of them are confirmed by comparing the
//   typed characters at that spot; the matches of every prefix typed so far are kept, so
//   backspacing is a lookup;
// - a batch of source changes costs O(n): only new and changed rows are sorted, then
//   merged (galloping: ~k log(n/k) comparisons for k rows into n);
// - a full load that arrives in order already (the cache loads members by case-folded name,
//   then email) is detected in O(n) and not sorted again.
// The order here is always ascending; MemberFilterModel reads it backwards for descending,
// so flipping the order costs nothing.
class MemberSearchIndex
{
public:
    // Forgets everything and indexes `members` (may be null) from scratch.
    void setSource(const MembersModel *members);
    // Brings the index up to date after one MembersModel batch.
    void applyBatch(const KeyedListModelBase::BatchSummary &summary);

    // Name (case-folded name, then email), Email (email, then name), Joined (then name),
    // Role (by rank, then name). Ties end on the email and the user id: the order is total.
    // Text compares code unit by code unit, as the cache's sort_key column does.
    static bool isSortable(int column);
    void setOrder(MembersModel::Column column);
    MembersModel::Column order() const { return m_column; }

    // The text is trimmed and case-folded; true when that changed the query.
    bool setQuery(const QString &text);
    const QString &query() const { return m_query; }

    int matchCount() const { return m_query.isEmpty() ? int(m_sorted.size()) : int(m_matches.size()); }
    // The MembersModel row of the i-th match in ascending order (0 ≤ i < matchCount()).
    int matchRow(int i) const { return m_sorted.at(m_query.isEmpty() ? i : m_matches.at(i).position); }
    // Index i of a MembersModel row among the matches (matchRow(i) == row), or -1.
    int matchIndexOf(int row) const;

private:
    struct Key
    {
        // The row's case-folded name, '\n', case-folded email (what a query searches), then
        // a '\0': `length` characters at `offset` in m_text, or in m_extra from m_text.size().
        qsizetype offset = 0;
        int length = 0;
        int nameLength = 0;
        int rank = 0;
        qint64 joined = 0;
    };

    void appendKey(int row, const domain::Member &member);
    const QChar *chars(qsizetype offset) const
    {
        return offset < m_text.size() ? m_text.constData() + offset : m_extra.constData() + (offset - m_text.size());
    }
    QStringView textOf(int row) const { return QStringView(chars(m_keys.at(row).offset), m_keys.at(row).length); }
    bool less(int a, int b) const;
    struct Match
    {
        int position; // in m_sorted
        int at; // where the query starts in the row's text (its first occurrence)
    };

    int find(int row, const QString &query) const; // first occurrence in the row's text, or -1
    QVector<Match> scan(const QVector<Match> *previous, const QString &query) const;
    QVector<int> mergeInto(const QVector<int> &base, const QVector<int> &fresh) const;
    QVector<int> matchAtByRow() const; // by MembersModel row: Match::at, or -1
    QVector<Match> matchesOf(const QVector<int> &atByRow) const;
    void rebuild();
    void sortAll();
    void relayout(bool rewrite);
    void resetSteps();

    const MembersModel *m_members = nullptr;
    MembersModel::Column m_column = MembersModel::Name;
    QVector<Key> m_keys; // by MembersModel row
    // The texts, in m_sorted order as of the last rewrite; texts of rows that arrived or
    // changed since then are appended to m_extra. m_garbage counts the dead characters.
    QString m_text;
    QString m_extra;
    qsizetype m_garbage = 0;
    QVector<int> m_sorted; // position → MembersModel row, ascending
    QVector<int> m_positionOf; // MembersModel row → position
    struct Span
    {
        qsizetype offset;
        int length;
    };
    QVector<Span> m_spans; // position → its row's text, for scans that do not touch m_keys
    QString m_query; // normalized; empty matches everyone
    QVector<Match> m_matches; // by ascending position; unused for an empty query

    // The matches of the queries typed on the way to m_query, each a prefix of the next.
    struct Step
    {
        QString query;
        QVector<Match> matches;
    };
    QVector<Step> m_steps;
};
