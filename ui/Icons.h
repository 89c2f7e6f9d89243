#pragma once

#include <QIcon>
#include <QStringList>

// The project's own icon set: monochrome SVGs under resources/icons/ (drawn for OrgDesk,
// CC0, see resources/icons/LICENSE.md). An icon is drawn at paint time in the palette's
// text colour (disabled: the disabled text colour; selected: the highlighted text colour),
// so it follows light and dark palettes and palette changes without reloading.
//
// Names: add, copy, edit, remove, key, sync, more, card, save, invoice, seats, invite,
// search, external, star, leave, palette, sign-out, offline, check, info, warning, error,
// toggle, shortcuts.
namespace Icons {

QIcon icon(const QString &name);

// Every icon name that has a file (for tests).
QStringList names();

} // namespace Icons
