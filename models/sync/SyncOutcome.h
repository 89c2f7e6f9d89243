#pragma once

#include "api/ApiError.h"

#include <QMetaType>

// How one sync run ended.
struct SyncOutcome
{
    enum class Kind {
        Synced, // the cache holds the org's current version
        Cancelled, // the user stopped it; the pages applied so far stay
        Offline, // the server could not be reached; the engine backs off and tries again
        Failed, // the server or the cache refused: error says why; tried again at the next interval
        AccessLost, // 401 or 404: the session ended, or the user is no longer in the org
    };
    Kind kind = Kind::Synced;
    bool changed = false; // some rows changed (Synced only)
    int pagesApplied = 0;
    ApiError error; // for Offline, Failed and AccessLost
};

Q_DECLARE_METATYPE(SyncOutcome)
