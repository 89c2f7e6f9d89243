#pragma once

#include "KeyedListModel.h"
#include "domain/ApiKey.h"

// The org's API keys. The Enabled column is checkable for display only: setData() is not
// offered, because enabling a key is a server write (OrgSession), and the row changes when
// the sync brings the result.
class ApiKeysModel : public KeyedListModel<domain::ApiKey>
{
    Q_OBJECT
public:
    // Saved header state depends on these numbers: append only.
    enum Column { Name, Description, Enabled, Prefix, Created, CreatedBy, LastUsed, ColumnCount };
    Q_ENUM(Column)

    explicit ApiKeysModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    const QString &idOf(const domain::ApiKey &key) const override { return key.id; }
    void compare(const domain::ApiKey &before, const domain::ApiKey &after, Difference &difference) const override;
    QVariant itemData(const domain::ApiKey &key, int column, int role) const override;
    QHash<int, QByteArray> itemRoleNames() const override;
};
