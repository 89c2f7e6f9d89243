#include "Colors.h"

#include <QHashFunctions>
#include <QPalette>
#include <QString>

#include <algorithm>
#include <cmath>

namespace Colors {

namespace {

constexpr double kTextContrast = 4.5; // WCAG 2 AA for normal text

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

// Moves `colour` away from the backgrounds (darker on a light palette, lighter on a dark
// one) until it reaches the contrast on each of them.
QColor readableOn(QColor colour, std::initializer_list<QColor> backgrounds, bool dark, double wanted)
{
    for (int step = 0; step < 40; ++step) {
        const bool enough = std::all_of(backgrounds.begin(), backgrounds.end(),
                                        [&](const QColor &b) { return contrast(colour, b) >= wanted; });
        if (enough)
            break;
        colour = dark ? mix(colour, Qt::white, 0.1) : mix(colour, Qt::black, 0.1);
    }
    return colour;
}

QColor baseTone(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
    case Tone::Positive:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    }
    return {};
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) < 0.2;
}

QColor text(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    return readableOn(baseTone(tone, dark), {palette.color(QPalette::Window), palette.color(QPalette::Base)}, dark,
                      kTextContrast);
}

static QColor washOf(const QColor &tint, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor textColour = palette.color(QPalette::WindowText);
    // Fade the tint until the window's text stays readable on it.
    for (double amount = 0.15; amount > 0.0; amount -= 0.03) {
        const QColor w = mix(window, tint, amount);
        if (contrast(textColour, w) >= kTextContrast)
            return w;
    }
    return window;
}

QColor wash(Tone tone, const QPalette &palette)
{
    // The light palette's tone is dark: wash with a stronger version of the hue.
    return washOf(baseTone(tone, false), palette);
}

QColor highlightWash(const QPalette &palette)
{
    return washOf(palette.color(QPalette::Highlight), palette);
}

QColor badge(const QString &key, const QPalette &palette)
{
    // Painted for every visible member row on every repaint: the hash is Qt's cheap one
    // (seed 0, so stable across runs), and the 360 readable colours per kind of palette are
    // worked out once.
    const int hue = int(qHash(key, 0) % 360);
    const bool dark = isDark(palette);
    static QColor table[2][360];
    QColor &colour = table[dark ? 1 : 0][hue];
    if (!colour.isValid()) {
        QColor c = QColor::fromHsl(hue, 120, dark ? 70 : 95);
        // White initials on it at the text contrast, whatever the hue (yellows need darkening).
        for (int step = 0; step < 40 && contrast(c, Qt::white) < kTextContrast; ++step)
            c = mix(c, Qt::black, 0.08);
        colour = c;
    }
    return colour;
}

QColor badgeText(const QColor &badgeColour)
{
    return contrast(badgeColour, Qt::white) >= contrast(badgeColour, Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace Colors
