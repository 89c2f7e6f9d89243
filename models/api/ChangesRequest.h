#pragma once

#include "api/ApiRequest.h"
#include "sync/ChangeBatch.h"

// GET /orgs/{org}/changes?since=&limit= → one page of the changes feed, typed as a
// ChangeBatch:
//   fromVersion = since; more = the answer's `more`;
//   toVersion = the last change's version while more is true (since when that page is
//               empty), else the answer's `version`;
//   reset = (since == 0).
// Upserts go through the domain types' fromJson (org → batch.org, subscription →
// batch.subscription); deletes become removed ids (orgRemoved, subscriptionRemoved).
// Entities this client does not know (a newer server) are skipped; an upsert whose data
// does not read fails the whole page with a Protocol error. batch.logo stays empty: the
// sync engine fetches logos itself.
//
// Built for big pages (5000 members): the body is parsed once, and each change's data is
// read in place.
class ChangesRequest : public ApiRequest
{
    Q_OBJECT

public:
    ChangesRequest(const QString &orgId, qint64 since, int limit = 1000, QObject *parent = nullptr);

    const ChangeBatch &batch() const { return m_batch; }
    // How many changes the page listed (skipped unknown entities included).
    int changeCount() const { return m_changeCount; }

protected:
    bool parse(const QByteArray &body) override;

private:
    ChangeBatch m_batch;
    qint64 m_since;
    int m_changeCount = 0;
};
