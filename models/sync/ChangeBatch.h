#pragma once

#include "domain/ApiKey.h"
#include "domain/Invitation.h"
#include "domain/Invoice.h"
#include "domain/Member.h"
#include "domain/OrgProfile.h"
#include "domain/PaymentMethod.h"
#include "domain/Subscription.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

// Upserts and removals of one kind of row, merged by id. Within one batch an id is in at
// most one of the two lists (the changes feed lists each row once, at its latest version).
template<typename T> struct EntityChanges
{
    QVector<T> upserts;
    QVector<QString> removed; // ids

    bool isEmpty() const { return upserts.isEmpty() && removed.isEmpty(); }
};

// The unit that flows changes feed → cache → models: one applied page of the feed, or the
// whole cache as loaded at start. Typed on the worker thread, so the GUI thread never
// parses JSON. Value type; crosses threads by queued signal.
struct ChangeBatch
{
    // True for the first page of a full sync from version 0 and for a load from the cache:
    // whoever applies it first drops everything it holds (models: one reset), then applies
    // the rest of the batch. Later pages of the same full sync have reset == false.
    bool reset = false;
    qint64 fromVersion = 0; // the `since` this page answered
    qint64 toVersion = 0; // the org version the cache holds once this batch is applied
    bool more = false; // another page follows in the same sync

    std::optional<domain::OrgProfile> org; // upserted org row
    bool orgRemoved = false; // the org row was deleted (the org is gone)
    // The logo's bytes, fetched when the org's logoEtag changed: a null QByteArray inside
    // the optional means "the org has no logo any more"; no value means "unchanged".
    std::optional<QByteArray> logo;

    std::optional<domain::Subscription> subscription;
    bool subscriptionRemoved = false;

    EntityChanges<domain::Member> members;
    EntityChanges<domain::Invitation> invitations;
    EntityChanges<domain::ApiKey> apiKeys;
    EntityChanges<domain::Invoice> invoices;
    EntityChanges<domain::PaymentMethod> paymentMethods;

    bool hasRowChanges() const
    {
        return org || orgRemoved || logo || subscription || subscriptionRemoved || !members.isEmpty()
            || !invitations.isEmpty() || !apiKeys.isEmpty() || !invoices.isEmpty() || !paymentMethods.isEmpty();
    }
};

Q_DECLARE_METATYPE(ChangeBatch)
