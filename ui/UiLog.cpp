#include "UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "orgdesk.ui", QtInfoMsg)
