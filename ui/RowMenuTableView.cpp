#include "RowMenuTableView.h"

#include "Roles.h"

#include <QContextMenuEvent>
#include <QKeyEvent>

#include <algorithm>

RowMenuTableView::RowMenuTableView(int actionsColumn, QWidget *parent)
    : QTableView(parent)
    , m_actionsColumn(actionsColumn)
{ }

QModelIndexList RowMenuTableView::selectedRowsAt(int column) const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows(column);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

QStringList RowMenuTableView::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = selectedRowsAt(0);
    for (const QModelIndex &row : rows)
        ids << row.data(ItemRoles::IdRole).toString();
    return ids;
}

void RowMenuTableView::keyPressEvent(QKeyEvent *event)
{
    const bool shiftF10 = event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier;
    if (event->key() == Qt::Key_Menu || shiftF10) {
        requestMenuForCurrentRow();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void RowMenuTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        requestMenuForCurrentRow();
        return;
    }
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        emit menuRequested(index, event->globalPos());
}

void RowMenuTableView::requestMenuForCurrentRow()
{
    QModelIndex index = currentIndex();
    if (!index.isValid() && model() && model()->rowCount() > 0)
        index = model()->index(0, 0);
    if (!index.isValid())
        return;
    const QRect cell = visualRect(index.siblingAtColumn(m_actionsColumn));
    const QRect row = visualRect(index);
    const QPoint local = cell.isValid() ? cell.bottomLeft() : row.bottomLeft();
    emit menuRequested(index, viewport()->mapToGlobal(local));
}
