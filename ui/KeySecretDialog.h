#pragma once

#include <QDialog>

class ClipboardGuard;
class QLabel;
class QLineEdit;
class QPushButton;

// Shows a new API key's secret, once (DESIGN.md): in a read-only, selectable monospace field,
// saying plainly that it will not be shown again, with Copy (through a ClipboardGuard: the
// password-manager hint, cleared after 45 s) and Close. Ctrl+C in the field copies the same
// careful way. The secret lives in this dialog's field only while it is open.
//
// `guard` should outlive the dialog (the page's), so that closing the dialog right after a
// copy leaves the secret on the clipboard for its 45 s; without one the dialog makes its own,
// and closing it clears a secret still on the clipboard.
class KeySecretDialog : public QDialog
{
    Q_OBJECT
public:
    KeySecretDialog(const QString &keyName, const QString &secret, ClipboardGuard *guard = nullptr,
                    QWidget *parent = nullptr);
    ~KeySecretDialog() override;

    QString secretText() const;
    QLineEdit *secretField() const { return m_secret; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *closeButton() const { return m_close; }
    // "Copied. The clipboard is cleared in 45 seconds." after a copy, else empty.
    QString statusText() const;

    void copy();

signals:
    void copied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ClipboardGuard *m_guard;
    QLineEdit *m_secret;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_close;
};
