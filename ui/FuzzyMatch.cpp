#include "FuzzyMatch.h"

#include <QString>

#include <algorithm>
#include <limits>

namespace FuzzyMatch {

namespace {

constexpr int kMatch = 1;
constexpr int kWordStart = 8;
constexpr int kAdjacent = 6;
constexpr int kTextStart = 6;
constexpr int kGapPenalty = 1; // per skipped character, up to kMaxGapPenalty per gap
constexpr int kMaxGapPenalty = 4;
constexpr int kNone = std::numeric_limits<int>::min() / 2;

bool isWordStart(QStringView text, int i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    const QChar here = text.at(i);
    return !before.isLetterOrNumber() || (before.isLower() && here.isUpper());
}

} // namespace

int score(QStringView pattern, QStringView text, QVector<int> *positions)
{
    if (positions)
        positions->clear();
    const int m = int(pattern.size());
    const int n = int(text.size());
    if (m == 0)
        return 0;
    if (m > n)
        return -1;

    const QString foldedPattern = pattern.toString().toCaseFolded();
    const QString foldedText = text.toString().toCaseFolded();
    if (foldedPattern.size() != m || foldedText.size() != n)
        return foldedText.contains(foldedPattern) ? 1 : -1; // case folding changed lengths: plain containment

    // best[i][j]: the best score with pattern[0..i] matched and pattern[i] at text[j].
    // Small sizes (an action's text), so a full table is fine; `from` remembers the choice.
    QVector<int> best(m * n, kNone);
    QVector<int> from(m * n, -1);
    for (int i = 0; i < m; ++i) {
        for (int j = i; j < n; ++j) {
            if (foldedText.at(j) != foldedPattern.at(i))
                continue;
            int bonus = kMatch + (isWordStart(text, j) ? kWordStart : 0);
            if (i == 0) {
                best[j] = bonus + (j == 0 ? kTextStart : 0) - std::min(j, kMaxGapPenalty) * kGapPenalty;
                continue;
            }
            int top = kNone;
            int topFrom = -1;
            for (int k = i - 1; k < j; ++k) {
                const int previous = best[(i - 1) * n + k];
                if (previous == kNone)
                    continue;
                const int gap = j - k - 1;
                const int value = previous + (gap == 0 ? kAdjacent : -std::min(gap * kGapPenalty, kMaxGapPenalty));
                if (value > top) {
                    top = value;
                    topFrom = k;
                }
            }
            if (top == kNone)
                continue;
            best[i * n + j] = top + bonus;
            from[i * n + j] = topFrom;
        }
    }
    int result = kNone;
    int end = -1;
    for (int j = m - 1; j < n; ++j) {
        if (best[(m - 1) * n + j] > result) {
            result = best[(m - 1) * n + j];
            end = j;
        }
    }
    if (end < 0)
        return -1;
    if (positions) {
        positions->resize(m);
        for (int i = m - 1, j = end; i >= 0; j = from[i * n + j], --i)
            (*positions)[i] = j;
    }
    return std::max(result, 0);
}

} // namespace FuzzyMatch
