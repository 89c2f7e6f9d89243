#pragma once

#include "KeyedListModel.h"
#include "domain/Member.h"

#include <QSet>

// The org's members, one row per member, in arrival order (MemberFilterModel sorts,
// filters and pages them for the view).
class MembersModel : public KeyedListModel<domain::Member>
{
    Q_OBJECT
public:
    // Saved header state depends on these numbers: append only.
    enum Column { Name, Email, Joined, Role, Actions, ColumnCount };
    Q_ENUM(Column)

    explicit MembersModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Whether a member other than those in `excludedUserIds` is an Admin: the org's
    // last-admin rule (API.md), checked before a change that would break it is sent.
    // Stops at the first such admin.
    bool hasAdminOtherThan(const QSet<QString> &excludedUserIds) const;

protected:
    const QString &idOf(const domain::Member &member) const override { return member.userId; }
    void compare(const domain::Member &before, const domain::Member &after, Difference &difference) const override;
    QVariant itemData(const domain::Member &member, int column, int role) const override;
    QHash<int, QByteArray> itemRoleNames() const override;
};
