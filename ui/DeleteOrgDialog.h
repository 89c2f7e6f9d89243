#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// "Delete organization": the user types the org's exact name before &Delete is enabled
// (DESIGN.md). Cancel is the default button, so Enter never deletes by accident; the delete
// is reached by its mnemonic or by Tab. Opened with open(); act on accepted().
class DeleteOrgDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeleteOrgDialog(const QString &orgName, QWidget *parent = nullptr);

    // The name to type. Follows a rename that arrives while the dialog is open.
    void setOrgName(const QString &orgName);
    QString orgName() const { return m_orgName; }
    // What the user typed, as typed (the server compares it exactly).
    QString typedName() const;
    bool matches() const;

    QLineEdit *confirmField() const { return m_confirm; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void updateState();

    QString m_orgName;
    QLabel *m_question;
    QLabel *m_instruction;
    QLineEdit *m_confirm;
    QPushButton *m_delete;
    QPushButton *m_cancel;
};
