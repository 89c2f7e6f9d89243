#pragma once

#include "KeyedListModelBase.h"
#include "MembersModel.h"

#include <QString>
#include <QVector>

// The data half of MemberFilterModel: every member of a MembersModel in one sort order, and
// the ones whose case-folded name or email contains a query. Rows are MembersModel rows.
//
// Kept for 100k members on the GUI thread, so:
// - each member's name and email are case-folded once, when the row arrives or changes;
// - a query that extends the previous one filters the previous matches only, and the matches
//   of every prefix typed so far are kept, so backspacing is a lookup;
// - a batch of source changes costs O(n): sort only the new and changed rows, then merge
//   (a galloping merge: ~k log(n/k) comparisons for k rows into n);
// - a full load that arrives already in order (the cache loads members by case-folded name,
//   then email) is detected in O(n) and not sorted again.
// The sort order is always ascending here; MemberFilterModel reads it backwards for
// descending order, so flipping the order costs nothing.
class MemberSearchIndex
{
public:
    // Forgets everything and indexes `members` (may be null) from scratch.
    void setSource(const MembersModel *members);
    // Brings the index up to date after one MembersModel batch.
    void applyBatch(const KeyedListModelBase::BatchSummary &summary);

    // Name (case-folded name, then email), Email (email, then name), Joined (then name),
    // Role (by rank, then name). Ties end on the user id, so the order is total.
    static bool isSortable(int column);
    void setOrder(MembersModel::Column column);
    MembersModel::Column order() const { return m_column; }

    // The text is trimmed and case-folded; true when that changed the matches' query.
    bool setQuery(const QString &text);
    const QString &query() const { return m_query; }
    // MembersModel rows that match the query, in ascending sort order.
    const QVector<int> &matches() const { return m_matches; }
    // Position of a MembersModel row within matches(), or -1 when it does not match.
    int positionOf(int row) const;

private:
    struct Key
    {
        QString text; // case-folded name, '\n', case-folded email: what a query searches
        int nameLength = 0;
        int rank = 0;
        qint64 joined = 0;
    };

    static QString normalized(const QString &text);
    static Key keyOf(const domain::Member &member);
    bool less(int a, int b) const;
    bool matches(int row, const QString &query) const;
    QVector<int> scan(const QVector<int> &rows, const QString &query) const;
    QVector<int> mergeInto(const QVector<int> &base, const QVector<int> &fresh) const;
    void rebuild();
    void sortAll();
    void resetSteps();

    const MembersModel *m_members = nullptr;
    MembersModel::Column m_column = MembersModel::Name;
    QVector<Key> m_keys; // by MembersModel row
    QVector<int> m_sorted; // every row, in ascending sort order
    QString m_query; // normalized
    QVector<int> m_matches; // == m_sorted for an empty query

    // The matches of the queries typed on the way to m_query, each a prefix of the next.
    struct Step
    {
        QString query;
        QVector<int> matches;
    };
    QVector<Step> m_steps;
};
