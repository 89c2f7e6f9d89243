#pragma once

#include <QColor>

class QPalette;

// The few colours OrgDesk adds to the platform palette (error and warning text, good news,
// name badges), chosen per palette so that text keeps a WCAG contrast of at least 4.5:1
// against the window and base colours in light and dark palettes alike. Widgets ask here
// instead of writing RGB values of their own; tests/ui/tst_contrast.cpp checks the promise.
namespace Colors {

enum class Tone { Error, Warning, Positive };

// True when the palette's window colour is dark (a dark theme).
bool isDark(const QPalette &palette);

// Text in the tone's colour, readable on the palette's Window and Base colours.
QColor text(Tone tone, const QPalette &palette);

// A light wash of the tone (or of the palette's highlight when tone is absent) over the
// window colour, for a message bar's background; text(tone) and WindowText stay readable on it.
QColor wash(Tone tone, const QPalette &palette);
QColor highlightWash(const QPalette &palette);

// The background of a person's initials badge, stable for `key` (an id or email), with
// badgeText() readable on it.
QColor badge(const QString &key, const QPalette &palette);
QColor badgeText(const QColor &badge);

// WCAG 2 contrast ratio of two colours (1 … 21).
double contrast(const QColor &a, const QColor &b);
double relativeLuminance(const QColor &colour);

} // namespace Colors
