#include "MemberNameDelegate.h"

#include "Colors.h"

#include "Roles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int kPadding = 6;

QFont smallerFont(const QFont &font)
{
    QFont small = font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.88);
    else
        small.setPixelSize(qMax(8, int(small.pixelSize() * 0.88)));
    return small;
}

} // namespace

int MemberNameDelegate::rowHeight(const QFont &font)
{
    return QFontMetrics(font).height() + QFontMetrics(smallerFont(font)).height() + 2 * kPadding;
}

QString MemberNameDelegate::initials(const QString &name)
{
    QString result;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (result.size() == 2)
            break;
        if (word.at(0).isLetterOrNumber())
            result += word.at(0).toUpper();
    }
    if (result.isEmpty() && !name.isEmpty())
        result = name.left(1).toUpper();
    return result;
}

QSize MemberNameDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString name = index.data(ItemRoles::NameRole).toString();
    const QString email = index.data(ItemRoles::EmailRole).toString();
    const int height = rowHeight(option.font);
    const int text = qMax(option.fontMetrics.horizontalAdvance(name),
                          QFontMetrics(smallerFont(option.font)).horizontalAdvance(email));
    return {height + text + 3 * kPadding, height};
}

void MemberNameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = index.data(ItemRoles::NameRole).toString();
    const QString email = index.data(ItemRoles::EmailRole).toString();
    opt.text.clear(); // the background, selection and focus frame come from the style
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    if (index.data(ItemRoles::IsStaleRole).toBool())
        painter->setOpacity(0.6);
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);

    // The badge
    const int diameter = qMin(rect.height(), option.fontMetrics.height() * 2);
    const QRect badge(rect.left(), rect.center().y() - diameter / 2 + 1, diameter, diameter);
    painter->setPen(Qt::NoPen);
    // A stable colour per person, so a face is easy to find again in a long list.
    const QColor badgeFill = Colors::badge(email.isEmpty() ? name : email, option.palette);
    painter->setBrush(badgeFill);
    painter->drawEllipse(badge);
    QFont badgeFont = smallerFont(option.font);
    badgeFont.setBold(true);
    painter->setFont(badgeFont);
    painter->setPen(Colors::badgeText(badgeFill));
    painter->drawText(badge, Qt::AlignCenter, initials(name));

    // Name over email
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(selected ? 0.85f : 0.62f);
    const QRect textRect = rect.adjusted(diameter + kPadding + 2, 0, 0, 0);
    const QFontMetrics nameMetrics(option.font);
    const QFont emailFont = smallerFont(option.font);
    const QFontMetrics emailMetrics(emailFont);
    const int top = textRect.center().y() - (nameMetrics.height() + emailMetrics.height()) / 2 + 1;
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRect(textRect.left(), top, textRect.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, nameMetrics.elidedText(name, Qt::ElideRight, textRect.width()));
    painter->setFont(emailFont);
    painter->setPen(quiet);
    painter->drawText(QRect(textRect.left(), top + nameMetrics.height(), textRect.width(), emailMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      emailMetrics.elidedText(email, Qt::ElideMiddle, textRect.width()));
    painter->restore();
}
