#pragma once

#include <QStyledItemDelegate>

// The Enabled column: a painted switch (on: the highlight colour, knob right) with the state
// in words beside it, so the state never depends on colour alone. A click on it asks for a
// toggle when the cell is checkable (the model makes it so only while a toggle is possible
// and none is pending); the keyboard toggles with Space through the page's action.
class ApiKeyToggleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where the switch of a cell is drawn, and the part of the cell a click toggles.
    static QRect switchRect(const QRect &cell, const QFontMetrics &metrics);
    static QRect hitRect(const QRect &cell, const QFontMetrics &metrics, const QString &text);

signals:
    void toggleRequested(const QModelIndex &index);

private:
    QPersistentModelIndex m_pressed;
};
