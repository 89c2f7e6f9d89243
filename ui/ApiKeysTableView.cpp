#include "ApiKeysTableView.h"

#include "ApiKeyCopyDelegate.h"
#include "ApiKeyToggleDelegate.h"
#include "ApiKeysTableModel.h"
#include "MemberActionsDelegate.h"
#include "MonospaceFont.h"
#include "Roles.h"

#include <QHeaderView>
#include <QKeyEvent>

ApiKeysTableView::ApiKeysTableView(QWidget *parent)
    : RowMenuTableView(ApiKeysTableModel::Actions, parent)
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
    return selectedIds();
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
    if (event->matches(QKeySequence::Copy)) {
        // Not the cell's text (QAbstractItemView's default): the page says why no secret.
        emit copyKeyPressed();
        event->accept();
        return;
    }
    RowMenuTableView::keyPressEvent(event);
}
