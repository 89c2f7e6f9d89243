#pragma once

#include <QPair>
#include <QStringList>

// The schema's migrations, one list of statements per version, shared by both backends.
// `%BLOB%` stands for the backend's binary type. Append new versions; never edit old ones.
class Schema
{
public:
    static QList<QStringList> migrations();
    // The current schema's secondary indexes of the tables a bulk load fills, as
    // {name, CREATE statement}: dropping them around the load and building them after is
    // much faster than maintaining them row by row.
    static QList<QPair<QString, QString>> bulkLoadIndexes();
};
