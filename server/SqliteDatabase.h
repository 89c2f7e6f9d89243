#pragma once

#include "Database.h"

// SQLite in WAL mode. Writers serialise with BEGIN IMMEDIATE, which takes the database's
// write lock before the first read of the transaction, so read-check-write is atomic
// (also across several server processes on one file).
class SqliteDatabase final : public Database
{
public:
    static std::unique_ptr<Database> open(const QString &path);

    Kind kind() const override { return Kind::Sqlite; }
    void beginWrite(const QString &orgId) override;
    void beginRead() override;
    bool isRetryable(const QString &error) const override;
    QString blobType() const override { return QStringLiteral("BLOB"); }

private:
    using Database::Database;
};
