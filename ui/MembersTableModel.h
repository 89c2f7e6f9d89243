#pragma once

#include "domain/Role.h"

#include <QHash>
#include <QIdentityProxyModel>

class MemberFilterModel;

// What the members table shows over a MemberFilterModel (which searches, sorts and pages):
// the Role column becomes editable for those who may change roles, a role change on its way
// to the server is shown at once (IsPendingRole, in the requested role) and dropped again
// when it fails, and stale rows (offline cache) are drawn dimmed. The members model itself is
// never patched: after every write the session syncs it to what the server has.
class MembersTableModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit MembersTableModel(QObject *parent = nullptr);

    void setFilterModel(MemberFilterModel *filter);
    MemberFilterModel *filterModel() const { return m_filter; }

    void setRoleEditable(bool editable);
    bool isRoleEditable() const { return m_roleEditable; }

    // Shows `role` for the member until clearPendingRole (the request failed) or until the
    // members model's row says so itself (the sync brought the change).
    void setPendingRole(const QString &userId, domain::Role role);
    void clearPendingRole(const QString &userId);
    bool hasPendingRole(const QString &userId) const { return m_pendingRoles.contains(userId); }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void emitRowChanged(const QString &userId);
    void dropConfirmedRoles();

    MemberFilterModel *m_filter = nullptr;
    bool m_roleEditable = false;
    QHash<QString, domain::Role> m_pendingRoles;
};
