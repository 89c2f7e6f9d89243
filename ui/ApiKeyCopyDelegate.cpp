#include "ApiKeyCopyDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionToolButton>

namespace {
int iconSide(const QStyleOptionViewItem &option)
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
}
} // namespace

QRect ApiKeyCopyDelegate::buttonRect(const QRect &cell, const QStyleOptionViewItem &option)
{
    const int side = qMin(cell.height() - 4, iconSide(option) + 8);
    return {cell.center().x() - side / 2 + 1, cell.center().y() - side / 2 + 1, side, side};
}

QSize ApiKeyCopyDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int side = iconSide(option) + 8;
    return {side + 16, side + 4};
}

void ApiKeyCopyDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QIcon icon = cell.icon;
    cell.icon = QIcon();
    cell.text.clear();
    cell.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (icon.isNull())
        return; // the secret is not held: no icon (the tooltip says why)

    QStyleOptionToolButton button;
    if (widget)
        button.initFrom(widget);
    button.rect = buttonRect(option.rect, option);
    button.icon = icon;
    const int side = iconSide(option);
    button.iconSize = QSize(side, side);
    button.toolButtonStyle = Qt::ToolButtonIconOnly;
    button.subControls = QStyle::SC_ToolButton;
    button.features = QStyleOptionToolButton::None;
    button.palette = option.palette;
    button.state = QStyle::State_Enabled | QStyle::State_AutoRaise;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool pressed = m_pressed.isValid() && m_pressed == index;
    if (pressed)
        button.state |= QStyle::State_Sunken;
    if (hovered || pressed)
        button.state |= QStyle::State_Raised | QStyle::State_MouseOver;
    button.activeSubControls = hovered ? QStyle::SC_ToolButton : QStyle::SC_None;
    if (option.state & QStyle::State_Selected) {
        // The flat icon on a selected row: drawn in the selection's text colour.
        const QRect iconRect(button.rect.center().x() - side / 2 + 1, button.rect.center().y() - side / 2 + 1, side,
                             side);
        if (hovered || pressed) {
            button.icon = QIcon();
            style->drawComplexControl(QStyle::CC_ToolButton, &button, painter, widget);
        }
        icon.paint(painter, iconRect, Qt::AlignCenter, QIcon::Selected);
        return;
    }
    style->drawComplexControl(QStyle::CC_ToolButton, &button, painter, widget);
}

bool ApiKeyCopyDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    Q_UNUSED(model)
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease && type != QEvent::MouseButtonDblClick)
        return false;
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const bool hasIcon = !index.data(Qt::DecorationRole).value<QIcon>().isNull();
    const bool inside = hasIcon && buttonRect(option.rect, option).contains(mouse->position().toPoint());
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick) {
        m_pressed = inside ? QPersistentModelIndex(index) : QPersistentModelIndex();
        return false; // the view still selects the row
    }
    const bool wasPressed = m_pressed.isValid() && m_pressed == index;
    m_pressed = QPersistentModelIndex();
    if (!inside || !wasPressed)
        return false;
    emit copyRequested(index);
    return true;
}
