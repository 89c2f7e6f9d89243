#pragma once

#include "RowMenuTableView.h"

// The members table: fixed row heights (never ResizeToContents: 100k members), whole-row
// extended selection, and the row's "⋯" menu from the keyboard (the Menu key, Shift+F10) as
// well as from a right click.
class MembersTableView : public RowMenuTableView
{
    Q_OBJECT
public:
    explicit MembersTableView(QWidget *parent = nullptr);

    // The userIds of the selected rows, in display order.
    QStringList selectedUserIds() const;
};
