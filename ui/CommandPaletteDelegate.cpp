#include "CommandPaletteDelegate.h"

#include "CommandPaletteModel.h"
#include "DisplayText.h"
#include "Roles.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {

constexpr int kMargin = 8;

bool isCommand(const QModelIndex &index)
{
    return qobject_cast<const CommandPaletteModel *>(index.model()) != nullptr;
}

} // namespace

QSize CommandPaletteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 40, metrics.height() * 2 + kMargin + 4};
}

void CommandPaletteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The row's background, selection and focus as the style draws them, without its text.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const bool enabled = !isCommand(index) || index.data(CommandPaletteModel::EnabledRole).toBool();
    const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(enabled ? 0.75f : 0.9f);

    QRect area = option.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();

    QString title;
    QString detail;
    QString right;
    QVector<int> matches;
    if (isCommand(index)) {
        const QIcon icon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
        const int iconSize = line;
        if (!icon.isNull())
            icon.paint(painter, QRect(area.left(), area.top() + 2, iconSize, iconSize), Qt::AlignCenter,
                       enabled ? (selected ? QIcon::Selected : QIcon::Normal) : QIcon::Disabled);
        area.setLeft(area.left() + iconSize + kMargin);
        title = index.data(Qt::DisplayRole).toString();
        const QString reason = index.data(CommandPaletteModel::ReasonRole).toString();
        detail = enabled || reason.isEmpty() ? index.data(CommandPaletteModel::MenuRole).toString() : reason;
        right = index.data(CommandPaletteModel::ShortcutRole).toString();
        matches = index.data(CommandPaletteModel::MatchesRole).value<QVector<int>>();
    } else {
        title = index.data(ItemRoles::NameRole).toString();
        detail = index.data(ItemRoles::EmailRole).toString();
        right = DisplayText::roleName(
            static_cast<domain::Role>(index.siblingAtColumn(0).data(ItemRoles::MemberRoleRole).toInt()));
    }

    painter->save();
    const int rightWidth = right.isEmpty() ? 0 : metrics.horizontalAdvance(right) + kMargin;
    if (!right.isEmpty()) {
        painter->setPen(quiet);
        painter->drawText(QRect(area.right() - rightWidth, area.top(), rightWidth, line),
                          Qt::AlignRight | Qt::AlignVCenter, right);
    }
    const int width = area.width() - rightWidth - kMargin;

    // The title, with the typed letters in bold.
    QTextLayout layout(metrics.elidedText(title, Qt::ElideRight, width), option.font);
    QList<QTextLayout::FormatRange> formats;
    for (int position : std::as_const(matches)) {
        if (position >= layout.text().size())
            continue;
        QTextLayout::FormatRange range;
        range.start = position;
        range.length = 1;
        range.format.setFontWeight(QFont::Bold);
        formats << range;
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    textLine.setLineWidth(width);
    layout.endLayout();
    painter->setPen(text);
    layout.draw(painter, QPointF(area.left(), area.top()));

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(quiet);
    painter->drawText(QRect(area.left(), area.top() + line + 2, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(detail, Qt::ElideRight, width));
    painter->restore();
}
