// Renders each tab and each dialog to PNG files, as a person would see them: in ctest
// offscreen (into a temporary folder, checking that each image shows something), and under
// Xvfb through scripts/screenshots.sh (into ORGDESK_SHOTS_DIR, to be looked at).
#include "UiTestSupport.h"

#include "ApiKeyDialog.h"
#include "ApiKeysPage.h"
#include "BillingPage.h"
#include "CommandPalette.h"
#include "ConfirmDialog.h"
#include "InvoicesPanel.h"
#include "KeySecretDialog.h"
#include "ModelsTestSupport.h"
#include "PaymentMethodsPanel.h"
#include "SeatsDialog.h"
#include "tst_apikeys_support.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_dir;
    QStringList m_written;

    // Saves the widget as it is drawn now and checks that the picture is not blank, and that
    // no visible label is squeezed below the height its text needs (clipped text).
    void shoot(QWidget *widget, const QString &name)
    {
        QApplication::processEvents();
        const auto labels = widget->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (!label->isVisible() || label->text().isEmpty() || label->height() == 0)
                continue;
            const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
            QVERIFY2(label->height() + 1 >= needed,
                     qPrintable(QStringLiteral("%1: \"%2\" is %3 px high, needs %4")
                                    .arg(name, label->text().left(40))
                                    .arg(label->height())
                                    .arg(needed)));
        }
        const QImage image = widget->grab().toImage();
        QVERIFY2(!image.isNull() && image.width() >= 200 && image.height() >= 80,
                 qPrintable(QStringLiteral("%1: %2×%3 px").arg(name).arg(image.width()).arg(image.height())));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, qPrintable(name + QStringLiteral(" looks blank")));
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(path), qPrintable(path));
        m_written << path;
    }

    // Triggers the action, shoots the modal dialog it opens, closes it with Escape.
    void shootDialog(MainWindow *w, const QString &actionName, const QString &name)
    {
        QAction *a = w->action(actionName);
        QVERIFY2(a, qPrintable(actionName));
        QVERIFY2(a->isEnabled(), qPrintable(actionName + QStringLiteral(": ") + a->toolTip()));
        a->trigger();
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *dialog = QApplication::activeModalWidget();
        QTest::qWait(50); // let it lay itself out at its final size
        shoot(dialog, name);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    void selectFirstMember(MainWindow *w)
    {
        auto *view = w->page(MainWindow::MembersTab)->findChild<QTableView *>(QStringLiteral("membersTable"));
        QVERIFY(view && view->model()->rowCount() > 1);
        view->setFocus();
        view->selectRow(1);
    }

private slots:
    void initTestCase()
    {
        // One folder per language: build/shots/en, build/shots/de.
        const QString language = installTestLanguage();
        m_dir = qEnvironmentVariable("ORGDESK_SHOTS_DIR");
        if (m_dir.isEmpty())
            m_dir = m_temp.path();
        m_dir += QLatin1Char('/') + language;
        QVERIFY(QDir().mkpath(m_dir));
    }

    void adminTabsAndDialogs()
    {
        UiHarness h;
        QVERIFY(h.startServer(230));
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        w->resize(1180, 760);
        const QStringList tabs = {QStringLiteral("general"), QStringLiteral("members"), QStringLiteral("apikeys"),
                                  QStringLiteral("billing")};
        for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
            w->setCurrentTab(static_cast<MainWindow::Tab>(tab));
            shoot(w, QStringLiteral("admin-") + tabs[tab]);
        }
        w->setCurrentTab(MainWindow::GeneralTab);
        shootDialog(w, QStringLiteral("deleteOrg"), QStringLiteral("dialog-delete-org"));
        w->setCurrentTab(MainWindow::MembersTab);
        shootDialog(w, QStringLiteral("inviteMember"), QStringLiteral("dialog-invite"));
        selectFirstMember(w);
        shootDialog(w, QStringLiteral("removeMember"), QStringLiteral("dialog-remove-member"));
        shootDialog(w, QStringLiteral("keyboardShortcuts"), QStringLiteral("dialog-shortcuts"));
        shootDialog(w, QStringLiteral("signIn"), QStringLiteral("dialog-sign-in"));
        shootDialog(w, QStringLiteral("acceptInvitation"), QStringLiteral("dialog-accept-invitation"));
        // The members tab searched, and on a later page.
        w->setCurrentTab(MainWindow::MembersTab);
        typeKey(Qt::Key_F, Qt::ControlModifier);
        typeText(QStringLiteral("ma"));
        shoot(w, QStringLiteral("admin-members-search"));
        typeKey(Qt::Key_Escape);

        // The command palette: everything, a search, a member search.
        w->setCurrentTab(MainWindow::GeneralTab);
        typeKey(Qt::Key_K, Qt::ControlModifier);
        auto *palette = waitForDialog<CommandPalette>();
        QVERIFY(palette);
        shoot(palette, QStringLiteral("palette"));
        // A few letters of a command in the language shown.
        typeText(w->action(QStringLiteral("removeMember"))->text().remove(QLatin1Char('&')).left(3));
        shoot(palette, QStringLiteral("palette-search"));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
        reactivate(w);
        typeKey(Qt::Key_G, Qt::ControlModifier);
        QVERIFY(waitForDialog<CommandPalette>());
        typeText(QStringLiteral("ma"));
        shoot(palette, QStringLiteral("palette-members"));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
    }

    void apiKeysTabAndDialogs()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        KeyServer server(h);
        // Some variety: a key used, a key disabled, and one generated here (its copy icon).
        const QJsonObject used = server.generate(QStringLiteral("Monitoring agent (EU)"));
        QVERIFY(server.secretWorks(used.value(QStringLiteral("secret")).toString()));
        QCOMPARE(
            server.http()
                .patch(server.path() + QLatin1Char('/') + server.key(kStaging).value(QStringLiteral("id")).toString(),
                       QJsonObject {{QStringLiteral("enabled"), false}})
                .status,
            200);
        QVERIFY(h.syncNow());
        QPointer<ApiKeyDialog> dialog = openGenerateDialog();
        QVERIFY(dialog);
        typeText(QStringLiteral("Deploy bot"));
        typeKey(Qt::Key_Tab);
        typeText(QStringLiteral("Used by the deploy pipeline to report releases"));
        shoot(dialog, QStringLiteral("apikeys-generate-dialog"));
        typeKey(Qt::Key_G, Qt::AltModifier);
        QPointer<KeySecretDialog> secret = waitForDialog<KeySecretDialog>();
        QVERIFY(secret);
        shoot(secret, QStringLiteral("apikeys-secret-dialog"));
        typeKey(Qt::Key_Return); // Copy
        QTRY_VERIFY(!secret->statusText().isEmpty());
        shoot(secret, QStringLiteral("apikeys-secret-dialog-copied"));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!secret);
        QVERIFY(reactivate(h.window()));
        QTRY_COMPARE(shownKeys(page).size(), 5);
        shoot(h.window(), QStringLiteral("apikeys-page-admin"));

        typeKey(Qt::Key_N, Qt::ControlModifier);
        dialog = waitForDialog<ApiKeyDialog>();
        QVERIFY(dialog);
        typeText(QStringLiteral("x"));
        typeKey(Qt::Key_Backspace);
        typeKey(Qt::Key_Tab);
        typeText(QString(510, QLatin1Char('d')));
        shoot(dialog, QStringLiteral("apikeys-generate-dialog-invalid"));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(reactivate(h.window()));

        selectByFilter(QStringLiteral("production"));
        typeKey(Qt::Key_F2);
        dialog = waitForDialog<ApiKeyDialog>();
        QVERIFY(dialog);
        shoot(dialog, QStringLiteral("apikeys-edit-dialog"));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(reactivate(h.window()));
        page->table()->setFocus();
        typeKey(Qt::Key_Delete);
        QPointer<ConfirmDialog> confirm = waitForDialog<ConfirmDialog>();
        QVERIFY(confirm);
        shoot(confirm, QStringLiteral("apikeys-remove-confirmation"));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!confirm);
        QVERIFY(reactivate(h.window()));
        selectByFilter(QStringLiteral("ci pipeline"));
        typeKey(Qt::Key_Space);
        // The Undo offer (in any language) once the server has it disabled.
        QTRY_VERIFY(!server.key(kCi).value(QStringLiteral("enabled")).toBool(true));
        QTRY_VERIFY(h.window()->messageBar()->isVisible() && !h.window()->messageBar()->text().isEmpty());
        shoot(h.window(), QStringLiteral("apikeys-disabled-undo"));

        for (const QString &email : {kMax, kUma}) {
            UiHarness other;
            QVERIFY(other.startServer());
            QVERIFY(other.signIn(email));
            QVERIFY(openApiKeysTab(other));
            shoot(other.window(),
                  email == kMax ? QStringLiteral("apikeys-page-manager") : QStringLiteral("apikeys-page-user"));
        }
    }

    // The Billing tab's dialogs: seats, an invoice, removing a card.
    void billingDialogs()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        w->resize(1180, 760);
        w->setCurrentTab(MainWindow::BillingTab);
        auto *page = qobject_cast<BillingPage *>(w->page(MainWindow::BillingTab));
        QVERIFY(page);
        SeatsDialog *seats = page->showSeatsDialog();
        QVERIFY(seats && waitForDialog<SeatsDialog>());
        seats->spinBox()->setValue(seats->spinBox()->value() + 5);
        shoot(seats, QStringLiteral("dialog-seats-up"));
        seats->spinBox()->setValue(qMax(1, seats->spinBox()->value() - 8));
        shoot(seats, QStringLiteral("dialog-seats-down"));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(reactivate(w));

        QTableView *invoices = page->invoicesPanel()->table();
        QVERIFY(invoices->model()->rowCount() > 0);
        invoices->setFocus();
        invoices->selectRow(0);
        shootDialog(w, QStringLiteral("openInvoice"), QStringLiteral("dialog-invoice"));
        QVERIFY(reactivate(w));

        QListView *cards = page->paymentMethodsPanel()->list();
        cards->setFocus();
        for (int row = 0; row < cards->model()->rowCount(); ++row) {
            if (!cards->model()->index(row, 0).data(ItemRoles::IsDefaultRole).toBool()) {
                cards->setCurrentIndex(cards->model()->index(row, 0));
                break;
            }
        }
        shootDialog(w, QStringLiteral("removeCard"), QStringLiteral("dialog-remove-card"));
    }

    void userTabs()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("uma@acme.test")));
        MainWindow *w = h.window();
        w->resize(1180, 760);
        w->setCurrentTab(MainWindow::GeneralTab);
        shoot(w, QStringLiteral("user-general"));
        w->setCurrentTab(MainWindow::MembersTab);
        shoot(w, QStringLiteral("user-members"));
        w->setCurrentTab(MainWindow::BillingTab);
        shoot(w, QStringLiteral("user-billing"));
        w->setCurrentTab(MainWindow::ApiKeysTab);
        shoot(w, QStringLiteral("user-apikeys"));
        // A command the role may not run, listed with the reason.
        w->setCurrentTab(MainWindow::GeneralTab);
        typeKey(Qt::Key_K, Qt::ControlModifier);
        auto *palette = waitForDialog<CommandPalette>();
        QVERIFY(palette);
        typeText(w->action(QStringLiteral("inviteMember"))->text().remove(QLatin1Char('&')).left(6));
        shoot(palette, QStringLiteral("user-palette-disabled"));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
    }

    void offlineWindow()
    {
        QTemporaryDir dbDir;
        const QString db = QStringLiteral("sqlite:") + dbDir.filePath(QStringLiteral("orgdesk.db"));
        const quint16 port = freePort();
        UiHarness h;
        QVERIFY(h.startServer(pinnedServer(db, port, true, 40)));
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        h.restartApp();
        h.server()->kill();
        QVERIFY(h.resume(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        w->resize(1180, 760);
        w->setCurrentTab(MainWindow::MembersTab);
        QTRY_VERIFY(w->findChild<QWidget *>(QStringLiteral("offlineNotice"))->isVisible());
        shoot(w, QStringLiteral("offline-members"));
    }

    void cleanupTestCase() { qInfo("%lld screenshots in %s", qlonglong(m_written.size()), qPrintable(m_dir)); }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
