#include "DisplayText.h"

#include <QCoreApplication>
#include <QLocale>

namespace DisplayText {

QString roleName(domain::Role role)
{
    switch (role) {
    case domain::Role::Admin:
        return QCoreApplication::translate("DisplayText", "Admin");
    case domain::Role::Manager:
        return QCoreApplication::translate("DisplayText", "Manager");
    case domain::Role::User:
        return QCoreApplication::translate("DisplayText", "User");
    case domain::Role::Observer:
        return QCoreApplication::translate("DisplayText", "Observer");
    case domain::Role::Business:
        return QCoreApplication::translate("DisplayText", "Business");
    }
    return domain::roleToString(role);
}

QString date(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString longDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

int currencyDigits(const QString &currency)
{
    // The ISO 4217 currencies whose minor unit is not a hundredth: the API's "minor units"
    // are whole yen, won, … and thousandths of a dinar.
    static const char *const zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                       "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
    static const char *const three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    for (const char *code : zero) {
        if (currency == QLatin1String(code))
            return 0;
    }
    for (const char *code : three) {
        if (currency == QLatin1String(code))
            return 3;
    }
    return 2;
}

QString currencySymbol(const QString &currency)
{
    struct Symbol
    {
        const char *code;
        char16_t symbol;
    };
    static const Symbol symbols[] = {{"USD", u'$'},      {"EUR", u'\u20ac'}, {"GBP", u'\u00a3'},
                                     {"JPY", u'\u00a5'}, {"INR", u'\u20b9'}, {"KRW", u'\u20a9'}};
    for (const Symbol &s : symbols) {
        if (currency == QLatin1String(s.code))
            return QString(QChar(s.symbol));
    }
    return currency;
}

QString money(qint64 minorUnits, const QString &currency)
{
    const int digits = currencyDigits(currency);
    double divisor = 1.0;
    for (int i = 0; i < digits; ++i)
        divisor *= 10.0;
    return QLocale().toCurrencyString(static_cast<double>(minorUnits) / divisor, currencySymbol(currency), digits);
}

} // namespace DisplayText
