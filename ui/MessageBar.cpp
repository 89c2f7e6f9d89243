#include "MessageBar.h"

#include "Colors.h"
#include "Icons.h"

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Messages"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);

    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message (Escape)"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clearMessage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setFocusProxy(m_close);
    m_autoHide.setSingleShot(true);
    m_autoHide.setInterval(kPositiveMessageMs);
    connect(&m_autoHide, &QTimer::timeout, this, &MessageBar::clearMessage);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->text(), this);
        button->setObjectName(action->objectName().isEmpty() ? QStringLiteral("messageAction")
                                                             : action->objectName() + QStringLiteral("Button"));
        button->setToolTip(action->toolTip());
        button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, [this, action] {
            clearMessage();
            action->trigger();
        });
        m_buttons->addWidget(button);
        m_actionButtons << button;
    }
    m_kind = kind;
    m_text->setText(text);
    setAccessibleDescription(text);
    applyKind();
    show();
    // Good news goes by itself; errors, warnings and offers stay until dealt with.
    if (kind == Kind::Positive && actions.isEmpty())
        m_autoHide.start();
    else
        m_autoHide.stop();
}

void MessageBar::showError(const QString &what, const ApiError &error, const QList<QAction *> &actions)
{
    const QString message = error.message();
    showMessage(Kind::Error, what.isEmpty() ? message : tr("%1: %2").arg(what, message), actions);
}

void MessageBar::watch(ApiRequest *request, const QString &what)
{
    connect(request, &ApiRequest::failed, this, [this, what](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled)
            showError(what, error);
    });
}

void MessageBar::clearMessage()
{
    m_autoHide.stop();
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text(); // cleared when the bar closes
}

void MessageBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        clearMessage();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void MessageBar::applyKind()
{
    QString icon = QStringLiteral("info");
    QPalette p = palette();
    // Washed over the surroundings' colour, not over the last message's wash, and faded
    // until the text stays readable (Colors): light and dark palettes alike.
    QPalette surroundings = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    QColor wash = Colors::highlightWash(surroundings);
    switch (m_kind) {
    case Kind::Information:
        break;
    case Kind::Positive:
        icon = QStringLiteral("check");
        wash = Colors::wash(Colors::Tone::Positive, surroundings);
        break;
    case Kind::Warning:
        icon = QStringLiteral("warning");
        wash = Colors::wash(Colors::Tone::Warning, surroundings);
        break;
    case Kind::Error:
        icon = QStringLiteral("error");
        wash = Colors::wash(Colors::Tone::Error, surroundings);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::icon(icon).pixmap(size, size));
    // The icon's words, for a screen reader (the colour says the same to the eye).
    const QString kindName = m_kind == Kind::Error ? tr("Error")
        : m_kind == Kind::Warning                  ? tr("Warning")
        : m_kind == Kind::Positive                 ? tr("Done", "message bar: a good-news message")
                                                   : tr("Information");
    m_icon->setAccessibleName(kindName);
    m_icon->setToolTip(kindName);
    p.setColor(QPalette::Window, wash);
    p.setColor(QPalette::WindowText, surroundings.color(QPalette::WindowText));
    setPalette(p);
}
