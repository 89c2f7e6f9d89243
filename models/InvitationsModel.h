#pragma once

#include "KeyedListModel.h"
#include "domain/Invitation.h"

#include <QDateTime>

#include <functional>

// Pending (and expired, not yet replaced) invitations. "Expired" is not in the feed: it is
// worked out from expiresAt against the model's clock whenever it is asked.
class InvitationsModel : public KeyedListModel<domain::Invitation>
{
    Q_OBJECT
public:
    // Saved header state depends on these numbers: append only.
    enum Column { Email, Role, InvitedBy, Expires, Status, ColumnCount };
    Q_ENUM(Column)

    explicit InvitationsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Default QDateTime::currentDateTimeUtc; tests inject their own.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }
    // Passing an expiry raises no version, so no batch tells the model; call this (e.g. at
    // nextExpiry()) and rows that expired since the last call get dataChanged.
    void refreshExpiry();
    // The earliest expiresAt still in the future, or a null QDateTime: when to call
    // refreshExpiry() next.
    QDateTime nextExpiry() const;

protected:
    const QString &idOf(const domain::Invitation &invitation) const override { return invitation.id; }
    void compare(const domain::Invitation &before, const domain::Invitation &after,
                 Difference &difference) const override;
    QVariant itemData(const domain::Invitation &invitation, int column, int role) const override;
    QHash<int, QByteArray> itemRoleNames() const override;

private:
    static QList<int> expiryRoles();

    std::function<QDateTime()> m_clock;
    QDateTime m_lastRefresh;
};
