#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

// The non-template half of KeyedListModel<T>: what moc must see (signals) and what does not
// depend on the row type. Not used on its own.
class KeyedListModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What one resetTo()/apply() did, for consumers that keep their own per-row state
    // (MemberFilterModel) and would rather do one O(n) update per batch than one per signal.
    struct BatchSummary
    {
        bool reset = false; // everything changed: rebuild from scratch
        QVector<int> removedRows; // rows as numbered before the batch, ascending
        QVector<int> changedRows; // rows as numbered after the batch, ascending
        QVector<int> insertedRows; // rows as numbered after the batch, ascending
        // Rows that survived the batch keep their relative order, unless this is true (a
        // sorted model moved a row whose sort key changed).
        bool reordered = false;
    };

    using QAbstractTableModel::QAbstractTableModel;

    bool isStale() const { return m_stale; }

Q_SIGNALS:
    // Bracket the fine-grained row signals of one resetTo()/apply(). A batch that changes
    // nothing emits neither. Between the two, the model is consistent at every row signal.
    void batchAboutToBeApplied();
    void batchApplied(const KeyedListModelBase::BatchSummary &summary);
    void staleChanged(bool stale);

protected:
    // Role names every keyed list answers (Qt's, plus id / isPending / isStale).
    QHash<int, QByteArray> statusRoleNames() const;

    bool m_stale = false;
};
