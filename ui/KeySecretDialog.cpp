#include "KeySecretDialog.h"

#include "ClipboardGuard.h"
#include "Colors.h"
#include "MonospaceFont.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

KeySecretDialog::KeySecretDialog(const QString &keyName, const QString &secret, ClipboardGuard *guard, QWidget *parent)
    : QDialog(parent)
    , m_guard(guard ? guard : new ClipboardGuard(this))
    , m_secret(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("keySecretDialog"));
    setWindowTitle(tr("API Key Generated"));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
    icon->setAlignment(Qt::AlignTop);

    auto *headline = new QLabel(tr("Copy the secret of “%1” now", "API key name").arg(keyName), this);
    headline->setObjectName(QStringLiteral("keySecretHeadline"));
    headline->setTextFormat(Qt::PlainText);
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);

    auto *warning = new QLabel(tr("This secret will not be shown again: the server keeps only a hash of it. Store "
                                  "it somewhere safe, such as a password manager. If it is lost, generate a new key."),
                               this);
    warning->setObjectName(QStringLiteral("keySecretWarning"));
    warning->setTextFormat(Qt::PlainText);
    warning->setWordWrap(true);

    m_secret->setObjectName(QStringLiteral("keySecret"));
    m_secret->setAccessibleName(tr("Secret of the new API key"));
    m_secret->setReadOnly(true);
    m_secret->setText(secret);
    m_secret->setFont(monospaceFont());
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    // The field's own Copy would bypass the guard (no password-manager hint, never cleared).
    m_secret->setContextMenuPolicy(Qt::NoContextMenu);
    m_secret->installEventFilter(this);
    auto *secretLabel = new QLabel(tr("&Secret:", "an API key's secret"), this);
    secretLabel->setBuddy(m_secret);

    m_status->setObjectName(QStringLiteral("keySecretStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing());
    m_status->setAccessibleName(tr("Copy status"));
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, Colors::text(Colors::Tone::Positive, statusPalette));
    m_status->setPalette(statusPalette);

    auto *buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("&Copy", "copy the API key's secret"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("keySecretCopy"));
    m_copy->setToolTip(tr("Copy the secret to the clipboard; it is cleared from there after a while"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("keySecretClose"));
    // Not the standard "&Close": Alt+C belongs to Copy.
    m_close->setText(tr("C&lose", "close the API key's secret dialog"));
    m_copy->setDefault(true);
    connect(m_copy, &QPushButton::clicked, this, &KeySecretDialog::copy);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(secretLabel);
    secretRow->addWidget(m_secret, 1);
    auto *text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(warning);
    text->addSpacing(6);
    text->addLayout(secretRow);
    text->addWidget(m_status);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    setTabOrder(m_secret, m_copy);
    m_copy->setFocus();
}

KeySecretDialog::~KeySecretDialog()
{
    // Selecting the field's text puts it in X11's primary selection (middle-click paste),
    // which no timer clears: take it back with the dialog.
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection() && !m_secret->text().isEmpty()
        && clipboard->text(QClipboard::Selection) == m_secret->text())
        clipboard->clear(QClipboard::Selection);
    // The field's text goes with the dialog; overwrite the widget's copy first.
    m_secret->setText(QString(m_secret->text().size(), QLatin1Char(' ')));
}

QString KeySecretDialog::secretText() const
{
    return m_secret->text();
}

QString KeySecretDialog::statusText() const
{
    return m_status->text();
}

void KeySecretDialog::copy()
{
    m_guard->copySecret(m_secret->text());
    const int seconds = m_guard->clearSeconds();
    m_status->setText(tr("Copied. The clipboard is cleared in %n second(s).", nullptr, seconds));
    emit copied();
}

bool KeySecretDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_secret && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            if (event->type() == QEvent::KeyPress)
                copy();
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
