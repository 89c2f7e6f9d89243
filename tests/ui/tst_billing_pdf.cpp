// Invoices on the Billing tab: Enter opens one with its lines; Save as PDF from the open invoice (Alt+P) and from the
// page (Ctrl+S), through a test SaveFileChooser into a temporary folder. The file must be a PDF that poppler's pdfinfo
// accepts, whose text (pdftotext) holds the invoice number and the total as the app formats it, with the document title
// and creator set.
#include "tst_billing_support.h"

#include "InvoiceDialog.h"
#include "InvoicePdf.h"
#include "InvoicesModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct ToolResult
{
    int exitCode = -1;
    QString output;
};

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput())};
}

// A PDF the poppler tools accept, and its text.
void checkPdf(const QString &path, const QString &number, const QString &total)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QVERIFY(file.read(5) == "%PDF-");
    const ToolResult info = runTool(QStringLiteral("pdfinfo"), {path});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.output.contains(
                 QRegularExpression(QStringLiteral("Title:\\s+Invoice ") + QRegularExpression::escape(number))),
             qPrintable(info.output));
    QVERIFY2(info.output.contains(QRegularExpression(QStringLiteral("Creator:\\s+OrgDesk"))), qPrintable(info.output));
    QVERIFY2(info.output.contains(QRegularExpression(QStringLiteral("Page size:.*\\(A4\\)"))), qPrintable(info.output));
    const ToolResult text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.output.contains(number), qPrintable(text.output));
    QVERIFY2(text.output.contains(total), qPrintable(text.output));
}

} // namespace

class TestBillingPdf : public QObject
{
    Q_OBJECT
private:
private slots:
    void initTestCase()
    {
        installTestLanguage();
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("poppler-utils (pdfinfo, pdftotext) are needed: scripts/setup-debian.sh installs them");
    }

