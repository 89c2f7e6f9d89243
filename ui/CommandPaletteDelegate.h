#pragma once

#include <QStyledItemDelegate>

// Paints a palette row: a command's text (matched letters in bold), its menu beneath, its
// shortcut on the right, greyed with the reason when it cannot run; or a member's name with
// email and role.
class CommandPaletteDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
