#pragma once

#include <QLoggingCategory>

// The widgets' logging category ("orgdesk.ui"): what the user did that changed something,
// never a secret or a field's content.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
