#pragma once

#include <QStringView>
#include <QVector>

// Fuzzy matching for the command palette: the typed characters must appear in the text in
// order (case-insensitively), not necessarily side by side, as in editors' "go to anything".
// Matches at word starts and runs of adjacent characters score higher, gaps lower, so "imb"
// ranks "Invite Member…" above "Sign In… (more)".
namespace FuzzyMatch {

// The score of `pattern` in `text`, or -1 when it does not match. An empty pattern matches
// everything with 0. `positions`, when given, receives the matched character indexes.
int score(QStringView pattern, QStringView text, QVector<int> *positions = nullptr);

} // namespace FuzzyMatch
