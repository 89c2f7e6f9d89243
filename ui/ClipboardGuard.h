#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

// Puts a secret on the clipboard the careful way (DESIGN.md: "the clipboard is cleared 45 s
// after a copy"): as text/plain plus the "x-kde-passwordManagerHint: secret" type, which
// clipboard managers (Klipper, KeePassXC's convention) take as "do not keep a history of
// this"; and it clears the clipboard after clearInterval() unless something else replaced
// the secret meanwhile. Destroying the guard clears a secret that is still there.
//
// Only a hash of the secret is kept, to recognise it on the clipboard later.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultClearMs = 45000;

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // The MIME type and value that tell clipboard managers to skip the entry.
    static QString passwordManagerHintFormat();
    static QByteArray passwordManagerHintValue();

    void copySecret(const QString &secret);

    // How long a copied secret stays on the clipboard (tests shorten it).
    void setClearInterval(int ms);
    int clearInterval() const { return m_timer.interval(); }
    // Whole seconds of clearInterval(), for messages ("cleared in 45 seconds").
    int clearSeconds() const;
    // A copied secret waits to be cleared.
    bool isArmed() const { return m_timer.isActive(); }
    // Whether the clipboard holds the last copied secret now.
    bool clipboardHoldsSecret() const;

public slots:
    // Clears the clipboard now if it still holds the secret (sign-out, org switch).
    void clearNow();

signals:
    // The interval after a copy ran out: `cleared` says whether the secret was still there
    // and was cleared (false: something else had replaced it, and stays).
    void expired(bool cleared);

private:
    static QByteArray fingerprint(const QString &text);

    QTimer m_timer;
    QByteArray m_fingerprint; // SHA-256 of the copied secret; empty when none is out
};
