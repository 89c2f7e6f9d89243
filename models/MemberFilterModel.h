#pragma once

#include "MemberSearchIndex.h"
#include "MembersModel.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QPointer>
#include <QVector>

// Search, sort and paging over a MembersModel, for 100,000 members. Exposes only the rows
// of the current page (≤ pageSize) of the filtered, sorted list.
//
// Not a QSortFilterProxyModel: with a view attached, its filter costs ~1.1 s on the first
// keystroke at 100k (one rowsRemoved per scattered run). Here a keystroke computes the new
// match list (see MemberSearchIndex) and swaps the ≤ pageSize visible rows in one model
// reset, or emits nothing when the visible rows stay the same. A source batch is taken in
// as a whole (MembersModel::batchApplied) in O(n); when the page still shows the same
// members it only gets dataChanged for those that changed, so the selection survives a sync.
//
// The filter is a case-insensitive substring of the name or the email. A new filter or sort
// goes back to page 0; a shrinking match list clamps the current page.
class MemberFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged) // 1..1000, default 50
    Q_PROPERTY(int currentPage READ currentPage WRITE setCurrentPage NOTIFY currentPageChanged) // 0-based
    Q_PROPERTY(int pageCount READ pageCount NOTIFY pageCountChanged) // ≥ 1, also when nothing matches
    Q_PROPERTY(int matchCount READ matchCount NOTIFY matchCountChanged)
    // 0-based index of the page's first row in the filtered list, for "51–100 of 2,345".
    Q_PROPERTY(int firstMatchOnPage READ firstMatchOnPage NOTIFY firstMatchOnPageChanged)
public:
    static constexpr int kDefaultPageSize = 50;
    static constexpr int kMaxPageSize = 1000;

    explicit MemberFilterModel(QObject *parent = nullptr);

    // Takes a MembersModel (anything else is refused with a warning and leaves no source).
    void setSourceModel(QAbstractItemModel *source) override;
    MembersModel *membersModel() const { return m_members; }

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int size); // clamped to 1..1000; keeps the first visible member on the page
    int currentPage() const { return m_page; }
    void setCurrentPage(int page); // clamped to 0..pageCount-1
    int pageCount() const;
    int matchCount() const { return m_index.matchCount(); }
    int firstMatchOnPage() const { return m_page * m_pageSize; }
    bool nextPage(); // false on the last page
    bool previousPage(); // false on the first page

    // Name (default: case-folded name, then email), Email, Joined, Role (by rank, then name).
    // Other columns are not sortable and are ignored.
    void setSort(MembersModel::Column column, Qt::SortOrder order);
    MembersModel::Column sortColumn() const { return m_index.order(); }
    Qt::SortOrder sortOrder() const { return m_order; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override; // a header click

    // The page that shows this member, or -1 when the filter hides it (or there is no such
    // member): to jump to a member.
    int pageOf(const QString &userId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    // Rows not on the current page map to an invalid index.
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    // Vertical headers number the rows within the filtered list (51, 52, … on page 2).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filterTextChanged(const QString &text);
    void pageSizeChanged(int size);
    void currentPageChanged(int page);
    void pageCountChanged(int count);
    void matchCountChanged(int count);
    void firstMatchOnPageChanged(int first);
    void sortChanged(MembersModel::Column column, Qt::SortOrder order);

private:
    struct Counts
    {
        int matchCount;
        int pageCount;
        int page;
        int firstMatch;
    };

    Counts counts() const { return {matchCount(), pageCount(), m_page, firstMatchOnPage()}; }
    void notify(const Counts &before);
    int clampedPage(int page) const;
    QVector<int> pageRows() const;
    QVector<QString> idsOf(const QVector<int> &rows) const;
    void showPage(); // reset to the current page's rows, unless they are the ones shown
    void setPageRows(QVector<int> rows);
    void sourceBatchAboutToBeApplied();
    void sourceBatchApplied(const KeyedListModelBase::BatchSummary &summary);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceDestroyed();

    QPointer<MembersModel> m_members;
    QVector<QMetaObject::Connection> m_connections;
    MemberSearchIndex m_index;
    QString m_filterText;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_pageSize = kDefaultPageSize;
    int m_page = 0;
    QVector<int> m_pageRows; // MembersModel rows shown, in display order
    QHash<int, int> m_proxyRowOf; // MembersModel row → row on the page
    bool m_inSourceBatch = false;
    QVector<QString> m_idsBeforeBatch;
};
