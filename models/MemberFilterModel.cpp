#include "MemberFilterModel.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMemberFilter, "orgdesk.models.memberfilter", QtInfoMsg)

MemberFilterModel::MemberFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void MemberFilterModel::setSourceModel(QAbstractItemModel *source)
{
    auto *members = qobject_cast<MembersModel *>(source);
    if (source && !members) {
        qCWarning(lcMemberFilter) << "MemberFilterModel filters a MembersModel only, not" << source;
        source = nullptr;
    }
    if (members == m_members && members == sourceModel())
        return;
    const Counts before = counts();
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_inSourceBatch = false;
    QAbstractProxyModel::setSourceModel(members);
    m_members = members;
    m_index.setSource(members);
    if (members) {
        m_connections = {
            connect(members, &KeyedListModelBase::batchAboutToBeApplied, this,
                    &MemberFilterModel::sourceBatchAboutToBeApplied),
            connect(members, &KeyedListModelBase::batchApplied, this, &MemberFilterModel::sourceBatchApplied),
            connect(members, &QAbstractItemModel::dataChanged, this, &MemberFilterModel::sourceDataChanged),
            connect(members, &QObject::destroyed, this, &MemberFilterModel::sourceDestroyed),
        };
    }
    m_page = clampedPage(m_page);
    setPageRows(pageRows());
    endResetModel();
    notify(before);
}

void MemberFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    const Counts before = counts();
    if (m_index.setQuery(text)) {
        m_page = 0;
        showPage();
    }
    Q_EMIT filterTextChanged(m_filterText);
    notify(before);
}

void MemberFilterModel::setPageSize(int size)
{
    size = std::clamp(size, 1, kMaxPageSize);
    if (size == m_pageSize)
        return;
    const Counts before = counts();
    const int firstShown = m_page * m_pageSize;
    m_pageSize = size;
    m_page = clampedPage(firstShown / size);
    showPage();
    Q_EMIT pageSizeChanged(m_pageSize);
    notify(before);
}

void MemberFilterModel::setCurrentPage(int page)
{
    page = clampedPage(page);
    if (page == m_page)
        return;
    const Counts before = counts();
    m_page = page;
    showPage();
    notify(before);
}

int MemberFilterModel::pageCount() const
{
    return std::max(1, (matchCount() + m_pageSize - 1) / m_pageSize);
}

bool MemberFilterModel::nextPage()
{
    if (m_page + 1 >= pageCount())
        return false;
    setCurrentPage(m_page + 1);
    return true;
}

bool MemberFilterModel::previousPage()
{
    if (m_page == 0)
        return false;
    setCurrentPage(m_page - 1);
    return true;
}

void MemberFilterModel::setSort(MembersModel::Column column, Qt::SortOrder order)
{
    if (!MemberSearchIndex::isSortable(column)) {
        qCDebug(lcMemberFilter) << "column" << column << "is not sortable";
        return;
    }
    if (column == m_index.order() && order == m_order)
        return;
    const Counts before = counts();
    m_index.setOrder(column);
    m_order = order;
    m_page = 0;
    showPage();
    Q_EMIT sortChanged(column, order);
    notify(before);
}

void MemberFilterModel::sort(int column, Qt::SortOrder order)
{
    if (MemberSearchIndex::isSortable(column))
        setSort(static_cast<MembersModel::Column>(column), order);
}

int MemberFilterModel::pageOf(const QString &userId) const
{
    if (!m_members)
        return -1;
    int position = m_index.matchIndexOf(m_members->rowOf(userId));
    if (position < 0)
        return -1;
    if (m_order == Qt::DescendingOrder)
        position = matchCount() - 1 - position;
    return position / m_pageSize;
}

QModelIndex MemberFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_pageRows.size() || column < 0 || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex MemberFilterModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

QModelIndex MemberFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int MemberFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pageRows.size());
}

int MemberFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MembersModel::ColumnCount;
}

bool MemberFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_pageRows.isEmpty();
}

QModelIndex MemberFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_members || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_pageRows.size())
        return QModelIndex();
    return m_members->index(m_pageRows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex MemberFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_members || !sourceIndex.isValid() || sourceIndex.model() != m_members)
        return QModelIndex();
    const auto it = m_proxyRowOf.constFind(sourceIndex.row());
    return it == m_proxyRowOf.cend() ? QModelIndex() : index(*it, sourceIndex.column());
}

