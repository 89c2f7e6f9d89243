#pragma once

#include "Database.h"

// PostgreSQL through QPSQL. A write transaction on an org first locks that org's row
// (SELECT … FOR UPDATE), so writers of one org run one after another: the last-admin check
// and the write it guards are atomic, and versions are handed out in commit order, which
// the changes feed relies on. Several server instances can share one database.
class PostgresDatabase final : public Database
{
public:
    static std::unique_ptr<Database> open(const QString &url);

    Kind kind() const override { return Kind::Postgres; }
    void beginWrite(const QString &orgId) override;
    void beginRead() override;
    bool isRetryable(const QString &error) const override;
    QString blobType() const override { return QStringLiteral("BYTEA"); }

protected:
    void afterOpen() override;

private:
    using Database::Database;
};
