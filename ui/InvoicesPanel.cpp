#include "InvoicesPanel.h"

#include "DisplayText.h"
#include "Gate.h"
#include "InvoiceDialog.h"
#include "InvoicePdf.h"
#include "InvoicesModel.h"
#include "MessageBar.h"
#include "OrgModels.h"
#include "OrgProfileObject.h"
#include "OrgSession.h"
#include "Roles.h"
#include "UiLog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// The invoices, sorted by the column's key (the model words and formats them).
class InvoicesTableProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Amounts line up on the right, their header too.
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == InvoicesModel::Amount)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return QSortFilterProxyModel::headerData(section, orientation, role);
    }
};

} // namespace

InvoicesPanel::InvoicesPanel(OrgSession *session, MessageBar *messages, QWidget *parent)
    : QGroupBox(tr("Invoi&ces"), parent)
    , m_session(session)
    , m_messages(messages)
    , m_chooseSave(defaultSaveFileChooser())
    , m_sorted(new InvoicesTableProxy(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_open(new QAction(tr("Open &Invoice"), this))
    , m_savePdf(new QAction(tr("Save Invoice as &PDF…"), this))
    , m_openButton(new QToolButton(this))
    , m_savePdfButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("invoicesPanel"));

    m_sorted->setSourceModel(session->models()->invoices());
    m_sorted->setSortRole(ItemRoles::SortKeyRole);

    m_table->setObjectName(QStringLiteral("invoicesTable"));
    m_table->setAccessibleName(tr("Invoices"));
    m_table->setAccessibleDescription(tr("Enter opens the selected invoice"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves on, arrows move in the table
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InvoicesModel::Date, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int em = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(InvoicesModel::Number, 22 * em);
    m_table->setColumnWidth(InvoicesModel::Date, 16 * em);
    m_table->setColumnWidth(InvoicesModel::Period, 30 * em);
    m_table->setColumnWidth(InvoicesModel::Amount, 16 * em);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_open);
    m_table->addAction(m_savePdf);
    // Enter and a double click (the platform's "activate") open the invoice.
    connect(m_table, &QAbstractItemView::activated, this, [this] { openSelected(); });

    m_empty->setObjectName(QStringLiteral("invoicesEmpty"));
    m_empty->setText(tr("No invoices yet."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false); // the quieter colour
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_open->setObjectName(QStringLiteral("openInvoice"));
    m_open->setToolTip(tr("Show the selected invoice with its lines (Enter)"));
    m_savePdf->setObjectName(QStringLiteral("saveInvoicePdf"));
    m_savePdf->setToolTip(tr("Save the selected invoice as a PDF document"));
    m_savePdf->setShortcut(QKeySequence::Save);
    m_savePdf->setShortcutVisibleInContextMenu(true);
    m_open->setShortcutVisibleInContextMenu(true);
    connect(m_open, &QAction::triggered, this, [this] { openSelected(); });
    connect(m_savePdf, &QAction::triggered, this, [this] {
        if (const domain::Invoice *invoice = selectedInvoice())
            savePdf(*invoice, nullptr);
    });

    m_openButton->setObjectName(QStringLiteral("openInvoiceButton"));
    m_savePdfButton->setObjectName(QStringLiteral("saveInvoicePdfButton"));
    // A tool button shows the action's iconText, which drops the mnemonic unless set.
    m_open->setIconText(m_open->text());
    m_savePdf->setIconText(m_savePdf->text());
    m_openButton->setDefaultAction(m_open);
    m_savePdfButton->setDefaultAction(m_savePdf);
    m_openButton->setAccessibleName(tr("Open invoice"));
    m_savePdfButton->setAccessibleName(tr("Save invoice as PDF"));
    for (QToolButton *button : {m_openButton, m_savePdfButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_savePdfButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvoicesPanel::selectionChanged);
    // The row with the focus frame is the one Enter and Save mean (a table entered by Tab
    // has a current row before any arrow key).
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
            m_table->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    InvoicesModel *model = session->models()->invoices();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &InvoicesPanel::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &InvoicesPanel::updateCount);
    updateCount();
}

QList<QWidget *> InvoicesPanel::tabChain() const
{
    return {m_table, m_openButton, m_savePdfButton};
}

void InvoicesPanel::updateCount()
{
    const bool empty = m_session->models()->invoices()->rowCount() == 0;
    const bool hadFocus = m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
    if (hadFocus)
        m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
    emit selectionChanged();
}

QString InvoicesPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ItemRoles::IdRole).toString();
}

const domain::Invoice *InvoicesPanel::selectedInvoice() const
{
    const QString id = selectedId();
    return id.isEmpty() ? nullptr : m_session->models()->invoices()->find(id);
}

bool InvoicesPanel::selectInvoice(const QString &number)
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (index.data(ItemRoles::NumberRole).toString() == number) {
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void InvoicesPanel::updateActions(const QString &pageReason)
{
    const QString noSelection = selectedId().isEmpty() ? tr("Select an invoice first.") : QString();
    Gate::apply(m_open, !pageReason.isEmpty() ? pageReason : noSelection);
    Gate::apply(m_savePdf, !pageReason.isEmpty() ? pageReason : noSelection);
}

InvoiceDialog *InvoicesPanel::openSelected()
{
    const domain::Invoice *invoice = selectedInvoice();
    if (!invoice || !m_open->isEnabled())
        return nullptr;
    if (m_dialog && m_dialog->isVisible() && m_dialog->invoice().id == invoice->id) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new InvoiceDialog(*invoice, m_session->models()->org()->name(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &InvoiceDialog::savePdfRequested, this,
            [this, dialog](const domain::Invoice &shown) { savePdf(shown, dialog); });
    dialog->open();
    return dialog;
}

void InvoicesPanel::savePdf(const domain::Invoice &invoice, InvoiceDialog *dialog)
{
    QPointer<InvoiceDialog> alive(dialog);
    QWidget *parent = dialog ? static_cast<QWidget *>(dialog) : window();
    QString path = m_chooseSave(parent, tr("Save Invoice %1 as PDF").arg(invoice.number),
                                InvoicePdf::suggestedFileName(invoice.number), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return; // cancelled
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    const bool ok = InvoicePdf(invoice, m_session->models()->org()->name()).save(path, &error);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (ok) {
        qCInfo(lcUi) << "saved invoice" << invoice.id << "as a PDF";
        m_messages->showMessage(MessageBar::Kind::Positive,
                                tr("Invoice %1 was saved as %2.").arg(invoice.number, shownPath));
        if (alive)
            alive->setSaveResult(tr("Saved as %1.").arg(shownPath), true);
    } else {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Invoice %1 was not saved: %2").arg(invoice.number, error));
        if (alive)
            alive->setSaveResult(tr("Not saved: %1").arg(error), false);
    }
}