    void enterOpensAnInvoiceWithItsLines()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingServer server(h);
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QTableView *table = page->invoicesPanel()->table();
        QCOMPARE(focused(), table); // Ctrl+4 starts on the invoices, the newest current
        typeKey(Qt::Key_Down);
        const QJsonObject second = server.invoices().at(1).toObject();
        QCOMPARE(table->currentIndex().data(ItemRoles::NumberRole).toString(),
                 second.value(QStringLiteral("number")).toString());
        typeKey(Qt::Key_Return);
        auto *dialog = waitForDialog<InvoiceDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Invoice ") + second.value(QStringLiteral("number")).toString());
        QTableWidget *lines = dialog->linesTable();
        QAbstractItemModelTester tester(lines->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray serverLines = second.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines->rowCount(), serverLines.size());
        QCOMPARE(lines->rowCount(), 1);
        QCOMPARE(lines->item(0, 0)->text(),
                 serverLines.at(0).toObject().value(QStringLiteral("description")).toString());
        QCOMPARE(lines->item(0, 0)->text(), QStringLiteral("Pro plan, 25 seats"));
        QCOMPARE(lines->item(0, 1)->text(), QStringLiteral("25"));
        QCOMPARE(lines->item(0, 2)->text(), expectedMoney(1900));
        QCOMPARE(lines->item(0, 3)->text(), expectedMoney(47500));
        QCOMPARE(dialog->totalText(), expectedMoney(second.value(QStringLiteral("amount")).toInteger()));
        saveBillingShot(dialog, QStringLiteral("invoice-dialog"));
        typeKey(Qt::Key_Escape);
        QTRY_CLOSED(dialog);
    }

    void saveTheOpenInvoice()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingServer server(h);
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QTemporaryDir folder;
        QStringList asked;
        page->setSaveFileChooser([&](QWidget *, const QString &, const QString &suggested, const QString &filter) {
            asked << suggested << filter;
            return folder.filePath(suggested);
        });

        const QJsonObject newest = server.invoices().at(0).toObject();
        const QString number = newest.value(QStringLiteral("number")).toString();
        typeKey(Qt::Key_Return); // the newest invoice is current after Ctrl+4
        auto *dialog = waitForDialog<InvoiceDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->invoice().number, number);
        typeKey(Qt::Key_P, Qt::AltModifier); // Save as &PDF… (a mnemonic clicks after a short animation)
        QTRY_COMPARE(asked.value(0), QStringLiteral("Invoice-%1.pdf").arg(number));
        QVERIFY(asked.value(1).contains(QStringLiteral("*.pdf")));
        const QString path = folder.filePath(asked.value(0));
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY2(dialog->saveResult().contains(QDir::toNativeSeparators(path)), qPrintable(dialog->saveResult()));
        QVERIFY2(h.window()->messageBar()->text().contains(QDir::toNativeSeparators(path)),
                 qPrintable(h.window()->messageBar()->text()));
        QCOMPARE(h.window()->messageBar()->kind(), MessageBar::Kind::Positive);
        checkPdf(path, number, expectedMoney(newest.value(QStringLiteral("amount")).toInteger()));
        saveBillingShot(dialog, QStringLiteral("invoice-dialog-saved"));

        // For a person to look at: the first page at 60 dpi.
        QString shots = qEnvironmentVariable("ORGDESK_SHOTS_DIR");
        if (!shots.isEmpty())
            runTool(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-singlefile"),
                     path, shots + QStringLiteral("/invoice-pdf")});
        typeKey(Qt::Key_Escape);
        QTRY_CLOSED(dialog);
    }

    void ctrlSSavesTheSelectedInvoice()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingServer server(h);
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QTemporaryDir folder;
        QString chosen;
        page->setSaveFileChooser([&](QWidget *, const QString &, const QString &suggested, const QString &) {
            // A name without the suffix: the app adds it.
            chosen = folder.filePath(QFileInfo(suggested).completeBaseName());
            return chosen;
        });
        // Seats up first, so there is an open invoice with a prorated amount to print.
        QCOMPARE(server.http().patch(server.path("/billing/subscription"), {{QStringLiteral("seats"), 27}}).status,
                 200);
        QVERIFY(h.syncNow());
        const QJsonObject open = server.invoices().at(0).toObject();
        QCOMPARE(open.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        page->focusStart();
        typeKey(Qt::Key_Home, Qt::ControlModifier); // the newest, on top
        QTRY_COMPARE(page->invoicesPanel()->table()->currentIndex().data(ItemRoles::NumberRole).toString(),
                     open.value(QStringLiteral("number")).toString());
        typeKey(Qt::Key_S, Qt::ControlModifier);
        const QString path = chosen + QStringLiteral(".pdf");
        QTRY_VERIFY(QFile::exists(path));
        checkPdf(path, open.value(QStringLiteral("number")).toString(),
                 expectedMoney(open.value(QStringLiteral("amount")).toInteger()));

        // Ctrl+S belongs to the Billing tab only while it is current.
        QAction *save = billingAction(page, "saveInvoicePdf");
        typeKey(Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(!save->isEnabled());
        QVERIFY(Gate::reasonOf(save).contains(QStringLiteral("Billing tab")));
    }

    void aFolderThatCannotBeWrittenIsReported()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("missing/Invoice.pdf"));
        page->setSaveFileChooser([&](QWidget *, const QString &, const QString &, const QString &) { return path; });
        typeKey(Qt::Key_S, Qt::ControlModifier);
        MessageBar *bar = h.window()->messageBar();
        QTRY_COMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("was not saved")), qPrintable(bar->text()));
        QVERIFY(!QFile::exists(path));

        // Cancelled: nothing written, nothing said.
        bar->clearMessage();
        page->setSaveFileChooser(
            [](QWidget *, const QString &, const QString &, const QString &) { return QString(); });
        typeKey(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(bar->text(), QString());
        QCOMPARE(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

    void aLongInvoiceContinuesOnAnotherPage()
    {
        domain::Invoice invoice;
        invoice.id = QStringLiteral("in_long");
        invoice.number = QStringLiteral("INV-LONG-00001");
        invoice.issuedAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        invoice.periodStart = invoice.issuedAt;
        invoice.periodEnd = invoice.issuedAt.addMonths(1);
        invoice.currency = QStringLiteral("USD");
        invoice.status = QStringLiteral("open");
        for (int i = 1; i <= 60; ++i) {
            invoice.lines.append({QStringLiteral("Monitoring agent %1, a description long enough to wrap onto a "
                                                 "second line in the description column of the table")
                                      .arg(i),
                                  1, 1900, 1900});
            invoice.amount += 1900;
        }
        QTemporaryDir folder;
        const QString path = folder.filePath(InvoicePdf::suggestedFileName(invoice.number));
        QString error;
        QVERIFY2(InvoicePdf(invoice, QStringLiteral("Acme Monitoring")).save(path, &error), qPrintable(error));
        const ToolResult info = runTool(QStringLiteral("pdfinfo"), {path});
        QCOMPARE(info.exitCode, 0);
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.output);
        QVERIFY(pages.hasMatch());
        QVERIFY2(pages.captured(1).toInt() >= 2, qPrintable(info.output));
        const ToolResult text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.output.contains(QStringLiteral("Monitoring agent 60")));
        QVERIFY(text.output.contains(expectedMoney(60 * 1900)));
        QVERIFY(text.output.contains(QStringLiteral("Acme Monitoring")));
        // A number with a path in it stays one file name.
        QCOMPARE(InvoicePdf::suggestedFileName(QStringLiteral("../x/INV 1")), QStringLiteral("Invoice-___x_INV_1.pdf"));
    }
};

QTEST_MAIN(TestBillingPdf)
#include "tst_billing_pdf.moc"
