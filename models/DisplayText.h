#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QString>

// How the item models word and format values for DisplayRole and ToolTipRole, in one place
// so that every table says "Admin", dates and money the same way. All text is translated
// (context "DisplayText") and follows the default QLocale, in the user's local time zone.
namespace DisplayText {

QString roleName(domain::Role role); // "Admin", "Manager", …
QString date(const QDateTime &when); // short local date; empty for a null QDateTime
QString dateTime(const QDateTime &when); // short local date and time; empty for null
QString longDateTime(const QDateTime &when); // long local date and time, for tooltips

// ISO 4217 code → the digits after the decimal point (2 unless the currency has none or three).
int currencyDigits(const QString &currency);
// "$" for USD, "€" for EUR, … ; the code itself when there is no well-known symbol.
QString currencySymbol(const QString &currency);
// minor units → "$475.00" in the default locale's number format.
QString money(qint64 minorUnits, const QString &currency);

} // namespace DisplayText
