#include "BulkResultDialog.h"

#include "DisplayText.h"
#include "MemberBatch.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

BulkResultDialog::BulkResultDialog(MemberBatch *batch, QWidget *parent)
    : QDialog(parent)
    , m_batch(batch)
    , m_summary(new QLabel(this))
    , m_rows(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("bulkResultDialog"));
    setWindowModality(Qt::NonModal);
    setWindowTitle(batch->kind() == MemberBatch::Kind::Remove
                       ? tr("Remove Members")
                       : tr("Change Role to %1").arg(DisplayText::roleName(batch->role())));
    setAccessibleName(windowTitle());

    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Progress"));

    m_rows->setObjectName(QStringLiteral("bulkResults"));
    m_rows->setAccessibleName(tr("Result per member"));
    m_rows->setRootIsDecorated(false);
    m_rows->setUniformRowHeights(true);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->setWordWrap(false);
    m_rows->setHeaderLabels({tr("Member"), tr("Result")});
    m_rows->header()->setStretchLastSection(true);
    for (const MemberBatch::Item &item : batch->items()) {
        auto *row = new QTreeWidgetItem(m_rows);
        row->setText(0, tr("%1 <%2>").arg(item.member.name, item.member.email));
    }
    m_rows->resizeColumnToContents(0);
    m_rows->setColumnWidth(0, qBound(220, m_rows->columnWidth(0) + 12, 420));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("bulkClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    layout->addWidget(buttons);
    resize(720, 340);

    for (int row = 0; row < batch->items().size(); ++row)
        updateRow(row);
    connect(batch, &MemberBatch::itemChanged, this, &BulkResultDialog::updateRow);
    connect(batch, &MemberBatch::finished, this, &BulkResultDialog::updateSummary);
    updateSummary();
    m_rows->setFocus();
    if (m_rows->topLevelItemCount() > 0)
        m_rows->setCurrentItem(m_rows->topLevelItem(0));
}

int BulkResultDialog::rowCount() const
{
    return m_rows->topLevelItemCount();
}

QString BulkResultDialog::memberText(int row) const
{
    const QTreeWidgetItem *item = m_rows->topLevelItem(row);
    return item ? item->text(0) : QString();
}

QString BulkResultDialog::resultText(int row) const
{
    const QTreeWidgetItem *item = m_rows->topLevelItem(row);
    return item ? item->text(1) : QString();
}

QString BulkResultDialog::summaryText() const
{
    return m_summary->text();
}

void BulkResultDialog::updateRow(int row)
{
    if (!m_batch || row < 0 || row >= m_batch->items().size())
        return;
    const MemberBatch::Item &item = m_batch->items().at(row);
    QTreeWidgetItem *widgetItem = m_rows->topLevelItem(row);
    QString text;
    QIcon icon;
    switch (item.state) {
    case MemberBatch::State::Waiting:
        text = tr("Waiting", "bulk result of one member");
        break;
    case MemberBatch::State::Sending:
        text = tr("Sending…", "bulk result of one member");
        break;
    case MemberBatch::State::Done:
        text = tr("Done", "bulk result of one member");
        icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
        break;
    case MemberBatch::State::Failed:
        text = item.detail;
        icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    }
    widgetItem->setText(1, text);
    widgetItem->setToolTip(1, text);
    widgetItem->setIcon(1, icon);
    updateSummary();
}

void BulkResultDialog::updateSummary()
{
    if (!m_batch)
        return;
    const int total = int(m_batch->items().size());
    const int done = m_batch->doneCount();
    const int failed = m_batch->failedCount();
    QString text;
    if (!m_batch->isFinished())
        text = tr("Working: %1 of %2 done…").arg(done + failed).arg(total);
    else if (failed == 0)
        text = tr("Done: all %1 changes were made.").arg(total);
    else
        text = tr("%1 of %2 done; %3 refused by the server (see below).").arg(done).arg(total).arg(failed);
    m_summary->setText(text);
}
