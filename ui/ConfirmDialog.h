#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

// The confirmation of a destructive action (DESIGN.md): Cancel is the default button, so
// Enter cancels; the destructive button carries a mnemonic (`&Remove`, `&Delete`, `&Leave`)
// and is reached by it or by Tab. Shown with open() (window-modal, no nested event loop, so
// nothing blocks a sync); act on accepted().
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    // `question` is the first line in bold ("Remove Uma User from Acme?"), `consequence` the
    // sentence that says what happens ("They lose access at once."), `destructiveText` the
    // button's text with its mnemonic.
    ConfirmDialog(const QString &title, const QString &question, const QString &consequence,
                  const QString &destructiveText, QWidget *parent = nullptr);

    QPushButton *destructiveButton() const { return m_destructive; }
    QPushButton *cancelButton() const { return m_cancel; }

    // Creates, opens and returns a dialog that deletes itself when closed; `onConfirmed` runs
    // once if the user confirms.
    static ConfirmDialog *ask(QWidget *parent, const QString &title, const QString &question,
                              const QString &consequence, const QString &destructiveText,
                              std::function<void()> onConfirmed);

private:
    QPushButton *m_destructive;
    QPushButton *m_cancel;
};
