#include "Icons.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace {

QString pathOf(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

// Draws a monochrome SVG in the colour the current palette gives the icon's mode, at the
// size asked for, so one file serves light and dark palettes and every DPI.
class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(const QString &name)
        : m_name(name)
    { }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_name); }
    QString key() const override { return QStringLiteral("OrgDeskTintedSvg"); }
    bool isNull() override { return !QFile::exists(pathOf(m_name)); }
    QString iconName() override { return m_name; }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = render(rect.size() * ratio, mode, state);
        pm.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return render(size, mode, state);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm = render(size * scale, mode, state);
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

private:
    QPixmap render(const QSize &size, QIcon::Mode mode, QIcon::State) const
    {
        const QPalette palette = QGuiApplication::palette();
        QColor colour;
        switch (mode) {
        case QIcon::Disabled:
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
            break;
        case QIcon::Selected:
            colour = palette.color(QPalette::HighlightedText);
            break;
        default:
            colour = palette.color(QPalette::WindowText);
            break;
        }
        const QString cacheKey = QStringLiteral("orgdesk-icon:%1:%2x%3:%4")
                                     .arg(m_name)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(colour.rgba());
        QPixmap pm;
        if (QPixmapCache::find(cacheKey, &pm))
            return pm;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QSvgRenderer renderer(pathOf(m_name));
        if (renderer.isValid()) {
            QPainter p(&image);
            renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
            // Keep the drawing's shape, in the palette's colour.
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(image.rect(), colour);
        }
        pm = QPixmap::fromImage(image);
        QPixmapCache::insert(cacheKey, pm);
        return pm;
    }

    QString m_name;
};

} // namespace

namespace Icons {

QIcon icon(const QString &name)
{
    return QIcon(new TintedSvgEngine(name));
}

QStringList names()
{
    QStringList result;
    const QStringList files = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}, QDir::Files);
    for (const QString &file : files)
        result << file.chopped(4);
    return result;
}

} // namespace Icons
