#include "BulkRoleDialog.h"

#include "DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BulkRoleDialog::BulkRoleDialog(int memberCount, domain::Role initial, QWidget *parent)
    : QDialog(parent)
    , m_role(new QComboBox(this))
{
    setObjectName(QStringLiteral("bulkRoleDialog"));
    setWindowTitle(tr("Change Role"));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(tr("Give the %1 selected members a new role. Each change is sent on its own, and "
                                "you will see the result for every member.")
                                 .arg(memberCount),
                             this);
    intro->setWordWrap(true);

    m_role->setObjectName(QStringLiteral("bulkRole"));
    m_role->setAccessibleName(tr("New role"));
    for (int r = 0; r < domain::kRoleCount; ++r)
        m_role->addItem(DisplayText::roleName(static_cast<domain::Role>(r)), r);
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(initial)));
    auto *label = new QLabel(tr("New &role:"), this);
    label->setBuddy(m_role);

    auto *buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(tr("&Change Role"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("bulkRoleChange"));
    m_change->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("bulkRoleCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(label, m_role);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(360);
    m_role->setFocus();
}

domain::Role BulkRoleDialog::role() const
{
    return static_cast<domain::Role>(m_role->currentData().toInt());
}
