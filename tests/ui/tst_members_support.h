#pragma once

// What the Members and invitations GUI tests share: opening the Members tab, finding rows and
// asking the server what it has.

#include "UiTestSupport.h"

#include "Gate.h"
#include "MemberFilterModel.h"
#include "MembersPage.h"
#include "MembersTableModel.h"
#include "MembersTableView.h"
#include "Roles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>
#include <QUrl>

inline QAction *pageAction(MembersPage *page, const char *name)
{
    return page->findChild<QAction *>(QLatin1String(name));
}

// Shows the Members tab of the harness's window and returns its page, active, with the focus
// where work starts (the search field).
inline MembersPage *openMembersTab(UiHarness &h)
{
    MainWindow *w = h.window();
    w->setCurrentTab(MainWindow::MembersTab);
    auto *page = qobject_cast<MembersPage *>(w->page(MainWindow::MembersTab));
    if (!page)
        return nullptr;
    if (!QTest::qWaitFor([page] { return page->isActive() && page->isVisible(); }, 5000))
        return nullptr;
    page->focusStart();
    return page;
}

// The member rows on screen, as "name <email>", in display order.
inline QStringList shownMembers(MembersPage *page)
{
    QStringList rows;
    const QAbstractItemModel *model = page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        rows << index.data(ItemRoles::NameRole).toString() + QStringLiteral(" <")
                + index.data(ItemRoles::EmailRole).toString() + QLatin1Char('>');
    }
    return rows;
}

// What the Role column shows for the member with this email on the current page, or empty.
inline QString shownRole(MembersPage *page, const QString &email)
{
    const QAbstractItemModel *model = page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, MembersModel::Role);
        if (index.data(ItemRoles::EmailRole).toString() == email)
            return index.data(Qt::DisplayRole).toString();
    }
    return {};
}

// Types `query` into the search (reached by Ctrl+F), then Down into the first result.
inline void searchAndEnterResults(const QString &query)
{
    typeKey(Qt::Key_F, Qt::ControlModifier);
    typeText(query);
    typeKey(Qt::Key_Down);
}

inline QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// Asks the server (as ada, the admin, over raw HTTP) what it has: the check behind every
// on-screen result.
class ServerCheck
{
public:
    explicit ServerCheck(UiHarness &h, const QString &email = QStringLiteral("ada@acme.test"))
        : m_http(h.http(email))
        , m_orgId(h.orgId())
    { }

    // The member with this email ({} when it is not a member).
    QJsonObject member(const QString &email) const { return serverMember(*m_http, m_orgId, email); }
    QString role(const QString &email) const { return member(email).value(QStringLiteral("role")).toString(); }
    bool isMember(const QString &email) const { return !member(email).isEmpty(); }

    QJsonArray invitations() const
    {
        return m_http->get(QStringLiteral("/orgs/") + m_orgId + QStringLiteral("/invitations")).array();
    }
    QJsonObject invitation(const QString &email) const
    {
        const QJsonArray all = invitations();
        for (const auto &item : all) {
            if (item.toObject().value(QStringLiteral("email")).toString() == email)
                return item.toObject();
        }
        return {};
    }
    HttpClient &http() const { return *m_http; }
    QString orgId() const { return m_orgId; }

private:
    std::unique_ptr<HttpClient> m_http;
    QString m_orgId;
};

// Renders a widget to build/<dir>/shots/<name>.png (ORGDESK_SHOTS_DIR, else beside the test
// binary), for a person to look at.
inline QString saveShot(QWidget *widget, const QString &name)
{
    QString dir = qEnvironmentVariable("ORGDESK_SHOTS_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/shots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    widget->grab().save(path);
    return path;
}
