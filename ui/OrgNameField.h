#pragma once

#include <QWidget>

class MessageBar;
class OrgSession;
class QLabel;
class QLineEdit;
class QPushButton;

// The org's name on the General tab: a field with a Save button and a note below it. Admins
// edit it (Enter or Save renames through OrgSession, Escape undoes the edit); the name is
// checked as the server checks it while typing; for everyone else the field is read-only and
// the note says why. A rename arriving from the sync replaces the shown name, but never an
// edit in progress.
class OrgNameField : public QWidget
{
    Q_OBJECT
public:
    OrgNameField(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; } // objectName "orgName"
    QPushButton *saveButton() const { return m_save; } // "saveNameButton"

    // The server's rule (API.md: 1–100 characters after trimming, no control characters):
    // empty when `name` is valid, else why not, in words.
    static QString problem(const QString &name);

    // The text differs from the name last shown (the user's work in progress).
    bool isEdited() const;
    // The Rename action: saves a valid edit, else puts the field in edit with all selected.
    void edit();
    // Saves the typed name (trimmed) when it is valid and differs from the org's.
    void commit();
    // Editable or read-only (with the reason), the validation note and Save's state: on role,
    // online and state changes.
    void updateState();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showOrgName();

    OrgSession *m_session;
    MessageBar *m_messages;
    QLineEdit *m_edit;
    QPushButton *m_save;
    QLabel *m_note;
    QString m_shownName; // the org's name as last put into the field
    bool m_renaming = false; // a rename is on its way to the server
};
