#pragma once

#include <QString>

class Store;

// `--seed demo`: the demo organizations of API.md, with `members` generated members.
class Seeder
{
public:
    explicit Seeder(Store &store)
        : m_store(store)
    { }

    // Fills an empty database; returns false (and does nothing) if it already has users.
    bool seedDemo(int members);

private:
    void addGeneratedMembers(const QString &orgId, int count, qint64 now);
    Store &m_store;
};
