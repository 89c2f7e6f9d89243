#pragma once

#include "domain/Invoice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// One invoice (Enter or a double click on it in the Billing tab): its number, organization,
// dates, status, its lines (description, quantity, unit amount, amount) and the total, with
// Save as PDF. Saving is the page's business (savePdfRequested); the dialog shows where it
// went (setSaveResult). Open it with open().
class InvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    InvoiceDialog(const domain::Invoice &invoice, const QString &orgName, QWidget *parent = nullptr);

    const domain::Invoice &invoice() const { return m_invoice; }
    QTableWidget *linesTable() const { return m_lines; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QString totalText() const;
    QString saveResult() const;
    // Says under the lines where the PDF went, or why it was not written.
    void setSaveResult(const QString &text, bool ok);

signals:
    void savePdfRequested(const domain::Invoice &invoice);

private:
    domain::Invoice m_invoice;
    QTableWidget *m_lines;
    QLabel *m_total;
    QLabel *m_saveResult;
    QPushButton *m_savePdf;
};
