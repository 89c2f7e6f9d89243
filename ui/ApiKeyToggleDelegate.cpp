#include "ApiKeyToggleDelegate.h"

#include "Roles.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kMargin = 6;
constexpr int kGap = 8;
} // namespace

QRect ApiKeyToggleDelegate::switchRect(const QRect &cell, const QFontMetrics &metrics)
{
    const int height = qMin(cell.height() - 6, metrics.height() + 2);
    const int width = height * 9 / 5;
    return {cell.left() + kMargin, cell.center().y() - height / 2 + 1, width, height};
}

QRect ApiKeyToggleDelegate::hitRect(const QRect &cell, const QFontMetrics &metrics, const QString &text)
{
    const QRect track = switchRect(cell, metrics);
    const int right = qMin(cell.right(), track.right() + kGap + metrics.horizontalAdvance(text));
    return QRect(QPoint(cell.left(), cell.top()), QPoint(right, cell.bottom()));
}

QSize ApiKeyToggleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics &fm = option.fontMetrics;
    const int text = qMax(fm.horizontalAdvance(tr("Enabled", "API key state")),
                          fm.horizontalAdvance(tr("Disabled", "API key state")));
    const int height = fm.height() + 2;
    return {kMargin + height * 9 / 5 + kGap + text + kMargin, height + 10};
}

void ApiKeyToggleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    cell.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    cell.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const bool on = index.data(ItemRoles::EnabledRole).toBool();
    const bool pending = index.data(ItemRoles::IsPendingRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor textColour = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QRect track = switchRect(option.rect, option.fontMetrics);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (pending)
        painter->setOpacity(0.55);
    const qreal radius = track.height() / 2.0;
    QColor fill;
    QColor border;
    QColor knob;
    if (on) {
        fill = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight);
        border = fill;
        knob = selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::HighlightedText);
    } else {
        fill = selected ? QColor(Qt::transparent) : pal.color(QPalette::Button);
        border = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Dark);
        knob = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Dark);
    }
    painter->setPen(QPen(border, 1.0));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(track).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    const qreal d = track.height() - 6.0;
    const qreal x = on ? track.right() - 2.0 - d : track.left() + 3.0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(knob);
    painter->drawEllipse(QRectF(x, track.top() + 3.0, d, d));
    painter->restore();

    // The state in words: the switch alone would say it by colour and position only.
    QRect textRect = option.rect;
    textRect.setLeft(track.right() + kGap);
    textRect.setRight(option.rect.right() - kMargin);
    painter->save();
    painter->setPen(textColour);
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

bool ApiKeyToggleDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                       const QModelIndex &index)
{
    Q_UNUSED(model)
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease && type != QEvent::MouseButtonDblClick)
        return false;
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QRect hit = hitRect(option.rect, option.fontMetrics, index.data(Qt::DisplayRole).toString());
    const bool inside = hit.contains(mouse->position().toPoint());
    if (type == QEvent::MouseButtonPress) {
        m_pressed = inside ? QPersistentModelIndex(index) : QPersistentModelIndex();
        return false; // the view still selects the row
    }
    if (type == QEvent::MouseButtonDblClick)
        return inside; // the second click of a double click toggles nothing more
    const bool wasPressed = m_pressed.isValid() && m_pressed == index;
    m_pressed = QPersistentModelIndex();
    if (!inside || !wasPressed || !(index.flags() & Qt::ItemIsUserCheckable))
        return false;
    emit toggleRequested(index);
    return true;
}
