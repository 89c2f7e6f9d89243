#include "MembersListPanel.h"

#include "MemberActionsDelegate.h"
#include "MemberFilterModel.h"
#include "MemberNameDelegate.h"
#include "MembersModel.h"
#include "MembersTableModel.h"
#include "MembersTableView.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "PagerBar.h"
#include "RoleDelegate.h"
#include "Roles.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

MembersListPanel::MembersListPanel(OrgSession *session, QAction *invite, QAction *previousPage, QAction *nextPage,
                                   QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new MemberFilterModel(this))
    , m_tableModel(new MembersTableModel(this))
    , m_table(new MembersTableView(this))
    , m_nameDelegate(new MemberNameDelegate(this))
    , m_roleDelegate(new RoleDelegate(this))
    , m_actionsDelegate(new MemberActionsDelegate(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_inviteButton(new QToolButton(this))
    , m_pager(new PagerBar(previousPage, nextPage, this))
{
    setObjectName(QStringLiteral("membersList"));
    m_filter->setSourceModel(session->models()->members());
    m_tableModel->setFilterModel(m_filter);

    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setAccessibleName(tr("Search members"));
    m_search->setPlaceholderText(tr("Search by name or email (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_filter, &MemberFilterModel::setFilterText);

    m_count->setObjectName(QStringLiteral("memberCount"));
    m_count->setAccessibleName(tr("Number of members"));

    m_inviteButton->setObjectName(QStringLiteral("inviteButton"));
    m_inviteButton->setDefaultAction(invite);
    m_inviteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_inviteButton->setFocusPolicy(Qt::StrongFocus);
    m_inviteButton->setAccessibleName(tr("Invite a member"));

    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_tableModel);
    m_table->setItemDelegateForColumn(MembersModel::Name, m_nameDelegate);
    m_table->setItemDelegateForColumn(MembersModel::Role, m_roleDelegate);
    m_table->setItemDelegateForColumn(MembersModel::Actions, m_actionsDelegate);
    m_table->setColumnHidden(MembersModel::Email, true); // shown under the name
    m_table->verticalHeader()->setDefaultSectionSize(MemberNameDelegate::rowHeight(m_table->font()));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MembersModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(MembersModel::Actions, QHeaderView::Fixed);
    m_table->setColumnWidth(MembersModel::Joined, 140);
    m_table->setColumnWidth(MembersModel::Role, 150);
    m_table->setColumnWidth(MembersModel::Actions, 56);
    header->setSortIndicator(m_filter->sortColumn(), m_filter->sortOrder());
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        // The ⋯ column does not sort: put the arrow back where the order really comes from.
        if (column == MembersModel::Actions) {
            const QSignalBlocker blocker(header);
            header->setSortIndicator(m_filter->sortColumn(), m_filter->sortOrder());
        }
    });
    connect(m_roleDelegate, &RoleDelegate::roleChosen, this, &MembersListPanel::roleChosen);
    connect(m_actionsDelegate, &MemberActionsDelegate::menuRequested, this, &MembersListPanel::menuRequested);
    connect(m_table, &MembersTableView::menuRequested, this, &MembersListPanel::menuRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersListPanel::selectionChanged);
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, &MembersListPanel::selectionChanged);
    m_pager->setModel(m_filter);
    connect(m_pager, &PagerBar::pageChanged, this, &MembersListPanel::pageChanged);

    connect(m_filter, &MemberFilterModel::matchCountChanged, this, &MembersListPanel::updateCount);
    connect(m_filter, &MemberFilterModel::filterTextChanged, this, &MembersListPanel::updateCount);
    MembersModel *members = session->models()->members();
    connect(members, &KeyedListModelBase::batchApplied, this, &MembersListPanel::updateCount);
    connect(members, &QAbstractItemModel::modelReset, this, &MembersListPanel::updateCount);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addSpacing(8);
    top->addWidget(m_count);
    top->addSpacing(8);
    top->addWidget(m_inviteButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_pager);

    // search → invite → table → pager
    setTabOrder(m_search, m_inviteButton);
    setTabOrder(m_inviteButton, m_table);
    setTabOrder(m_table, m_pager->pageSizeCombo());
    setTabOrder(m_pager->pageSizeCombo(), m_pager->previousButton());
    setTabOrder(m_pager->previousButton(), m_pager->nextButton());
    updateCount();
}

QWidget *MembersListPanel::lastInTabOrder() const
{
    return m_pager->nextButton();
}

void MembersListPanel::updateCount()
{
    const QLocale locale;
    const int total = m_session->models()->members()->rowCount();
    if (m_filter->filterText().isEmpty()) {
        m_count->setText(total == 1 ? tr("1 member") : tr("%1 members").arg(locale.toString(total)));
    } else {
        m_count->setText(tr("%1 of %2 match", "search: matching members of all members")
                             .arg(locale.toString(m_filter->matchCount()), locale.toString(total)));
    }
}

QString MembersListPanel::countText() const
{
    return m_count->text();
}

void MembersListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MembersListPanel::clearSearch()
{
    m_search->clear();
}

bool MembersListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            focusFirstRow();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MembersListPanel::selectRow(const QModelIndex &index)
{
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MembersListPanel::focusFirstRow()
{
    if (m_tableModel->rowCount() > 0)
        selectRow(m_tableModel->index(0, MembersModel::Name));
}

bool MembersListPanel::selectMember(const QString &userId)
{
    if (!m_session->models()->members()->find(userId))
        return false;
    if (m_filter->pageOf(userId) < 0)
        m_search->clear();
    const int page = m_filter->pageOf(userId);
    if (page < 0)
        return false;
    m_filter->setCurrentPage(page);
    for (int row = 0; row < m_tableModel->rowCount(); ++row) {
        const QModelIndex index = m_tableModel->index(row, MembersModel::Name);
        if (index.data(ItemRoles::IdRole).toString() == userId) {
            selectRow(index);
            return true;
        }
    }
    return false;
}

bool MembersListPanel::hasSelection() const
{
    return m_table->selectionModel()->hasSelection();
}

QStringList MembersListPanel::selectedUserIds() const
{
    return m_table->selectedUserIds();
}

QVector<domain::Member> MembersListPanel::selectedMembers() const
{
    QVector<domain::Member> members;
    const MembersModel *model = m_session->models()->members();
    for (const QString &id : m_table->selectedUserIds()) {
        if (const domain::Member *member = model->find(id))
            members.append(*member);
    }
    return members;
}

void MembersListPanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("pageSize"), m_filter->pageSize());
    settings.setValue(QStringLiteral("membersHeader"), m_table->horizontalHeader()->saveState());
}

void MembersListPanel::restoreState(QSettings &settings)
{
    const int pageSize = settings.value(QStringLiteral("pageSize"), MemberFilterModel::kDefaultPageSize).toInt();
    if (PagerBar::pageSizes().contains(pageSize))
        m_filter->setPageSize(pageSize);
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("membersHeader")).toByteArray())) {
        m_table->setColumnHidden(MembersModel::Email, true);
        // The header's sort arrow came back; the model sorts that way too.
        const int section = header->sortIndicatorSection();
        if (section >= 0 && section != MembersModel::Actions)
            m_filter->setSort(static_cast<MembersModel::Column>(section), header->sortIndicatorOrder());
    }
}
