#include "PagerBar.h"

#include "MemberFilterModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

PagerBar::PagerBar(QAction *previousPage, QAction *nextPage, QWidget *parent)
    : QWidget(parent)
    , m_pageSize(new QComboBox(this))
    , m_range(new QLabel(this))
    , m_page(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    setObjectName(QStringLiteral("pager"));
    auto *sizeLabel = new QLabel(tr("Ro&ws per page:"), this);
    sizeLabel->setBuddy(m_pageSize);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setAccessibleName(tr("Members per page"));
    m_pageSize->setToolTip(tr("How many members one page shows"));
    for (int size : pageSizes())
        m_pageSize->addItem(QLocale().toString(size), size);

    m_range->setObjectName(QStringLiteral("pageRange"));
    m_page->setObjectName(QStringLiteral("pageLabel"));
    m_page->setAccessibleName(tr("Current page"));
    m_range->setAccessibleName(tr("Members shown"));

    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_previous->setDefaultAction(previousPage);
    m_next->setDefaultAction(nextPage);
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setAccessibleName(tr("Next page"));
    for (QToolButton *button : {m_previous, m_next}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->addWidget(sizeLabel);
    layout->addWidget(m_pageSize);
    layout->addStretch(1);
    layout->addWidget(m_range);
    layout->addSpacing(12);
    layout->addWidget(m_page);
    layout->addSpacing(6);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);

    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model)
            m_model->setPageSize(m_pageSize->currentData().toInt());
    });
}

void PagerBar::setModel(MemberFilterModel *model)
{
    m_model = model;
    for (auto signal : {&MemberFilterModel::pageSizeChanged, &MemberFilterModel::currentPageChanged,
                        &MemberFilterModel::pageCountChanged, &MemberFilterModel::matchCountChanged,
                        &MemberFilterModel::firstMatchOnPageChanged})
        connect(model, signal, this, &PagerBar::update);
    update();
}

QString PagerBar::pageText() const
{
    return m_page->text();
}

void PagerBar::update()
{
    if (!m_model)
        return;
    const int index = m_pageSize->findData(m_model->pageSize());
    if (index >= 0 && index != m_pageSize->currentIndex()) {
        const QSignalBlocker blocker(m_pageSize);
        m_pageSize->setCurrentIndex(index);
    }
    const QLocale locale;
    const int matches = m_model->matchCount();
    const int first = m_model->firstMatchOnPage();
    const int last = qMin(matches, first + m_model->pageSize());
    m_range->setText(matches == 0
                         ? QString()
                         : tr("%1–%2 of %3", "rows shown: first–last of total")
                               .arg(locale.toString(first + 1), locale.toString(last), locale.toString(matches)));
    m_page->setText(
        tr("Page %1 of %2").arg(locale.toString(m_model->currentPage() + 1), locale.toString(m_model->pageCount())));
    emit pageChanged();
}
