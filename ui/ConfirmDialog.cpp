#include "ConfirmDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ConfirmDialog::ConfirmDialog(const QString &title, const QString &question, const QString &consequence,
                             const QString &destructiveText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(title);
    setAccessibleName(title);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto *questionLabel = new QLabel(question, this);
    questionLabel->setObjectName(QStringLiteral("confirmQuestion"));
    questionLabel->setTextFormat(Qt::PlainText);
    questionLabel->setWordWrap(true);
    QFont bold = questionLabel->font();
    bold.setBold(true);
    questionLabel->setFont(bold);

    auto *consequenceLabel = new QLabel(consequence, this);
    consequenceLabel->setObjectName(QStringLiteral("confirmConsequence"));
    consequenceLabel->setTextFormat(Qt::PlainText);
    consequenceLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("confirmCancel"));
    m_destructive = buttons->addButton(destructiveText, QDialogButtonBox::DestructiveRole);
    m_destructive->setObjectName(QStringLiteral("confirmDestructive"));
    m_destructive->setAccessibleName(QString(destructiveText).remove(QLatin1Char('&')));
    m_destructive->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(m_destructive, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(questionLabel);
    text->addWidget(consequenceLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_cancel->setFocus();
}

ConfirmDialog *ConfirmDialog::ask(QWidget *parent, const QString &title, const QString &question,
                                  const QString &consequence, const QString &destructiveText,
                                  std::function<void()> onConfirmed)
{
    auto *dialog = new ConfirmDialog(title, question, consequence, destructiveText, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, dialog, [onConfirmed = std::move(onConfirmed)] { onConfirmed(); });
    dialog->open();
    return dialog;
}
