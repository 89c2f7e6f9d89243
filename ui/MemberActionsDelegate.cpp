#include "MemberActionsDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionToolButton>

QString MemberActionsDelegate::glyph()
{
    return QStringLiteral("\u22EF"); // ⋯ midline horizontal ellipsis
}

QRect MemberActionsDelegate::buttonRect(const QRect &cell, const QFontMetrics &metrics)
{
    const int side = qMin(cell.height() - 8, metrics.height() + 10);
    const int width = qMax(side, metrics.horizontalAdvance(glyph()) + 14);
    return {cell.center().x() - width / 2 + 1, cell.center().y() - side / 2 + 1, width, side};
}

QSize MemberActionsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    return {option.fontMetrics.horizontalAdvance(glyph()) + 28, option.fontMetrics.height() + 12};
}

void MemberActionsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    QStyleOptionToolButton button;
    if (widget)
        button.initFrom(widget);
    button.rect = buttonRect(option.rect, option.fontMetrics);
    button.text = glyph();
    button.font = option.font;
    button.font.setBold(true);
    button.toolButtonStyle = Qt::ToolButtonTextOnly;
    button.subControls = QStyle::SC_ToolButton;
    button.features = QStyleOptionToolButton::None;
    button.palette = option.palette;
    button.state = QStyle::State_Enabled | QStyle::State_AutoRaise;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool pressed = m_pressed.isValid() && m_pressed == index;
    if (pressed)
        button.state |= QStyle::State_Sunken;
    // Flat until the mouse is over it, as a tool button in a toolbar; on a selected row the
    // flat glyph takes the selection's text colour.
    if (hovered || pressed)
        button.state |= QStyle::State_Raised | QStyle::State_MouseOver;
    else if (option.state & QStyle::State_Selected)
        button.palette.setColor(QPalette::ButtonText, option.palette.color(QPalette::HighlightedText));
    button.activeSubControls = hovered ? QStyle::SC_ToolButton : QStyle::SC_None;
    style->drawComplexControl(QStyle::CC_ToolButton, &button, painter, widget);
}

bool MemberActionsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    Q_UNUSED(model)
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease && type != QEvent::MouseButtonDblClick)
        return false;
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QRect rect = buttonRect(option.rect, option.fontMetrics);
    const bool inside = rect.contains(mouse->position().toPoint());
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick) {
        m_pressed = inside ? QPersistentModelIndex(index) : QPersistentModelIndex();
        return false; // the view still selects the row
    }
    const bool wasPressed = m_pressed.isValid() && m_pressed == index;
    m_pressed = QPersistentModelIndex();
    if (!inside || !wasPressed)
        return false;
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const QPoint global = view ? view->viewport()->mapToGlobal(rect.bottomLeft()) : mouse->globalPosition().toPoint();
    emit menuRequested(index, global);
    return true;
}
