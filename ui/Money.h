#pragma once

#include <QLocale>
#include <QString>

// Money as the user reads it: integer minor units and an ISO 4217 code (API.md) turned into
// "$475.00" / "475,00 $" by the user's locale with the currency's symbol and digits. The C
// locale (no LANG set) has no currency format of its own ("19.00$"), so it borrows English's.
namespace Money {

// The locale money is written in: `locale`, or English when `locale` is the C locale.
QLocale locale(const QLocale &locale = QLocale());

// 47500, "USD" → "$475.00" (in locale(`locale`)).
QString format(qint64 minorUnits, const QString &currency, const QLocale &locale = QLocale());

// Major units of `minorUnits` in `currency` (47500 USD → 475.0), for arithmetic on display.
double toMajor(qint64 minorUnits, const QString &currency);

} // namespace Money
