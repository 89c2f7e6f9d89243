#pragma once

#include "ApiKeyStore.h"
#include "AuthStore.h"
#include "BillingStore.h"
#include "ChangeFeed.h"
#include "Database.h"
#include "InvitationStore.h"
#include "MemberStore.h"
#include "OrgStore.h"

#include <memory>

// The one store the routes talk to: a database connection (SQLite or PostgreSQL) and the
// stores of each concern over it.
class Store
{
public:
    // Opens and migrates the database at `url`. Throws DatabaseError.
    explicit Store(const QString &url)
        : m_db(Database::open(url))
        , m_auth(*m_db)
        , m_orgs(*m_db)
        , m_members(*m_db)
        , m_invitations(*m_db)
        , m_apiKeys(*m_db)
        , m_billing(*m_db)
        , m_changes(*m_db)
    {
        m_db->migrate();
    }

    Database &database() { return *m_db; }
    AuthStore &auth() { return m_auth; }
    OrgStore &orgs() { return m_orgs; }
    MemberStore &members() { return m_members; }
    InvitationStore &invitations() { return m_invitations; }
    ApiKeyStore &apiKeys() { return m_apiKeys; }
    BillingStore &billing() { return m_billing; }
    ChangeFeed &changes() { return m_changes; }

private:
    std::unique_ptr<Database> m_db;
    AuthStore m_auth;
    OrgStore m_orgs;
    MemberStore m_members;
    InvitationStore m_invitations;
    ApiKeyStore m_apiKeys;
    BillingStore m_billing;
    ChangeFeed m_changes;
};
