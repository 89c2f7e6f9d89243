#include "MembersPage.h"

MembersPage::MembersPage(OrgSession *session, MessageBar *messages, QWidget *parent)
    : TabPage(session, messages, parent)
{
    setObjectName(QStringLiteral("membersPage"));
}
