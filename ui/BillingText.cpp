#include "BillingText.h"

#include <QCoreApplication>

namespace {

// An unknown wire word still reads as a word: "past_due" → "Past due".
QString asWords(QString text)
{
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

namespace BillingText {

QString planName(const QString &plan)
{
    if (plan == QLatin1String("free"))
        return QCoreApplication::translate("BillingText", "Free", "subscription plan");
    if (plan == QLatin1String("pro"))
        return QCoreApplication::translate("BillingText", "Pro", "subscription plan");
    if (plan == QLatin1String("team"))
        return QCoreApplication::translate("BillingText", "Team", "subscription plan");
    if (plan == QLatin1String("business"))
        return QCoreApplication::translate("BillingText", "Business", "subscription plan");
    if (plan == QLatin1String("enterprise"))
        return QCoreApplication::translate("BillingText", "Enterprise", "subscription plan");
    return asWords(plan);
}

QString subscriptionStatus(const QString &status)
{
    if (status == QLatin1String("active"))
        return QCoreApplication::translate("BillingText", "Active", "subscription status");
    if (status == QLatin1String("trialing"))
        return QCoreApplication::translate("BillingText", "Trial", "subscription status");
    if (status == QLatin1String("past_due"))
        return QCoreApplication::translate("BillingText", "Past due", "subscription status");
    if (status == QLatin1String("unpaid"))
        return QCoreApplication::translate("BillingText", "Unpaid", "subscription status");
    if (status == QLatin1String("canceled") || status == QLatin1String("cancelled"))
        return QCoreApplication::translate("BillingText", "Cancelled", "subscription status");
    return asWords(status);
}

QString intervalName(const QString &interval)
{
    if (interval == QLatin1String("month"))
        return QCoreApplication::translate("BillingText", "Monthly", "billing interval");
    if (interval == QLatin1String("year"))
        return QCoreApplication::translate("BillingText", "Yearly", "billing interval");
    return asWords(interval);
}

QString perInterval(const QString &amount, const QString &interval)
{
    if (interval == QLatin1String("year"))
        return QCoreApplication::translate("BillingText", "%1 per year", "an amount of money per year").arg(amount);
    if (interval == QLatin1String("month"))
        return QCoreApplication::translate("BillingText", "%1 per month", "an amount of money per month").arg(amount);
    return QCoreApplication::translate("BillingText", "%1 per period", "an amount of money per billing period")
        .arg(amount);
}

QString totalLabel(const QString &interval)
{
    if (interval == QLatin1String("year"))
        return QCoreApplication::translate("BillingText", "Total per year:");
    if (interval == QLatin1String("month"))
        return QCoreApplication::translate("BillingText", "Total per month:");
    return QCoreApplication::translate("BillingText", "Total per period:");
}

} // namespace BillingText
