#pragma once

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

// The cache's schema, versioned by PRAGMA user_version (libQuotient's Database style): a
// fall-through switch runs every step from the file's version up, one transaction per step.
// A step, once shipped, never changes; a new shape is a new step.
//   1  meta, org, subscription, members (typed), invitations, api_keys, invoices,
//      payment_methods
//   2  the logo (bytes and etag); members clustered on their sort key, for an ordered load
class CacheSchema
{
public:
    static int latestVersion();

    static std::optional<int> version(const QSqlDatabase &db, QSqlError *error);
    // Runs the steps from the database's version up to `target` (≤ latestVersion()).
    static bool migrate(const QSqlDatabase &db, int target, QSqlError *error);

    // Every table that holds the org's rows (not meta), for a reset or a clear.
    static const QList<QLatin1String> &rowTables();

private:
    using Step = bool (*)(const QSqlDatabase &db, QSqlError *error);
    static bool runStep(const QSqlDatabase &db, int version, Step step, QSqlError *error);
    static bool createTables(const QSqlDatabase &db, QSqlError *error);
    static bool addLogoAndMemberOrder(const QSqlDatabase &db, QSqlError *error);
};
