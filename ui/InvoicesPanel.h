#pragma once

#include "FileChooser.h"
#include "domain/Invoice.h"

#include <QGroupBox>
#include <QPointer>

class InvoiceDialog;
class MessageBar;
class OrgSession;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

// The invoices of the Billing tab (number, date, period, amount, status), newest first.
// Enter or a double click opens one (InvoiceDialog: its lines and total); Save as PDF writes
// the selected invoice, or the open one, through InvoicePdf to a file the SaveFileChooser
// names, and the message bar says where. Reading needs no server: both work offline and for
// the read-only business role. Every invoice the changes feed brought is listed (the feed
// is not paged by invoice, so neither is the table).
class InvoicesPanel : public QGroupBox
{
    Q_OBJECT
public:
    InvoicesPanel(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);

    QAction *openAction() const { return m_open; }
    QAction *savePdfAction() const { return m_savePdf; }
    QTableView *table() const { return m_table; }
    QList<QWidget *> tabChain() const;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSave = std::move(chooser); }

    // The selected invoice's id, or empty.
    QString selectedId() const;
    // Selects the invoice with this number (and makes it current); false if there is none.
    bool selectInvoice(const QString &number);
    // `pageReason`: why the page's actions are off now (another tab is current, …), or empty.
    void updateActions(const QString &pageReason);

    // Opens the selected invoice (Enter); returns the dialog or nullptr.
    InvoiceDialog *openSelected();
    // Asks where, then writes `invoice` as a PDF; `dialog` (may be null) hears the result too.
    void savePdf(const domain::Invoice &invoice, InvoiceDialog *dialog);

signals:
    void selectionChanged();

private:
    const domain::Invoice *selectedInvoice() const;
    void updateCount();

    OrgSession *m_session;
    MessageBar *m_messages;
    SaveFileChooser m_chooseSave;
    QSortFilterProxyModel *m_sorted;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QAction *m_open;
    QAction *m_savePdf;
    QToolButton *m_openButton;
    QToolButton *m_savePdfButton;
    QPointer<InvoiceDialog> m_dialog;
};
