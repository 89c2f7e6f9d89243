#pragma once

#include <QHash>
#include <QIdentityProxyModel>

class ApiKeysModel;
class KeySecrets;

// What the API keys table shows over the org's ApiKeysModel: two more columns (the copy-secret
// icon, present only while this session holds the key's secret, and the row's "⋯" menu), the
// enabled state a toggle on its way to the server asks for (IsPendingRole, dropped when the
// model says so itself or the request fails), the prefix in a monospace font, stale rows
// (offline cache) dimmed, and tooltips and accessible texts that say what each cell does.
// The source model is never patched: after every write the session syncs it.
class ApiKeysTableModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    // The first seven are ApiKeysModel's columns (saved header state depends on the numbers:
    // append only).
    enum Column { Name, Description, Enabled, Prefix, Created, CreatedBy, LastUsed, Copy, Actions, ColumnCount };
    Q_ENUM(Column)

    ApiKeysTableModel(ApiKeysModel *keys, KeySecrets *secrets, QObject *parent = nullptr);

    ApiKeysModel *keysModel() const { return m_keys; }

    // Whether toggling is possible now (role, online): the Enabled cells are then checkable
    // and say "click or press Space".
    void setWritable(bool writable);
    bool isWritable() const { return m_writable; }

    void setPendingEnabled(const QString &keyId, bool enabled);
    void clearPendingEnabled(const QString &keyId);
    bool hasPendingEnabled(const QString &keyId) const { return m_pendingEnabled.contains(keyId); }

    // The row of the key, or -1.
    int rowOf(const QString &keyId) const;
    // Whether the copy icon of this row copies (the session holds the key's secret).
    bool canCopy(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    // The extra columns have no source cell: without these two a view would find no buddy
    // to send a click to, and an item view no data to copy.
    QModelIndex buddy(const QModelIndex &index) const override;
    QMap<int, QVariant> itemData(const QModelIndex &index) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text the copy cell gives when it cannot copy: why not, and what to do.
    static QString cannotCopyText();

private:
    bool isExtraColumn(int column) const;
    QString keyIdAt(int row) const;
    void emitRowChanged(const QString &keyId, int firstColumn, int lastColumn, const QList<int> &roles);
    void onSecretsChanged(const QString &keyId);
    void dropConfirmed();

    ApiKeysModel *m_keys;
    KeySecrets *m_secrets;
    bool m_writable = false;
    QHash<QString, bool> m_pendingEnabled;
};
