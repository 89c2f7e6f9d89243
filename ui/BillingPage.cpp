#include "BillingPage.h"

BillingPage::BillingPage(OrgSession *session, MessageBar *messages, QWidget *parent)
    : TabPage(session, messages, parent)
{
    setObjectName(QStringLiteral("billingPage"));
}
