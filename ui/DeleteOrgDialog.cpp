#include "DeleteOrgDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

DeleteOrgDialog::DeleteOrgDialog(const QString &orgName, QWidget *parent)
    : QDialog(parent)
    , m_question(new QLabel(this))
    , m_instruction(new QLabel(this))
    , m_confirm(new QLineEdit(this))
{
    setObjectName(QStringLiteral("deleteOrgDialog"));
    setWindowTitle(tr("Delete Organization"));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    m_question->setObjectName(QStringLiteral("deleteOrgQuestion"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);

    auto *consequence = new QLabel(
        tr("Every member loses access at once. Pending invitations, API keys (revoked at once), billing records "
           "and the logo are deleted with it. This cannot be undone."),
        this);
    consequence->setObjectName(QStringLiteral("deleteOrgConsequence"));
    consequence->setWordWrap(true);

    m_instruction->setObjectName(QStringLiteral("deleteOrgInstruction"));
    m_instruction->setTextFormat(Qt::RichText);
    m_instruction->setWordWrap(true);
    m_instruction->setBuddy(m_confirm);

    m_confirm->setObjectName(QStringLiteral("confirmName"));
    m_confirm->setAccessibleName(tr("Organization name to confirm"));

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_delete = buttons->addButton(tr("&Delete", "delete the organization"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setAccessibleName(tr("Delete organization"));
    m_delete->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (matches())
            accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QLineEdit::textChanged, this, &DeleteOrgDialog::updateState);

    auto *text = new QVBoxLayout;
    text->addWidget(m_question);
    text->addWidget(consequence);
    text->addSpacing(6);
    text->addWidget(m_instruction);
    text->addWidget(m_confirm);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);
    row->setSpacing(12);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    setTabOrder(m_confirm, m_cancel);
    setTabOrder(m_cancel, m_delete);

    setOrgName(orgName);
    m_confirm->setFocus();
}

void DeleteOrgDialog::setOrgName(const QString &orgName)
{
    m_orgName = orgName;
    m_question->setText(tr("Delete %1 for everyone?").arg(orgName));
    m_instruction->setText(
        tr("To confirm, type the organization's name, <b>%1</b>, exactly as shown:").arg(orgName.toHtmlEscaped()));
    updateState();
}

QString DeleteOrgDialog::typedName() const
{
    return m_confirm->text();
}

bool DeleteOrgDialog::matches() const
{
    return !m_orgName.isEmpty() && m_confirm->text() == m_orgName;
}

void DeleteOrgDialog::updateState()
{
    m_delete->setEnabled(matches());
    m_delete->setToolTip(matches() ? tr("Delete the organization for everyone")
                                   : tr("Type the organization's name exactly to enable this button"));
}
