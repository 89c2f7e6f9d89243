#include "KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent)
    : QDialog(parent)
    , m_menus(menus)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutsList"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(520, 560);
}

void KeyboardShortcutsDialog::showEvent(QShowEvent *event)
{
    rebuild();
    QDialog::showEvent(event);
    m_tree->setFocus();
}

void KeyboardShortcutsDialog::rebuild()
{
    m_tree->clear();
    auto addGroup = [this](const QString &title) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        return group;
    };
    auto addRow = [this](const QString &what, const QString &keys) {
        auto *item = new QTreeWidgetItem(m_tree, {what, keys});
        item->setData(1, Qt::AccessibleTextRole, keys);
        return item;
    };
    for (QMenu *menu : std::as_const(m_menus)) {
        QList<QPair<QString, QString>> rows;
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->isSeparator() || action->menu())
                continue;
            const auto shortcuts = action->shortcuts();
            if (shortcuts.isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &key : shortcuts)
                keys << key.toString(QKeySequence::NativeText);
            rows.append({plain(action->text()), keys.join(tr(" or "))});
        }
        if (rows.isEmpty())
            continue;
        addGroup(plain(menu->title()));
        for (const auto &row : std::as_const(rows))
            addRow(row.first, row.second);
    }
    addGroup(tr("In lists, fields and dialogs"));
    const QList<QPair<QString, QString>> keys = {
        {tr("Move from the search field to the first result"), tr("Down")},
        {tr("Clear the search"), tr("Escape")},
        {tr("Pick a role in the role editor"), tr("its first letter, then Enter")},
        {tr("Open the row's actions menu"), tr("Menu or Shift+F10")},
        {tr("Run a dialog's destructive button"), tr("Alt + its underlined letter")},
        {tr("Close any dialog unchanged"), tr("Escape")},
        {tr("Move between controls"), tr("Tab and Shift+Tab")},
    };
    for (const auto &row : keys)
        addRow(row.first, row.second);
}

QList<QPair<QString, QString>> KeyboardShortcutsDialog::entries() const
{
    QList<QPair<QString, QString>> all;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (!item->text(1).isEmpty())
            all.append({item->text(0), item->text(1)});
    }
    return all;
}
