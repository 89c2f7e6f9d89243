#pragma once

#include <QString>

// Billing's wire words as a person reads them, translated (context "BillingText"): the
// server's "pro" / "past_due" / "month" are never shown as they come.
namespace BillingText {

QString planName(const QString &plan); // "pro" → "Pro"
QString subscriptionStatus(const QString &status); // "active" → "Active", "past_due" → "Past due"
QString intervalName(const QString &interval); // "month" → "Monthly"
// "%1 per month" with the amount filled in: "$19.00 per month".
QString perInterval(const QString &amount, const QString &interval);
// "Total per month:" and the like, for the recurring total's label.
QString totalLabel(const QString &interval);

} // namespace BillingText
