#pragma once

#include "KeyedListModelBase.h"
#include "Roles.h"
#include "sync/ChangeBatch.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVector>

#include <algorithm>
#include <climits>
#include <initializer_list>
#include <numeric>
#include <utility>

// A table of server rows keyed by id, kept up to date from the changes feed. The merge logic
// for all five lists lives here once; a subclass says what a row's id is, which columns and
// roles an upsert changed, how a cell looks, and whether rows are kept sorted.
//
// apply() turns one EntityChanges into fine-grained signals:
//   removals  one beginRemoveRows/endRemoveRows per contiguous run, top-down. The vector is
//             compacted once while the runs are emitted (a moving gap, see at()), so
//             removing many scattered rows out of 100k is O(n), not O(n * runs);
//   updates   dataChanged only for rows whose fields differ, contiguous rows coalesced, from
//             column 0 to the last changed column, with the union of the changed roles;
//             nothing at all for an identical row;
//   inserts   appended at the end in one beginInsertRows/endInsertRows (sorted models insert
//             each contiguous group at its sorted position).
// A model reset only comes from resetTo() (full resync, load from cache).
// rowOf()/at()/find() are right at every signal, including between the removal runs.
// The id hash maps to a stable slot, and slot → row is a plain vector: renumbering rows after
// a removal costs n integer writes, not n hash lookups.
template<typename T> class KeyedListModel : public KeyedListModelBase
{
public:
    using KeyedListModelBase::KeyedListModelBase;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override { return parent.isValid() ? 0 : count(); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row (one model reset). Should an id repeat, its last row wins.
    void resetTo(QVector<T> rows);
    // Merges one batch by id: removals first, then upserts (so should an id be in both
    // lists, against the feed's contract, it ends up present). Should an upsert repeat
    // within the batch, its last value wins.
    void apply(const EntityChanges<T> &changes);

    int rowOf(const QString &id) const; // -1 if there is no such row
    const T &at(int row) const { return m_rows.at(row < m_gapBegin ? row : row + m_gapSize); }
    const T *find(const QString &id) const;
    int count() const { return int(m_rows.size()) - m_gapSize; }

    // IsPendingRole: an optimistic change to this row awaits the server. Kept by id until
    // cleared or the row is removed; ignored for an id the model does not hold.
    void setPending(const QString &id, bool pending);
    bool isPending(const QString &id) const { return m_pending.contains(id); }
    // IsStaleRole on every row: the rows come from the offline cache.
    void setStale(bool stale);

protected:
    // Which columns and roles an upsert changed. Empty when the row is identical.
    class Difference
    {
    public:
        void add(int column, std::initializer_list<int> roles)
        {
            m_lastColumn = std::max(m_lastColumn, column);
            for (int role : roles) {
                if (!m_roles.contains(role))
                    m_roles.append(role);
            }
        }
        void merge(const Difference &other)
        {
            m_lastColumn = std::max(m_lastColumn, other.m_lastColumn);
            for (int role : other.m_roles) {
                if (!m_roles.contains(role))
                    m_roles.append(role);
            }
        }
        bool isEmpty() const { return m_lastColumn < 0; }
        int lastColumn() const { return m_lastColumn; }
        QList<int> roles() const
        {
            QList<int> sorted = m_roles;
            std::sort(sorted.begin(), sorted.end());
            return sorted;
        }

    private:
        int m_lastColumn = -1;
        QList<int> m_roles;
    };

    virtual const QString &idOf(const T &item) const = 0;
    // Adds to `difference` every column (with its roles) in which `after` differs from `before`.
    virtual void compare(const T &before, const T &after, Difference &difference) const = 0;
    // Any role but the status roles, which the base answers.
    virtual QVariant itemData(const T &item, int column, int role) const = 0;
    virtual QHash<int, QByteArray> itemRoleNames() const = 0;
    // Sorted models return true and order rows by lessThan (a strict weak order); the
    // others keep arrival order and append new rows.
    virtual bool isOrdered() const { return false; }
    virtual bool lessThan(const T &, const T &) const { return false; }

private:
    struct Update
    {
        int slot;
        const T *value;
        Difference difference;
    };

    void removeRowsAscending(const QVector<int> &rows);
    void applyUpdates(const QVector<Update> &updates, BatchSummary &summary);
    QVector<int> insertRows(QVector<const T *> additions); // the new rows' slots
    int moveToOrderedPlace(int row, const T &value);
    void reindex(int first, int last);
    int physicalRowOf(const QString &id) const; // -1 if none; valid outside a removal only
    int takeSlot();

    QVector<T> m_rows;
    QVector<int> m_slotOfRow; // parallel to m_rows
    QVector<int> m_rowOfSlot; // -1 for a free slot
    QVector<int> m_freeSlots;
    QHash<QString, int> m_index; // id → slot
    QSet<QString> m_pending;
    // While removal runs are emitted, logical row r is m_rows[r] below m_gapBegin and
    // m_rows[r + m_gapSize] from there on; m_rowOfSlot still holds the pre-batch rows of the
    // survivors, and m_removing[0, m_gapSize) are the pre-batch rows already gone.
    int m_gapBegin = INT_MAX;
    int m_gapSize = 0;
    const QVector<int> *m_removing = nullptr;
};

template<typename T> QVariant KeyedListModel<T>::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= count() || index.column() >= columnCount())
        return QVariant();
    const T &item = at(index.row());
    switch (role) {
    case ItemRoles::IdRole:
        return idOf(item);
    case ItemRoles::IsPendingRole:
        return !m_pending.isEmpty() && m_pending.contains(idOf(item));
    case ItemRoles::IsStaleRole:
        return m_stale;
    default:
        return itemData(item, index.column(), role);
    }
}

