#include "MembersTableView.h"

#include "MembersModel.h"
#include "Roles.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

MembersTableView::MembersTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(false); // Tab leaves the table for the pager, as in a form
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setMouseTracking(true); // hover look of the ⋯ buttons
    setSortingEnabled(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QModelIndexList MembersTableView::selectedRowsAt(int column) const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows(column);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

QStringList MembersTableView::selectedUserIds() const
{
    QStringList ids;
    const QModelIndexList rows = selectedRowsAt(0);
    for (const QModelIndex &row : rows)
        ids << row.data(ItemRoles::IdRole).toString();
    return ids;
}

void MembersTableView::keyPressEvent(QKeyEvent *event)
{
    const bool shiftF10 = event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier;
    if (event->key() == Qt::Key_Menu || shiftF10) {
        requestMenuForCurrentRow();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void MembersTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        requestMenuForCurrentRow();
        return;
    }
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        emit menuRequested(index, event->globalPos());
}

void MembersTableView::requestMenuForCurrentRow()
{
    QModelIndex index = currentIndex();
    if (!index.isValid() && model() && model()->rowCount() > 0)
        index = model()->index(0, 0);
    if (!index.isValid())
        return;
    // Under the row's ⋯ button, where a mouse user would see the menu too.
    const QRect cell = visualRect(index.siblingAtColumn(MembersModel::Actions));
    const QRect row = visualRect(index);
    const QPoint local = cell.isValid() ? cell.bottomLeft() : row.bottomLeft();
    emit menuRequested(index, viewport()->mapToGlobal(local));
}
