#pragma once

// What the Billing GUI tests share: opening the Billing tab by keyboard, money as the user's
// locale writes it, asking the server what it has, and saving screenshots.

#include "UiTestSupport.h"

#include "BillingPage.h"
#include "DisplayText.h"
#include "Gate.h"
#include "InvoicesPanel.h"
#include "MessageBar.h"
#include "PaymentMethodsPanel.h"
#include "Roles.h"
#include "SubscriptionPanel.h"

#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QListView>
#include <QLocale>
#include <QPointer>
#include <QTableView>
#include <QTest>

// Ctrl+4, as a user opens the tab: the page, active, with the focus where work starts.
inline BillingPage *openBillingTab(UiHarness &h)
{
    MainWindow *w = h.window();
    typeKey(Qt::Key_4, Qt::ControlModifier);
    auto *page = qobject_cast<BillingPage *>(w->page(MainWindow::BillingTab));
    if (!page || !QTest::qWaitFor([page] { return page->isActive() && page->isVisible(); }, 5000))
        return nullptr;
    return page;
}

// Waits until the dialog is hidden or gone: dialogs opened by the app delete themselves when
// closed (deleteLater, so the pointer is still good right after the key that closes them).
#define QTRY_CLOSED(dialog)                                                                                            \
    do {                                                                                                               \
        QPointer<QWidget> alive_(dialog);                                                                              \
        QTRY_VERIFY(!alive_ || !alive_->isVisible());                                                                  \
    } while (false)

inline QAction *billingAction(BillingPage *page, const char *name)
{
    return page->findChild<QAction *>(QLatin1String(name));
}

// Money as the test expects the user to read it, worked out here with QLocale (the C locale
// has no currency format of its own; English's is used then).
inline QString expectedMoney(qint64 minorUnits, const QString &symbol = QStringLiteral("$"))
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale.toCurrencyString(double(minorUnits) / 100.0, symbol, 2);
}

inline QDateTime serverTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

// The org's billing as the server has it, asked over raw HTTP as `email`.
class BillingServer
{
public:
    explicit BillingServer(UiHarness &h, const QString &email = QStringLiteral("ada@acme.test"))
        : m_http(h.http(email))
        , m_orgId(h.orgId())
    { }

    QJsonObject subscription() const { return m_http->get(path("/billing/subscription")).object(); }
    QJsonArray invoices() const
    {
        return m_http->get(path("/billing/invoices?perPage=500")).object().value(QStringLiteral("items")).toArray();
    }
    QJsonArray cards() const { return m_http->get(path("/billing/payment-methods")).array(); }
    QJsonObject card(const QString &last4) const
    {
        for (const auto &card : cards()) {
            if (card.toObject().value(QStringLiteral("last4")).toString() == last4)
                return card.toObject();
        }
        return {};
    }
    HttpClient &http() const { return *m_http; }
    QString path(const char *tail) const { return QStringLiteral("/orgs/") + m_orgId + QLatin1String(tail); }

private:
    std::unique_ptr<HttpClient> m_http;
    QString m_orgId;
};

// Renders a widget to ORGDESK_SHOTS_DIR (else shots/ beside the test binary), for a person
// to look at.
inline QString saveBillingShot(QWidget *widget, const QString &name)
{
    QString dir = qEnvironmentVariable("ORGDESK_SHOTS_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/shots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    widget->grab().save(path);
    return path;
}
