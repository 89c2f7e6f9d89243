#include "ClipboardGuard.h"

#include "UiLog.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultClearMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const bool ours = clipboardHoldsSecret();
        if (ours)
            QGuiApplication::clipboard()->clear();
        m_fingerprint.clear();
        qCDebug(lcUi) << "copied secret expired; clipboard cleared:" << ours;
        emit expired(ours);
    });
}

ClipboardGuard::~ClipboardGuard()
{
    // Quitting (or closing what owns the guard) must not leave the secret behind.
    if (QGuiApplication::instance() && clipboardHoldsSecret())
        QGuiApplication::clipboard()->clear();
}

QString ClipboardGuard::passwordManagerHintFormat()
{
    return QStringLiteral("x-kde-passwordManagerHint");
}

QByteArray ClipboardGuard::passwordManagerHintValue()
{
    return QByteArrayLiteral("secret");
}

QByteArray ClipboardGuard::fingerprint(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void ClipboardGuard::copySecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setText(secret);
    data->setData(passwordManagerHintFormat(), passwordManagerHintValue());
    QGuiApplication::clipboard()->setMimeData(data); // the clipboard owns it
    m_fingerprint = fingerprint(secret);
    m_timer.start();
    qCDebug(lcUi) << "secret copied; clearing in" << m_timer.interval() << "ms";
}

void ClipboardGuard::setClearInterval(int ms)
{
    m_timer.setInterval(qMax(0, ms));
}

int ClipboardGuard::clearSeconds() const
{
    return (m_timer.interval() + 999) / 1000;
}

bool ClipboardGuard::clipboardHoldsSecret() const
{
    if (m_fingerprint.isEmpty())
        return false;
    const QString text = QGuiApplication::clipboard()->text();
    return !text.isEmpty() && fingerprint(text) == m_fingerprint;
}

void ClipboardGuard::clearNow()
{
    if (clipboardHoldsSecret())
        QGuiApplication::clipboard()->clear();
    m_fingerprint.clear();
    m_timer.stop();
}
