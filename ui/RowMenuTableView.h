#pragma once

#include <QTableView>

// A table whose rows have a "⋯" menu (members, API keys): it opens from the row's ⋯ button,
// a right click, or the keyboard (the Menu key, Shift+F10), and a keyboard menu opens under
// the current row's ⋯ cell, where a mouse user would see it too. The selected rows come in
// display order.
class RowMenuTableView : public QTableView
{
    Q_OBJECT
public:
    // `actionsColumn`: the column of the ⋯ button.
    explicit RowMenuTableView(int actionsColumn, QWidget *parent = nullptr);

    // The selected rows' index in the given column, in display order.
    QModelIndexList selectedRowsAt(int column) const;
    // The selected rows' ids (ItemRoles::IdRole), in display order.
    QStringList selectedIds() const;

signals:
    // A row's menu: from the ⋯ button, the keyboard or a right click. `globalPos` is where
    // the menu opens.
    void menuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void requestMenuForCurrentRow();

    int m_actionsColumn;
};
