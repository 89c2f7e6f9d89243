#include "ApiKeysPage.h"

ApiKeysPage::ApiKeysPage(OrgSession *session, MessageBar *messages, QWidget *parent)
    : TabPage(session, messages, parent)
{
    setObjectName(QStringLiteral("apiKeysPage"));
}
