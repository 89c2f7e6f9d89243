#pragma once

#include <QStyledItemDelegate>

// The Member column: an initials badge, the name, and the email under it in a quieter
// colour, so one column says who a row is (the Email column stays in the model for sorting
// and copying). Rows from the offline cache (IsStaleRole) are drawn dimmed.
class MemberNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The row height that fits two lines of `font` (the table uses fixed row heights).
    static int rowHeight(const QFont &font);
    // "Ada Lovelace" → "AL", "uma" → "U".
    static QString initials(const QString &name);
};
