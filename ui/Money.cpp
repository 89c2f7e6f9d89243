#include "Money.h"

#include "DisplayText.h"

namespace Money {

QLocale locale(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

double toMajor(qint64 minorUnits, const QString &currency)
{
    double divisor = 1.0;
    for (int i = DisplayText::currencyDigits(currency); i > 0; --i)
        divisor *= 10.0;
    return static_cast<double>(minorUnits) / divisor;
}

QString format(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    return Money::locale(locale).toCurrencyString(toMajor(minorUnits, currency), DisplayText::currencySymbol(currency),
                                                  DisplayText::currencyDigits(currency));
}

} // namespace Money
