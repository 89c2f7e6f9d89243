#include "cache/CacheLogging.h"

Q_LOGGING_CATEGORY(lcCache, "orgdesk.cache", QtInfoMsg)