template<typename T> QHash<int, QByteArray> KeyedListModel<T>::roleNames() const
{
    QHash<int, QByteArray> names = statusRoleNames();
    names.insert(itemRoleNames());
    return names;
}

template<typename T> void KeyedListModel<T>::resetTo(QVector<T> rows)
{
    Q_EMIT batchAboutToBeApplied();
    beginResetModel();
    m_rows = std::move(rows);
    QHash<QString, int> index;
    index.reserve(m_rows.size());
    QVector<int> repeated;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto it = index.constFind(idOf(m_rows.at(row)));
        if (it == index.cend()) {
            index.insert(idOf(m_rows.at(row)), row);
        } else {
            m_rows[*it] = std::move(m_rows[row]);
            repeated.append(row);
        }
    }
    if (!repeated.isEmpty()) {
        int write = 0;
        for (int row = 0, r = 0; row < m_rows.size(); ++row) {
            if (r < repeated.size() && repeated.at(r) == row)
                ++r;
            else
                m_rows[write++] = std::move(m_rows[row]);
        }
        m_rows.resize(write);
    }
    if (isOrdered()) {
        std::stable_sort(m_rows.begin(), m_rows.end(), [this](const T &a, const T &b) { return lessThan(a, b); });
    }
    if (!repeated.isEmpty() || isOrdered()) {
        index.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            index.insert(idOf(m_rows.at(row)), row);
    }
    m_index = std::move(index);
    m_slotOfRow.resize(m_rows.size());
    std::iota(m_slotOfRow.begin(), m_slotOfRow.end(), 0);
    m_rowOfSlot = m_slotOfRow;
    m_freeSlots.clear();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (m_index.contains(*it))
            ++it;
        else
            it = m_pending.erase(it);
    }
    endResetModel();
    BatchSummary summary;
    summary.reset = true;
    Q_EMIT batchApplied(summary);
}

template<typename T> void KeyedListModel<T>::apply(const EntityChanges<T> &changes)
{
    if (changes.isEmpty())
        return;

    // Plan the whole batch first, so that one which changes nothing emits nothing.
    QVector<int> removeRows;
    QSet<QString> removedIds;
    for (const QString &id : changes.removed) {
        const int row = physicalRowOf(id);
        if (row >= 0 && !removedIds.contains(id)) {
            removeRows.append(row);
            removedIds.insert(id);
        }
    }
    std::sort(removeRows.begin(), removeRows.end());

    // Updates remember the row's slot: it survives the removals and moves that renumber rows.
    // An id repeated among the upserts (against the feed's contract) is applied in turn, so
    // its last value wins; insertRows() folds repeated new ids into one row.
    QVector<Update> updates;
    QVector<const T *> additions;
    for (const T &item : changes.upserts) {
        const auto it = m_index.constFind(idOf(item));
        if (it == m_index.cend() || (!removedIds.isEmpty() && removedIds.contains(idOf(item)))) {
            additions.append(&item);
            continue;
        }
        Difference difference;
        compare(m_rows.at(m_rowOfSlot.at(*it)), item, difference);
        if (!difference.isEmpty())
            updates.append(Update {*it, &item, std::move(difference)});
    }
    if (removeRows.isEmpty() && updates.isEmpty() && additions.isEmpty())
        return;

    Q_EMIT batchAboutToBeApplied();
    BatchSummary summary;
    summary.removedRows = removeRows;
    removeRowsAscending(removeRows);
    applyUpdates(updates, summary);
    const QVector<int> addedSlots = insertRows(std::move(additions));

    // Rows as numbered now that the batch is in (sorted inserts shift the updated rows).
    for (const Update &update : updates)
        summary.changedRows.append(m_rowOfSlot.at(update.slot));
    std::sort(summary.changedRows.begin(), summary.changedRows.end());
    summary.changedRows.erase(std::unique(summary.changedRows.begin(), summary.changedRows.end()),
                              summary.changedRows.end());
    for (int slot : addedSlots)
        summary.insertedRows.append(m_rowOfSlot.at(slot));
    std::sort(summary.insertedRows.begin(), summary.insertedRows.end());
    Q_EMIT batchApplied(summary);
}

