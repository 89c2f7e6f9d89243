#pragma once

#include "domain/Role.h"

#include <QStyledItemDelegate>

// The Role column: the role as a small badge, and for admins a drop-down editor (a
// QComboBox named "roleEditor" listing the five roles as DisplayText words). Typing a role's
// first letter picks it (the combo's keyboard search; the five start with distinct letters),
// Enter commits, Escape cancels. Committing never writes the model: it emits roleChosen and
// the page asks the server (the session's sync then updates the model).
class RoleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    // The user committed another role than the member has.
    void roleChosen(const QString &userId, domain::Role role) const;
};
