#include "LogoWidget.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {
constexpr int kSide = 96;
}

LogoWidget::LogoWidget(QWidget *parent)
    : QWidget(parent)
    , m_initials(QStringLiteral("?"))
{
    setObjectName(QStringLiteral("logo"));
    setAccessibleName(tr("Organization logo"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QString LogoWidget::initialsOf(const QString &name)
{
    QString initials;
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const auto letter = std::find_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (letter != word.cend())
            initials += letter->toUpper();
        if (initials.size() == 2)
            break;
    }
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

void LogoWidget::setLogo(const QByteArray &bytes, const QString &orgName)
{
    m_image = bytes.isEmpty() ? QImage() : QImage::fromData(bytes);
    m_initials = initialsOf(orgName);
    setAccessibleDescription(m_image.isNull() ? tr("No logo; showing the initials %1").arg(m_initials)
                                              : tr("%1 × %2 pixels").arg(m_image.width()).arg(m_image.height()));
    setToolTip(m_image.isNull() ? tr("No logo uploaded") : QString());
    update();
}

QSize LogoWidget::sizeHint() const
{
    return {kSide, kSide};
}

void LogoWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath frame;
    frame.addRoundedRect(box, 10, 10);
    if (!m_image.isNull()) {
        painter.fillPath(frame, palette().base());
        // Fit inside the frame; a tiny logo is enlarged at most four times, not smeared.
        QSize scaled = m_image.size().scaled(rect().size() - QSize(8, 8), Qt::KeepAspectRatio);
        if (scaled.width() > m_image.width() * 4)
            scaled = m_image.size() * 4;
        QRect target(QPoint(0, 0), scaled);
        target.moveCenter(rect().center());
        painter.drawImage(target, m_image);
        painter.setPen(QPen(palette().mid().color(), 1));
        painter.drawPath(frame);
        return;
    }
    // The placeholder: the initials on a tint of the highlight colour, readable in light and
    // dark palettes alike.
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor base = palette().color(QPalette::Base);
    const QColor wash = QColor::fromRgbF(base.redF() * 0.75 + highlight.redF() * 0.25,
                                         base.greenF() * 0.75 + highlight.greenF() * 0.25,
                                         base.blueF() * 0.75 + highlight.blueF() * 0.25);
    painter.fillPath(frame, wash);
    painter.setPen(QPen(highlight, 1));
    painter.drawPath(frame);
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(height() * 3 / 8);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(rect(), Qt::AlignCenter, m_initials);
}