template<typename T> int KeyedListModel<T>::rowOf(const QString &id) const
{
    int row = physicalRowOf(id);
    if (row < 0)
        return -1;
    if (m_removing) {
        // Mid-removal the slots still hold pre-batch rows: subtract the rows gone above.
        const auto gone = m_removing->cbegin();
        row -= int(std::upper_bound(gone, gone + m_gapSize, row) - gone);
    }
    return row;
}

template<typename T> const T *KeyedListModel<T>::find(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &at(row);
}

template<typename T> void KeyedListModel<T>::setPending(const QString &id, bool pending)
{
    const int row = rowOf(id);
    if (row < 0 || pending == m_pending.contains(id))
        return;
    if (pending)
        m_pending.insert(id);
    else
        m_pending.remove(id);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), {ItemRoles::IsPendingRole});
}

template<typename T> void KeyedListModel<T>::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    if (count() > 0)
        Q_EMIT dataChanged(index(0, 0), index(count() - 1, columnCount() - 1), {ItemRoles::IsStaleRole});
    Q_EMIT staleChanged(stale);
}

template<typename T> void KeyedListModel<T>::removeRowsAscending(const QVector<int> &rows)
{
    if (rows.isEmpty())
        return;
    // Top-down: elements between two runs move down once, into the compacted prefix,
    // while that run's signals are emitted; the rest stays where it was (behind the gap).
    const int size = int(m_rows.size());
    int write = rows.first();
    int read = rows.first();
    m_removing = &rows;
    int i = 0;
    while (i < rows.size()) {
        const int first = rows.at(i);
        int last = first;
        while (i + 1 < rows.size() && rows.at(i + 1) == last + 1) {
            ++i;
            ++last;
        }
        ++i;
        beginRemoveRows(QModelIndex(), first - m_gapSize, last - m_gapSize);
        for (int row = read; row < first; ++row) {
            m_slotOfRow[write] = m_slotOfRow.at(row);
            m_rows[write++] = std::move(m_rows[row]);
        }
        read = last + 1;
        for (int row = first; row <= last; ++row) {
            const QString &id = idOf(m_rows.at(row));
            if (!m_pending.isEmpty())
                m_pending.remove(id);
            m_index.remove(id);
            m_rowOfSlot[m_slotOfRow.at(row)] = -1;
            m_freeSlots.append(m_slotOfRow.at(row));
        }
        m_gapBegin = write;
        m_gapSize = read - write;
        endRemoveRows();
    }
    for (int row = read; row < size; ++row) {
        m_slotOfRow[write] = m_slotOfRow.at(row);
        m_rows[write++] = std::move(m_rows[row]);
    }
    m_rows.resize(write);
    m_slotOfRow.resize(write);
    m_removing = nullptr;
    m_gapBegin = INT_MAX;
    m_gapSize = 0;
    reindex(rows.first(), write - 1);
}

