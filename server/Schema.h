#pragma once

#include <QStringList>

// The schema's migrations, one list of statements per version, shared by both backends.
// `%BLOB%` stands for the backend's binary type. Append new versions; never edit old ones.
class Schema
{
public:
    static QList<QStringList> migrations();
};
