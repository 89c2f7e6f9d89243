#pragma once

#include <QDialog>
#include <QPointer>

class MemberBatch;
class QLabel;
class QTreeWidget;

// What a bulk role change or removal did, row by row: "Done", or the server's words for a
// row it refused. Non-modal (show()), so the user keeps working while the rows arrive; it
// follows its MemberBatch as it runs.
class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BulkResultDialog(MemberBatch *batch, QWidget *parent = nullptr);

    int rowCount() const;
    QString memberText(int row) const;
    QString resultText(int row) const;
    QString summaryText() const;

private:
    void updateRow(int row);
    void updateSummary();

    QPointer<MemberBatch> m_batch;
    QLabel *m_summary;
    QTreeWidget *m_rows;
};
