#pragma once

#include <QSortFilterProxyModel>

// Sorts the API keys table by a column's sort key and keeps the rows whose name, description
// or prefix contain the filter text (case-insensitive). An org has a handful of keys, so a
// plain QSortFilterProxyModel is cheap here (unlike the members list).
class ApiKeysFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ApiKeysFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // Whether a column sorts (the copy and ⋯ columns do not).
    static bool isSortable(int column);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};
