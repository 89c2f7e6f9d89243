#pragma once

#include <QStyledItemDelegate>

// The copy-secret column: a copy icon drawn as a flat tool button while the session holds the
// key's secret (the model's DecorationRole), nothing otherwise (the cell's tooltip and
// accessible text then say why). A click on the icon asks for the copy; Ctrl+C does the same
// for the selected key.
class ApiKeyCopyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    static QRect buttonRect(const QRect &cell, const QStyleOptionViewItem &option);

signals:
    void copyRequested(const QModelIndex &index);

private:
    QPersistentModelIndex m_pressed;
};
