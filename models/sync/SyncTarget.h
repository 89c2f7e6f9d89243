#pragma once

#include <QString>
#include <QUrl>

// What a SyncEngine syncs: one org, as one signed-in user, into one cache file.
struct SyncTarget
{
    QUrl server; // the server root, e.g. http://127.0.0.1:8080
    QString token; // the session token (memory only)
    QString orgId;
    QString userId; // the signed-in user: their own member row decides their role
    QString cachePath; // the OfflineCache file
    int pageLimit = 5000; // changes per page (the API allows up to 5000)
    bool cacheChecked = false; // the caller has just opened (and so checked) the cache file
};
