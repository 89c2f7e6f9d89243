#include "InvoicePdf.h"

#include "DisplayText.h"
#include "InvoicesModel.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

constexpr int kResolution = 300; // dots per inch of the drawing; fonts are in points

QFont font(qreal points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace

// The line table's columns in device pixels: description takes what the numbers leave.
struct InvoicePdf::Columns
{
    int description, quantity, unit, amount; // left edges
    int right; // right edge of the table
    int gap;
};

InvoicePdf::InvoicePdf(const domain::Invoice &invoice, const QString &orgName)
    : m_invoice(invoice)
    , m_orgName(orgName)
{ }

QString InvoicePdf::suggestedFileName(const QString &invoiceNumber)
{
    QString safe = invoiceNumber;
    // A number is the server's text: keep it out of other folders and away from odd characters.
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return QStringLiteral("Invoice-%1.pdf").arg(safe);
}

int InvoicePdf::drawHeader(QPainter &painter, int width) const
{
    int y = 0;
    painter.setFont(font(22, true));
    const QString title = tr("Invoice %1", "document title; %1 is the invoice number").arg(m_invoice.number);
    QRect box = painter.boundingRect(QRect(0, y, width, 0), Qt::AlignLeft | Qt::TextWordWrap, title);
    painter.drawText(box, Qt::AlignLeft | Qt::TextWordWrap, title);
    y = box.bottom() + kResolution / 12;

    painter.setFont(font(13));
    box = painter.boundingRect(QRect(0, y, width, 0), Qt::AlignLeft | Qt::TextWordWrap, m_orgName);
    painter.drawText(box, Qt::AlignLeft | Qt::TextWordWrap, m_orgName);
    y = box.bottom() + kResolution / 4;

    // The facts, as label: value pairs.
    const QList<QPair<QString, QString>> facts = {
        {tr("Issued:"), DisplayText::date(m_invoice.issuedAt)},
        {tr("Period:", "billing period"),
         tr("%1 – %2", "from date – to date")
             .arg(DisplayText::date(m_invoice.periodStart), DisplayText::date(m_invoice.periodEnd))},
        {tr("Status:", "invoice status"), InvoicesModel::statusText(m_invoice.status)},
        {tr("Currency:"), m_invoice.currency},
    };
    painter.setFont(font(10.5, true));
    int labelWidth = 0;
    for (const auto &fact : facts)
        labelWidth = std::max(labelWidth, painter.fontMetrics().horizontalAdvance(fact.first));
    const int line = painter.fontMetrics().lineSpacing();
    for (const auto &fact : facts) {
        painter.setFont(font(10.5, true));
        painter.drawText(QRect(0, y, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter, fact.first);
        painter.setFont(font(10.5));
        painter.drawText(QRect(labelWidth + kResolution / 8, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                         fact.second);
        y += line + kResolution / 30;
    }
    return y + kResolution / 4;
}

int InvoicePdf::drawLineHeader(QPainter &painter, const Columns &c, int y) const
{
    painter.setFont(font(10, true));
    const int line = painter.fontMetrics().lineSpacing();
    const auto flags = Qt::AlignVCenter;
    painter.drawText(QRect(c.description, y, c.quantity - c.description - c.gap, line), flags | Qt::AlignLeft,
                     tr("Description"));
    painter.drawText(QRect(c.quantity, y, c.unit - c.quantity - c.gap, line), flags | Qt::AlignRight, tr("Quantity"));
    painter.drawText(QRect(c.unit, y, c.amount - c.unit - c.gap, line), flags | Qt::AlignRight, tr("Unit amount"));
    painter.drawText(QRect(c.amount, y, c.right - c.amount, line), flags | Qt::AlignRight, tr("Amount", "money"));
    y += line + kResolution / 30;
    painter.setPen(QPen(Qt::black, kResolution / 100.0));
    painter.drawLine(c.description, y, c.right, y);
    return y + kResolution / 20;
}

bool InvoicePdf::write(QIODevice *device) const
{
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setTitle(tr("Invoice %1", "document title; %1 is the invoice number").arg(m_invoice.number));
    writer.setCreator(QStringLiteral("OrgDesk"));

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const int width = writer.width();
    const int height = writer.height();
    const int gap = kResolution / 10;
    Columns c {};
    c.right = width;
    c.gap = gap;
    c.amount = width - width * 19 / 100;
    c.unit = c.amount - width * 19 / 100;
    c.quantity = c.unit - width * 15 / 100;
    c.description = 0;

    int y = drawHeader(painter, width);
    y = drawLineHeader(painter, c, y);
    const QLocale locale;
    for (const domain::InvoiceLine &item : m_invoice.lines) {
        painter.setFont(font(10));
        const QRect descriptionBox(c.description, y, c.quantity - c.description - gap, 0);
        const QRect needed = painter.boundingRect(descriptionBox, Qt::AlignLeft | Qt::TextWordWrap, item.description);
        const int rowHeight = std::max(needed.height(), painter.fontMetrics().lineSpacing());
        if (y + rowHeight > height - 3 * painter.fontMetrics().lineSpacing()) {
            writer.newPage();
            y = drawLineHeader(painter, c, 0);
            painter.setFont(font(10));
        }
        painter.drawText(QRect(c.description, y, descriptionBox.width(), rowHeight), Qt::AlignLeft | Qt::TextWordWrap,
                         item.description);
        const auto flags = Qt::AlignRight | Qt::AlignTop;
        painter.drawText(QRect(c.quantity, y, c.unit - c.quantity - gap, rowHeight), flags,
                         locale.toString(item.quantity));
        painter.drawText(QRect(c.unit, y, c.amount - c.unit - gap, rowHeight), flags,
                         DisplayText::money(item.unitAmount, m_invoice.currency));
        painter.drawText(QRect(c.amount, y, c.right - c.amount, rowHeight), flags,
                         DisplayText::money(item.amount, m_invoice.currency));
        y += rowHeight + kResolution / 15;
    }

    painter.setPen(QPen(Qt::black, kResolution / 100.0));
    painter.drawLine(c.unit, y, c.right, y);
    y += kResolution / 15;
    painter.setFont(font(12, true));
    const int line = painter.fontMetrics().lineSpacing();
    painter.drawText(QRect(c.quantity, y, c.amount - c.quantity - gap, line), Qt::AlignRight | Qt::AlignVCenter,
                     tr("Total", "invoice total"));
    painter.drawText(QRect(c.amount - width / 10, y, c.right - c.amount + width / 10, line),
                     Qt::AlignRight | Qt::AlignVCenter, DisplayText::money(m_invoice.amount, m_invoice.currency));

    painter.setFont(font(8));
    painter.setPen(QColor(Qt::darkGray)); // paper is white whatever the screen's theme
    const int footer = painter.fontMetrics().lineSpacing();
    painter.drawText(QRect(0, height - footer, width, footer), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Saved from OrgDesk on %1.").arg(DisplayText::date(QDateTime::currentDateTimeUtc())));
    return painter.end();
}

bool InvoicePdf::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    if (!write(&file)) {
        file.cancelWriting();
        if (error)
            *error = tr("The PDF document could not be drawn.");
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}
