#pragma once

#include <QTableView>

// The members table: fixed row heights (never ResizeToContents: 100k members), whole-row
// extended selection, and the row's "⋯" menu from the keyboard (the Menu key, Shift+F10) as
// well as from a right click.
class MembersTableView : public QTableView
{
    Q_OBJECT
public:
    explicit MembersTableView(QWidget *parent = nullptr);

    // The userIds of the selected rows, in display order.
    QStringList selectedUserIds() const;
    // The selected rows' index in the given column, in display order.
    QModelIndexList selectedRowsAt(int column) const;

signals:
    // A row's menu: from the ⋯ button, the keyboard or a right click. `globalPos` is where
    // the menu opens.
    void menuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void requestMenuForCurrentRow();
};
