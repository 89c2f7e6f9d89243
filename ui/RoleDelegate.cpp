#include "RoleDelegate.h"

#include "DisplayText.h"
#include "Roles.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>

namespace {

constexpr int kChipPadding = 8;

QString arrow()
{
    return QStringLiteral(" \u25BE"); // a small down-pointing triangle: "this opens a list"
}

} // namespace

QWidget *RoleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option)
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("roleEditor"));
    for (int r = 0; r < domain::kRoleCount; ++r)
        combo->addItem(DisplayText::roleName(static_cast<domain::Role>(r)), r);
    combo->setAccessibleName(tr("Role of %1", "accessible name of the role editor; %1 is the member's name")
                                 .arg(index.data(ItemRoles::NameRole).toString()));
    combo->setToolTip(tr("Type a role's first letter to pick it, Enter to change the role, Escape to cancel."));
    return combo;
}

void RoleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    // A sync may refresh the row while the editor is open: keep what the user picked.
    if (combo->property("orgdesk_initialised").toBool())
        return;
    combo->setProperty("orgdesk_initialised", true);
    combo->setCurrentIndex(combo->findData(index.data(ItemRoles::MemberRoleRole).toInt()));
}

void RoleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    Q_UNUSED(model)
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || combo->currentIndex() < 0)
        return;
    const int chosen = combo->currentData().toInt();
    if (chosen == index.data(ItemRoles::MemberRoleRole).toInt())
        return;
    emit roleChosen(index.data(ItemRoles::IdRole).toString(), static_cast<domain::Role>(chosen));
}

void RoleDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int height = qMin(option.rect.height(), editor->sizeHint().height());
    QRect rect = option.rect.adjusted(2, 0, -2, 0);
    rect.setTop(option.rect.center().y() - height / 2 + 1);
    rect.setHeight(height);
    editor->setGeometry(rect);
}

QSize RoleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString() + arrow();
    return {option.fontMetrics.horizontalAdvance(text) + 4 * kChipPadding,
            QStyledItemDelegate::sizeHint(option, index).height()};
}

void RoleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString role = index.data(Qt::DisplayRole).toString();
    if (role.isEmpty())
        return;
    const bool pending = index.data(ItemRoles::IsPendingRole).toBool();
    const bool editable = index.flags() & Qt::ItemIsEditable;
    const bool isAdmin = index.data(ItemRoles::MemberRoleRole).toInt() == static_cast<int>(domain::Role::Admin);
    const QString text = editable ? role + arrow() : role;

    painter->save();
    if (index.data(ItemRoles::IsStaleRole).toBool())
        painter->setOpacity(0.6);
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setItalic(pending);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * kChipPadding, option.rect.width() - 8);
    const int height = metrics.height() + 4;
    const QRect chip(option.rect.left() + 6, option.rect.center().y() - height / 2 + 1, width, height);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor accent = option.palette.color(QPalette::Highlight);
    QColor fill = isAdmin ? accent : option.palette.color(QPalette::Mid);
    fill.setAlphaF(selected ? 0.35f : (isAdmin ? 0.18f : 0.16f));
    QPen border(isAdmin && !selected ? accent : option.palette.color(QPalette::Mid));
    if (pending)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(chip, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, chip.width() - kChipPadding));
    painter->restore();
}
