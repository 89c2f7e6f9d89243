#pragma once

#include "domain/Role.h"

#include <QDialog>

class QComboBox;
class QPushButton;

// Asks for the new role of several selected members (F2 with more than one row selected).
// The role combo has the focus, so a role's first letter picks it and Enter confirms, as in
// the table's role editor. Open it with open(); act on accepted().
class BulkRoleDialog : public QDialog
{
    Q_OBJECT
public:
    BulkRoleDialog(int memberCount, domain::Role initial, QWidget *parent = nullptr);

    domain::Role role() const;
    QComboBox *roleCombo() const { return m_role; }
    QPushButton *changeButton() const { return m_change; }

private:
    QComboBox *m_role;
    QPushButton *m_change;
};
