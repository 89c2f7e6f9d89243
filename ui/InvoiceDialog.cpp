#include "InvoiceDialog.h"

#include "Colors.h"
#include "DisplayText.h"
#include "InvoicesModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLabel *fact(QWidget *parent, const char *objectName, const QString &text, const QString &accessibleName)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

InvoiceDialog::InvoiceDialog(const domain::Invoice &invoice, const QString &orgName, QWidget *parent)
    : QDialog(parent)
    , m_invoice(invoice)
    , m_lines(new QTableWidget(int(invoice.lines.size()), 4, this))
    , m_total(fact(this, "invoiceTotal", DisplayText::money(invoice.amount, invoice.currency), tr("Total")))
    , m_saveResult(new QLabel(this))
{
    setObjectName(QStringLiteral("invoiceDialog"));
    setWindowTitle(tr("Invoice %1").arg(invoice.number));
    setAccessibleName(windowTitle());

    auto *title = fact(this, "invoiceTitle", windowTitle(), tr("Invoice number"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    auto *form = new QFormLayout;
    form->addRow(tr("Organization:"), fact(this, "invoiceOrg", orgName, tr("Organization")));
    form->addRow(tr("Issued:"), fact(this, "invoiceIssued", DisplayText::date(invoice.issuedAt), tr("Issued")));
    form->addRow(tr("Period:", "billing period"),
                 fact(this, "invoicePeriod",
                      tr("%1 – %2", "from date – to date")
                          .arg(DisplayText::date(invoice.periodStart), DisplayText::date(invoice.periodEnd)),
                      tr("Period")));
    form->addRow(tr("Status:", "invoice status"),
                 fact(this, "invoiceStatus", InvoicesModel::statusText(invoice.status), tr("Status")));

    m_lines->setObjectName(QStringLiteral("invoiceLines"));
    m_lines->setAccessibleName(tr("Invoice lines"));
    m_lines->setHorizontalHeaderLabels({tr("Description"), tr("Quantity"), tr("Unit amount"), tr("Amount", "money")});
    const QLocale locale;
    for (int row = 0; row < invoice.lines.size(); ++row) {
        const domain::InvoiceLine &line = invoice.lines.at(row);
        m_lines->setItem(row, 0, cell(line.description, false));
        m_lines->setItem(row, 1, cell(locale.toString(line.quantity), true));
        m_lines->setItem(row, 2, cell(DisplayText::money(line.unitAmount, invoice.currency), true));
        m_lines->setItem(row, 3, cell(DisplayText::money(line.amount, invoice.currency), true));
    }
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setTabKeyNavigation(false);
    m_lines->setAlternatingRowColors(true);
    m_lines->setShowGrid(false);
    m_lines->setWordWrap(false);
    m_lines->verticalHeader()->hide();
    QHeaderView *header = m_lines->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // As high as its lines, up to eight; more scroll.
    const int rows = std::max(1, int(std::min<qsizetype>(invoice.lines.size(), 8)));
    const int height = header->sizeHint().height() + rows * m_lines->verticalHeader()->defaultSectionSize()
        + 2 * m_lines->frameWidth() + 2;
    m_lines->setMinimumHeight(height);
    m_lines->setMaximumHeight(invoice.lines.size() > 8 ? QWIDGETSIZE_MAX : height);
    if (!invoice.lines.isEmpty())
        m_lines->setCurrentCell(0, 0);

    auto *totalLabel = new QLabel(tr("Total:", "invoice total"), this);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    totalLabel->setFont(bold);
    auto *totalRow = new QHBoxLayout;
    totalRow->addStretch(1);
    totalRow->addWidget(totalLabel);
    totalRow->addWidget(m_total);

    m_saveResult->setObjectName(QStringLiteral("invoiceSaveResult"));
    m_saveResult->setAccessibleName(tr("Where the PDF was saved"));
    m_saveResult->setWordWrap(true);
    m_saveResult->setTextFormat(Qt::PlainText);
    m_saveResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveResult->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("invoiceClose"));
    close->setDefault(true);
    m_savePdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    m_savePdf->setObjectName(QStringLiteral("invoiceSavePdf"));
    m_savePdf->setAutoDefault(false);
    m_savePdf->setToolTip(tr("Write this invoice to a PDF document (Ctrl+S)"));
    connect(m_savePdf, &QPushButton::clicked, this, [this] { emit savePdfRequested(m_invoice); });
    // Ctrl+S as on the page; not the button's own shortcut, which would replace Alt+P.
    auto *save = new QAction(this);
    save->setShortcut(QKeySequence::Save);
    addAction(save);
    connect(save, &QAction::triggered, m_savePdf, &QPushButton::click);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_lines);
    layout->addLayout(totalRow);
    layout->addWidget(m_saveResult);
    layout->addWidget(buttons);
    setMinimumWidth(620);
    m_lines->setFocus();
}

QString InvoiceDialog::totalText() const
{
    return m_total->text();
}

QString InvoiceDialog::saveResult() const
{
    return m_saveResult->isVisibleTo(this) ? m_saveResult->text() : QString();
}

void InvoiceDialog::setSaveResult(const QString &text, bool ok)
{
    QPalette palette = this->palette();
    if (!ok)
        palette.setColor(QPalette::WindowText, Colors::text(Colors::Tone::Error, palette));
    m_saveResult->setPalette(palette);
    m_saveResult->setText(text);
    m_saveResult->show();
    adjustSize();
}
