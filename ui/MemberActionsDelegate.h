#pragma once

#include <QStyledItemDelegate>

// The Actions column: a "⋯" button per row, drawn in the style's tool-button look (a real
// widget per row would cost 100 widgets a page). A click on it asks for the row's menu; the
// keyboard reaches the same menu through the table (Menu key, Shift+F10).
class MemberActionsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where the button of a cell is drawn.
    static QRect buttonRect(const QRect &cell, const QFontMetrics &metrics);
    static QString glyph();

signals:
    // `globalPos`: where the menu should open (under the button).
    void menuRequested(const QModelIndex &index, const QPoint &globalPos);

private:
    QPersistentModelIndex m_pressed;
};
