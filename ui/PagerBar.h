#pragma once

#include <QWidget>

class MemberFilterModel;
class QAction;
class QComboBox;
class QLabel;
class QToolButton;

// Under the members table: the page size (50 / 100 / 200, a combo named "pageSize"), which
// rows are shown ("51–100 of 230"), "Page x of y" and previous / next buttons that show the
// page's actions (Ctrl+PgUp / Ctrl+PgDown).
class PagerBar : public QWidget
{
    Q_OBJECT
public:
    PagerBar(QAction *previousPage, QAction *nextPage, QWidget *parent = nullptr);

    void setModel(MemberFilterModel *model);

    QComboBox *pageSizeCombo() const { return m_pageSize; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QString pageText() const;

    static QList<int> pageSizes() { return {50, 100, 200}; }

signals:
    void pageChanged();

private:
    void update();

    MemberFilterModel *m_model = nullptr;
    QComboBox *m_pageSize;
    QLabel *m_range;
    QLabel *m_page;
    QToolButton *m_previous;
    QToolButton *m_next;
};
