#include "MembersTableView.h"

#include "MembersModel.h"
#include "Roles.h"

#include <QHeaderView>

MembersTableView::MembersTableView(QWidget *parent)
    : RowMenuTableView(MembersModel::Actions, parent)
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

QStringList MembersTableView::selectedUserIds() const
{
    return selectedIds();
}
