#include "ApiKeysTableView.h"

#include "ApiKeyCopyDelegate.h"
#include "ApiKeyToggleDelegate.h"
#include "ApiKeysTableModel.h"
#include "MemberActionsDelegate.h"
#include "MonospaceFont.h"
#include "Roles.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

ApiKeysTableView::ApiKeysTableView(QWidget *parent)
    : QTableView(parent)
    , m_toggleDelegate(new ApiKeyToggleDelegate(this))
    , m_copyDelegate(new ApiKeyCopyDelegate(this))
    , m_actionsDelegate(new MemberActionsDelegate(this))
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // F2 opens the edit dialog instead
    setTabKeyNavigation(false); // Tab leaves the table, as in a form
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setMouseTracking(true); // hover look of the icon buttons
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(false);
    horizontalHeader()->setSectionsClickable(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setDefaultSectionSize(qMax(30, fontMetrics().height() + 14));
    setItemDelegateForColumn(ApiKeysTableModel::Enabled, m_toggleDelegate);
    setItemDelegateForColumn(ApiKeysTableModel::Copy, m_copyDelegate);
    setItemDelegateForColumn(ApiKeysTableModel::Actions, m_actionsDelegate);
    connect(m_toggleDelegate, &ApiKeyToggleDelegate::toggleRequested, this, &ApiKeysTableView::toggleRequested);
    connect(m_copyDelegate, &ApiKeyCopyDelegate::copyRequested, this, &ApiKeysTableView::copyRequested);
    connect(m_actionsDelegate, &MemberActionsDelegate::menuRequested, this, &ApiKeysTableView::menuRequested);
}

void ApiKeysTableView::setDefaultColumns()
{
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ApiKeysTableModel::Description, QHeaderView::Stretch);
    header->setSectionResizeMode(ApiKeysTableModel::Copy, QHeaderView::Fixed);
    header->setSectionResizeMode(ApiKeysTableModel::Actions, QHeaderView::Fixed);
    setColumnWidth(ApiKeysTableModel::Name, 170);
    setColumnWidth(ApiKeysTableModel::Enabled, m_toggleDelegate->sizeHint({}, {}).width() + 16);
    // The prefix is drawn in the fixed-width font: its 12 characters whole, and the ellipsis.
    setColumnWidth(ApiKeysTableModel::Prefix,
                   QFontMetrics(monospaceFont()).horizontalAdvance(QStringLiteral("odk_XXXXXXXX…")) + 24);
    setColumnWidth(ApiKeysTableModel::Created, 100);
    setColumnWidth(ApiKeysTableModel::CreatedBy, 130);
    setColumnWidth(ApiKeysTableModel::LastUsed, 140);
    setColumnWidth(ApiKeysTableModel::Copy, 40);
    setColumnWidth(ApiKeysTableModel::Actions, 44);
}

QStringList ApiKeysTableView::selectedKeyIds() const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids << row.data(ItemRoles::IdRole).toString();
    return ids;
}

QString ApiKeysTableView::currentKeyId() const
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && selectionModel() && selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return current.siblingAtColumn(0).data(ItemRoles::IdRole).toString();
    const QStringList ids = selectedKeyIds();
    return ids.isEmpty() ? QString() : ids.first();
}

void ApiKeysTableView::keyPressEvent(QKeyEvent *event)
{
    const bool shiftF10 = event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier;
    if (event->key() == Qt::Key_Menu || shiftF10) {
        requestMenuForCurrentRow();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        // Not the cell's text (QAbstractItemView's default): the page says why no secret.
        emit copyKeyPressed();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ApiKeysTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        requestMenuForCurrentRow();
        return;
    }
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        emit menuRequested(index, event->globalPos());
}

void ApiKeysTableView::requestMenuForCurrentRow()
{
    QModelIndex index = currentIndex();
    if (!index.isValid() && model() && model()->rowCount() > 0)
        index = model()->index(0, 0);
    if (!index.isValid())
        return;
    // Under the row's ⋯ button, where a mouse user would see the menu too.
    const QRect cell = visualRect(index.siblingAtColumn(ApiKeysTableModel::Actions));
    const QRect row = visualRect(index);
    const QPoint local = cell.isValid() ? cell.bottomLeft() : row.bottomLeft();
    emit menuRequested(index, viewport()->mapToGlobal(local));
}
