#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QSettings;

// Which language the app speaks, and loading it. The language follows the system locale
// unless the user picked one (View › Language, kept in the settings as "ui/language");
// dates, numbers and money follow the same locale. OrgDesk's own texts come from
// :/i18n/orgdesk_<lang>.qm (compiled in from translations/*.ts); Qt's own (standard
// buttons, context menus of text fields) from Qt's translations folder when installed.
namespace Translations {

// The languages OrgDesk ships, as codes ("en", "de"); English is the source language.
QStringList available();

// The language's own name ("English", "Deutsch"), for the language menu.
QString nativeName(const QString &code);

// The language chosen in the settings; empty means "as the system".
QString chosen(const QSettings &settings);
void setChosen(QSettings &settings, const QString &code);

// The locale the app uses for `code` (empty: the system's). A chosen language keeps the
// system's territory where the pair exists (German in Austria formats as de_AT).
QLocale localeFor(const QString &code);

// Installs the translators for `code` (empty: the system language) into `app`, replacing
// those installed before, and makes its locale the default for dates, numbers and money.
// Returns the language actually loaded ("en" when nothing needed loading).
QString install(QCoreApplication *app, const QString &code);

} // namespace Translations
