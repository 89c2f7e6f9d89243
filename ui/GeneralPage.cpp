#include "GeneralPage.h"

GeneralPage::GeneralPage(OrgSession *session, MessageBar *messages, QWidget *parent)
    : TabPage(session, messages, parent)
{
    setObjectName(QStringLiteral("generalPage"));
}
