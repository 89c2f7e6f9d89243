#pragma once

#include "domain/Invoice.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QPainter;
class QPdfWriter;

// An invoice as an A4 PDF document (Invoice › Save as PDF…), drawn with QPdfWriter: the title
// "Invoice <number>", the organization, issue date, period and status, the lines (description,
// quantity, unit amount, amount) and the total, with the document's title and creator set.
// Text stays text (searchable, copyable). Long invoices continue on further pages, the line
// table's header repeated.
class InvoicePdf
{
    Q_DECLARE_TR_FUNCTIONS(InvoicePdf)
public:
    InvoicePdf(const domain::Invoice &invoice, const QString &orgName);

    // "Invoice-INV-ACME-00013.pdf": the name a save dialog proposes.
    static QString suggestedFileName(const QString &invoiceNumber);

    // Writes the document to an open device.
    bool write(QIODevice *device) const;
    // Writes the document to `path` through QSaveFile (all or nothing); on failure `error`
    // says why in words.
    bool save(const QString &path, QString *error = nullptr) const;

private:
    struct Columns;
    int drawHeader(QPainter &painter, int width) const;
    int drawLineHeader(QPainter &painter, const Columns &columns, int y) const;

    domain::Invoice m_invoice;
    QString m_orgName;
};
