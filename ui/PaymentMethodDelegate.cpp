#include "PaymentMethodDelegate.h"

#include "Colors.h"
#include "Icons.h"
#include "PaymentMethodsModel.h"
#include "Roles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int kPadding = 8;

struct Card
{
    QString brand;
    QString number;
    QString expiry;
    bool expired;
    bool isDefault;
};

Card cardAt(const QModelIndex &index)
{
    const int month = index.data(ItemRoles::ExpMonthRole).toInt();
    const int year = index.data(ItemRoles::ExpYearRole).toInt();
    return {PaymentMethodsModel::brandText(index.data(ItemRoles::BrandRole).toString()),
            PaymentMethodsModel::numberText(index.data(ItemRoles::Last4Role).toString()),
            PaymentMethodDelegate::expiryText(month, year), PaymentMethodDelegate::isExpired(month, year),
            index.data(ItemRoles::IsDefaultRole).toBool()};
}

QString badgeText()
{
    return PaymentMethodDelegate::tr("Default", "badge on the default card");
}

} // namespace

bool PaymentMethodDelegate::isExpired(int month, int year, const QDate &today)
{
    return year < today.year() || (year == today.year() && month < today.month());
}

QString PaymentMethodDelegate::expiryText(int month, int year, const QDate &today)
{
    const QString when = PaymentMethodsModel::expiryText(month, year);
    return isExpired(month, year, today) ? tr("Expired %1", "card expiry, MM/YYYY").arg(when)
                                         : tr("Expires %1", "card expiry, MM/YYYY").arg(when);
}

QString PaymentMethodDelegate::describe(const QModelIndex &index)
{
    const Card card = cardAt(index);
    const QString when = PaymentMethodsModel::expiryText(index.data(ItemRoles::ExpMonthRole).toInt(),
                                                         index.data(ItemRoles::ExpYearRole).toInt());
    const QString text = card.expired
        ? tr("%1 %2, expired %3", "card brand, number, expiry").arg(card.brand, card.number, when)
        : tr("%1 %2, expires %3", "card brand, number, expiry").arg(card.brand, card.number, when);
    return card.isDefault ? tr("%1, default card", "a card described in words").arg(text) : text;
}

QSize PaymentMethodDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Card card = cardAt(index);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics metrics(option.font);
    const int width = QFontMetrics(bold).horizontalAdvance(card.brand) + metrics.horizontalAdvance(card.number)
        + metrics.horizontalAdvance(card.expiry) + metrics.horizontalAdvance(badgeText()) + 10 * kPadding
        + metrics.height();
    return {width, metrics.height() + 2 * kPadding + 4};
}

void PaymentMethodDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // background, selection and focus frame from the style
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Card card = cardAt(index);
    painter->save();
    if (index.data(ItemRoles::IsStaleRole).toBool())
        painter->setOpacity(0.7);
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QRect rect = option.rect.adjusted(kPadding, 0, -kPadding, 0);
    const QFontMetrics metrics(option.font);

    // The card icon, drawn in the text colour.
    const int iconSize = metrics.height();
    const QIcon icon = Icons::icon(QStringLiteral("card"));
    if (!icon.isNull()) {
        const QRect iconRect(rect.left(), rect.center().y() - iconSize / 2, iconSize, iconSize);
        icon.paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
        rect.setLeft(iconRect.right() + kPadding);
    }

    // The Default badge, on the right.
    if (card.isDefault) {
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        const QFontMetrics badgeMetrics(badgeFont);
        const int w = badgeMetrics.horizontalAdvance(badgeText()) + 2 * kPadding;
        const int h = badgeMetrics.height() + 4;
        const QRect badge(rect.right() - w, rect.center().y() - h / 2, w, h);
        QPainterPath path;
        path.addRoundedRect(QRectF(badge), h / 2.0, h / 2.0);
        painter->setPen(QPen(selected ? text : option.palette.color(group, QPalette::Highlight), 1));
        painter->setBrush(selected ? Qt::transparent : Colors::highlightWash(option.palette));
        painter->drawPath(path);
        painter->setFont(badgeFont);
        painter->setPen(text);
        painter->drawText(badge, Qt::AlignCenter, badgeText());
        rect.setRight(badge.left() - kPadding);
    }

    // Brand, number, expiry.
    QFont bold = option.font;
    bold.setBold(true);
    const int brandWidth = std::max(QFontMetrics(bold).horizontalAdvance(QStringLiteral("Mastercard")),
                                    QFontMetrics(bold).horizontalAdvance(card.brand));
    painter->setFont(bold);
    painter->setPen(text);
    QRect part(rect.left(), rect.top(), std::min(brandWidth, rect.width()), rect.height());
    painter->drawText(part, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(card.brand, Qt::ElideRight, part.width()));
    painter->setFont(option.font);
    const int numberWidth = metrics.horizontalAdvance(card.number);
    part = QRect(part.right() + 2 * kPadding, rect.top(), numberWidth, rect.height());
    if (part.right() < rect.right())
        painter->drawText(part, Qt::AlignLeft | Qt::AlignVCenter, card.number);
    part = QRect(part.right() + 3 * kPadding, rect.top(), rect.right() - part.right() - 3 * kPadding, rect.height());
    if (part.width() > 0) {
        painter->setPen(card.expired && !selected ? Colors::text(Colors::Tone::Error, option.palette) : text);
        painter->drawText(part, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(card.expiry, Qt::ElideRight, part.width()));
    }
    painter->restore();
}
