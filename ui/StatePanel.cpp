#include "StatePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

StatePanel::StatePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("stateTitle"));
    m_explanation->setObjectName(QStringLiteral("stateExplanation"));
    for (QLabel *label : {m_title, m_explanation}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_explanation->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, so screen readers read it
    m_title->setFocusPolicy(Qt::NoFocus);
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("stateIcon"));
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    // At most ~65 characters a line, centred. Not through an alignment flag: an aligned
    // word-wrapped label gets one line's height and is clipped.
    m_explanation->setMaximumWidth(m_explanation->fontMetrics().averageCharWidth() * 65);
    m_explanation->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_explanation, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(row);
    layout->addStretch(3);
}

void StatePanel::setText(const QString &title, const QString &explanation)
{
    m_title->setText(title);
    m_explanation->setText(explanation);
    m_title->setAccessibleName(title);
    m_explanation->setAccessibleName(explanation);
    m_explanation->setAccessibleDescription(title);
}

QWidget *StatePanel::focusTarget() const
{
    return m_explanation;
}

QString StatePanel::title() const
{
    return m_title->text();
}

QString StatePanel::explanation() const
{
    return m_explanation->text();
}
