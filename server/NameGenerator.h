#pragma once

#include <QString>
#include <QStringList>

// Realistic, varied and unique names and emails for generated members, none of which
// contains a demo user's name (ada, max, uma, otto, bea), so searches for those find only
// the demo users.
class NameGenerator
{
public:
    NameGenerator();
    struct Person
    {
        QString name;
        QString email;
    };
    // The i-th person; distinct i give distinct emails.
    Person person(int i) const;

private:
    QStringList m_first;
    QStringList m_last;
    QStringList m_domains;
};