template<typename T> void KeyedListModel<T>::applyUpdates(const QVector<Update> &updates, BatchSummary &summary)
{
    if (updates.isEmpty())
        return;
    for (const Update &update : updates) {
        int row = m_rowOfSlot.at(update.slot);
        if (isOrdered()) {
            const int moved = moveToOrderedPlace(row, *update.value);
            summary.reordered = summary.reordered || moved != row;
            row = moved;
        }
        m_rows[row] = *update.value;
    }

    QVector<std::pair<int, const Difference *>> touched;
    touched.reserve(updates.size());
    for (const Update &update : updates)
        touched.append({m_rowOfSlot.at(update.slot), &update.difference});
    std::sort(touched.begin(), touched.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (int i = 0; i < touched.size();) {
        const int first = touched.at(i).first;
        int last = first;
        Difference run = *touched.at(i).second;
        while (i + 1 < touched.size() && touched.at(i + 1).first <= last + 1) {
            ++i;
            last = touched.at(i).first;
            run.merge(*touched.at(i).second);
        }
        ++i;
        // From column 0 on: the custom roles are answered in every column, and role-based
        // consumers (QML delegates, role-sorted proxies) read them from column 0.
        Q_EMIT dataChanged(index(first, 0), index(last, run.lastColumn()), run.roles());
    }
}

template<typename T> int KeyedListModel<T>::moveToOrderedPlace(int row, const T &value)
{
    // Only the short sorted lists (invoices) get here, so a linear count is fine: the
    // place among the other rows is the number of them that do not sort after `value`.
    int place = 0;
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other != row && !lessThan(value, m_rows.at(other)))
            ++place;
    }
    if (place == row)
        return row;
    beginMoveRows(QModelIndex(), row, row, QModelIndex(), place > row ? place + 1 : place);
    m_rows.move(row, place);
    m_slotOfRow.move(row, place);
    reindex(std::min(row, place), std::max(row, place));
    endMoveRows();
    return place;
}

template<typename T> QVector<int> KeyedListModel<T>::insertRows(QVector<const T *> additions)
{
    // Give each new id its slot first (one hash operation per row). Until its row exists the
    // slot points nowhere, so rowOf() says -1 at beginInsertRows. A repeated id becomes one
    // row, with its last value, and the count is right before anything is announced.
    QVector<int> newSlots;
    QVector<const T *> items;
    newSlots.reserve(additions.size());
    items.reserve(additions.size());
    for (const T *item : std::as_const(additions)) {
        const qsizetype before = m_index.size();
        int &slot = m_index[idOf(*item)];
        if (m_index.size() != before) {
            slot = takeSlot();
            newSlots.append(slot);
            items.append(item);
        } else {
            items[newSlots.indexOf(slot)] = item;
        }
    }
    if (items.isEmpty())
        return newSlots;

    if (!isOrdered()) {
        const int first = count();
        beginInsertRows(QModelIndex(), first, first + int(items.size()) - 1);
        m_rows.reserve(first + items.size());
        m_slotOfRow.reserve(first + items.size());
        for (int i = 0; i < items.size(); ++i) {
            m_rowOfSlot[newSlots.at(i)] = int(m_rows.size());
            m_slotOfRow.append(newSlots.at(i));
            m_rows.append(*items.at(i));
        }
        endInsertRows();
        return newSlots;
    }

    QVector<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return lessThan(*items.at(a), *items.at(b)); });
    // Where each new row goes among the rows already there; rows bound for the same gap
    // form one contiguous insertion.
    QVector<int> places;
    places.reserve(order.size());
    for (int i : std::as_const(order)) {
        places.append(int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), *items.at(i),
                                           [this](const T &a, const T &b) { return lessThan(a, b); })
                          - m_rows.cbegin()));
    }
    int inserted = 0;
    for (int i = 0; i < order.size();) {
        int end = i + 1;
        while (end < order.size() && places.at(end) == places.at(i))
            ++end;
        const int at = places.at(i) + inserted;
        beginInsertRows(QModelIndex(), at, at + (end - i) - 1);
        for (int k = i; k < end; ++k) {
            m_rows.insert(at + (k - i), *items.at(order.at(k)));
            m_slotOfRow.insert(at + (k - i), newSlots.at(order.at(k)));
        }
        reindex(at, int(m_rows.size()) - 1);
        endInsertRows();
        inserted += end - i;
        i = end;
    }
    return newSlots;
}

template<typename T> void KeyedListModel<T>::reindex(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_rowOfSlot[m_slotOfRow.at(row)] = row;
}

template<typename T> int KeyedListModel<T>::physicalRowOf(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? -1 : m_rowOfSlot.at(*it);
}

template<typename T> int KeyedListModel<T>::takeSlot()
{
    if (!m_freeSlots.isEmpty())
        return m_freeSlots.takeLast();
    m_rowOfSlot.append(-1);
    return int(m_rowOfSlot.size()) - 1;
}
