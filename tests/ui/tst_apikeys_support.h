#pragma once

// What the API Keys GUI tests share: opening the tab, finding rows, driving the generate
// dialog by keys and asking the server what it has.

#include "UiTestSupport.h"

#include "ApiKeyDialog.h"
#include "ApiKeyToggleDelegate.h"
#include "ApiKeysFilterModel.h"
#include "ApiKeysModel.h"
#include "ApiKeysPage.h"
#include "ApiKeysTableModel.h"
#include "ApiKeysTableView.h"
#include "ClipboardGuard.h"
#include "Gate.h"
#include "KeySecretDialog.h"
#include "KeySecrets.h"
#include "Roles.h"
#include "api/ApiKeyRequests.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

const QString kProduction = QStringLiteral("Production agents");
const QString kStaging = QStringLiteral("Staging agents");
const QString kCi = QStringLiteral("CI pipeline");

inline QAction *keyAction(ApiKeysPage *page, const char *name)
{
    return page->findChild<QAction *>(QLatin1String(name));
}

// Shows the API Keys tab (Ctrl+3, as a user would) and returns its page, active, with the
// focus where work starts.
inline ApiKeysPage *openApiKeysTab(UiHarness &h)
{
    MainWindow *w = h.window();
    QTest::keyClick(w, Qt::Key_3, Qt::ControlModifier);
    auto *page = qobject_cast<ApiKeysPage *>(w->page(MainWindow::ApiKeysTab));
    if (!page)
        return nullptr;
    if (!QTest::qWaitFor([page] { return page->isActive() && page->isVisible(); }, 5000))
        return nullptr;
    page->focusStart();
    return page;
}

// The key names on screen, in display order.
inline QStringList shownKeys(ApiKeysPage *page)
{
    QStringList rows;
    const QAbstractItemModel *model = page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->index(row, ApiKeysTableModel::Name).data(ItemRoles::NameRole).toString();
    return rows;
}

// The on-screen cell of the key with this name in a column (invalid when not shown).
inline QModelIndex shownCell(ApiKeysPage *page, const QString &name, int column)
{
    const QAbstractItemModel *model = page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(ItemRoles::NameRole).toString() == name)
            return index;
    }
    return {};
}
inline QString shownText(ApiKeysPage *page, const QString &name, int column, int role = Qt::DisplayRole)
{
    return shownCell(page, name, column).data(role).toString();
}

// Filters for `name` (Ctrl+F), then Down onto the first row.
inline void selectByFilter(const QString &name)
{
    typeKey(Qt::Key_F, Qt::ControlModifier);
    typeKey(Qt::Key_A, Qt::ControlModifier);
    typeText(name);
    typeKey(Qt::Key_Down);
}

// Asks the server (as ada, over raw HTTP) which keys it has.
class KeyServer
{
public:
    explicit KeyServer(UiHarness &h, const QString &email = QStringLiteral("ada@acme.test"))
        : m_http(h.http(email))
        , m_orgId(h.orgId())
    { }

    QString path() const { return QStringLiteral("/orgs/") + m_orgId + QStringLiteral("/api-keys"); }
    QJsonArray keys() const { return m_http->get(path()).array(); }
    // The key with this name ({} when there is none).
    QJsonObject key(const QString &name) const
    {
        const QJsonArray all = keys();
        for (const auto &item : all) {
            if (item.toObject().value(QStringLiteral("name")).toString() == name)
                return item.toObject();
        }
        return {};
    }
    bool has(const QString &name) const { return !key(name).isEmpty(); }
    bool enabled(const QString &name) const { return key(name).value(QStringLiteral("enabled")).toBool(); }
    // Generates a key elsewhere (not in this app) and returns the server's answer.
    QJsonObject generate(const QString &name)
    {
        return m_http->post(path(), QJsonObject {{QStringLiteral("name"), name}}).object();
    }
    // Whether the secret opens GET /agent/ping (what an agent does with it).
    bool secretWorks(const QString &secret) const
    {
        const HttpResponse r = m_http->get(QStringLiteral("/agent/ping"),
                                           {{QByteArrayLiteral("Authorization"), "Bearer " + secret.toLatin1()}});
        return r.status == 200;
    }
    HttpClient &http() const { return *m_http; }
    QString orgId() const { return m_orgId; }

private:
    std::unique_ptr<HttpClient> m_http;
    QString m_orgId;
};

// Opens the generate dialog by Ctrl+N on the page and returns it, active.
inline ApiKeyDialog *openGenerateDialog()
{
    typeKey(Qt::Key_N, Qt::ControlModifier);
    return waitForDialog<ApiKeyDialog>();
}

// Renders a widget to build/<dir>/shots/<name>.png (ORGDESK_SHOTS_DIR, else beside the test
// binary), for a person to look at.
inline QString saveKeyShot(QWidget *widget, const QString &name)
{
    QString dir = qEnvironmentVariable("ORGDESK_SHOTS_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/shots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    widget->grab().save(path);
    return path;
}