QVariant MemberFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_members ? m_members->headerData(section, orientation, role) : QVariant();
    if (role == Qt::DisplayRole && section >= 0 && section < m_pageRows.size())
        return firstMatchOnPage() + section + 1;
    return QVariant();
}

void MemberFilterModel::notify(const Counts &before)
{
    if (before.matchCount != matchCount())
        Q_EMIT matchCountChanged(matchCount());
    if (before.pageCount != pageCount())
        Q_EMIT pageCountChanged(pageCount());
    if (before.page != m_page)
        Q_EMIT currentPageChanged(m_page);
    if (before.firstMatch != firstMatchOnPage())
        Q_EMIT firstMatchOnPageChanged(firstMatchOnPage());
}

int MemberFilterModel::clampedPage(int page) const
{
    return std::clamp(page, 0, pageCount() - 1);
}

QVector<int> MemberFilterModel::pageRows() const
{
    const int total = m_index.matchCount();
    const int first = std::min(total, m_page * m_pageSize);
    const int last = std::min(total, first + m_pageSize);
    QVector<int> rows;
    rows.reserve(last - first);
    for (int i = first; i < last; ++i)
        rows.append(m_index.matchRow(m_order == Qt::AscendingOrder ? i : total - 1 - i));
    return rows;
}

QVector<QString> MemberFilterModel::idsOf(const QVector<int> &rows) const
{
    QVector<QString> ids;
    ids.reserve(rows.size());
    for (int row : rows)
        ids.append(m_members->at(row).userId);
    return ids;
}

void MemberFilterModel::showPage()
{
    QVector<int> rows = pageRows();
    // Outside a source batch the same rows mean the same members: nothing to tell the view.
    if (rows == m_pageRows)
        return;
    beginResetModel();
    setPageRows(std::move(rows));
    endResetModel();
}

void MemberFilterModel::setPageRows(QVector<int> rows)
{
    m_pageRows = std::move(rows);
    m_proxyRowOf.clear();
    m_proxyRowOf.reserve(m_pageRows.size());
    for (int row = 0; row < m_pageRows.size(); ++row)
        m_proxyRowOf.insert(m_pageRows.at(row), row);
}

void MemberFilterModel::sourceBatchAboutToBeApplied()
{
    // The source is still as the page knows it: remember who is shown.
    m_inSourceBatch = true;
    m_idsBeforeBatch = idsOf(m_pageRows);
}

void MemberFilterModel::sourceBatchApplied(const KeyedListModelBase::BatchSummary &summary)
{
    // Until now the page's row numbers may have pointed at moved rows; nobody asked, since
    // this model emitted nothing in between.
    m_inSourceBatch = false;
    const Counts before = counts();
    m_index.applyBatch(summary);
    m_page = clampedPage(m_page);
    QVector<int> rows = pageRows();
    if (idsOf(rows) != m_idsBeforeBatch) {
        beginResetModel();
        setPageRows(std::move(rows));
        endResetModel();
    } else {
        // The same members in the same places: renumber silently, repaint the changed ones.
        setPageRows(std::move(rows));
        for (int first = 0; first < m_pageRows.size();) {
            const auto changed = [&](int proxyRow) {
                return summary.reset
                    || std::binary_search(summary.changedRows.cbegin(), summary.changedRows.cend(),
                                          m_pageRows.at(proxyRow));
            };
            if (!changed(first)) {
                ++first;
                continue;
            }
            int last = first;
            while (last + 1 < m_pageRows.size() && changed(last + 1))
                ++last;
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
            first = last + 1;
        }
    }
    m_idsBeforeBatch.clear();
    notify(before);
}

void MemberFilterModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                          const QList<int> &roles)
{
    // Within a batch, sourceBatchApplied() handles it. Outside one, only status roles change
    // (setPending, setStale): pass them on for the rows on this page, in contiguous runs.
    if (m_inSourceBatch || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const auto inRange = [&](int proxyRow) {
        const int row = m_pageRows.at(proxyRow);
        return row >= topLeft.row() && row <= bottomRight.row();
    };
    for (int first = 0; first < m_pageRows.size();) {
        if (!inRange(first)) {
            ++first;
            continue;
        }
        int last = first;
        while (last + 1 < m_pageRows.size() && inRange(last + 1))
            ++last;
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
        first = last + 1;
    }
}

void MemberFilterModel::sourceDestroyed()
{
    const Counts before = counts();
    beginResetModel();
    m_connections.clear();
    m_members = nullptr;
    m_inSourceBatch = false;
    m_index.setSource(nullptr);
    m_page = 0;
    setPageRows({});
    endResetModel();
    notify(before);
}
