// The Billing tab, driven by keyboard against the real server: the subscription with money
// in the user's locale, changing seats up and down (and Escape, and the server's refusal),
// opening an invoice, the cards (make default, remove, the last-card rule), adding a card
// through the billing portal, what each role sees, and offline.
#include "tst_billing_support.h"

#include "ConfirmDialog.h"
#include "InvoiceDialog.h"
#include "InvoicesModel.h"
#include "PaymentMethodsModel.h"
#include "SeatsDialog.h"
#include "SubscriptionObject.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

namespace {

// Opens the seats dialog as a user does (Alt+S: the "Change Seats…" button's mnemonic).
SeatsDialog *openSeatsDialog()
{
    typeKey(Qt::Key_S, Qt::AltModifier);
    return waitForDialog<SeatsDialog>();
}

// Types a number into the focused spin box, replacing what is there.
void typeSeats(int seats)
{
    typeKey(Qt::Key_A, Qt::ControlModifier);
    typeText(QString::number(seats));
}

QStringList cardsShown(BillingPage *page)
{
    QStringList shown;
    const QAbstractItemModel *model = page->paymentMethodsPanel()->list()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, 0).data(Qt::DisplayRole).toString();
    return shown;
}

// The focus on the card list (Alt+Y, the "Payment methods" box's mnemonic), then on the
// card at `row` by arrows.
void focusCard(BillingPage *page, int row)
{
    typeKey(Qt::Key_Y, Qt::AltModifier);
    QListView *list = page->paymentMethodsPanel()->list();
    QTRY_COMPARE(focused(), list);
    typeKey(Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        typeKey(Qt::Key_Down);
    QTRY_COMPARE(list->currentIndex().row(), row);
}

} // namespace

class TestBilling : public QObject
{
    Q_OBJECT
private:
private slots:
    void initTestCase() { installTestLanguage(); }

    void subscriptionInTheUsersLocale()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingServer server(h);
        const QJsonObject sub = server.subscription();
        QCOMPARE(sub.value(QStringLiteral("seats")).toInt(), 25);
        QCOMPARE(sub.value(QStringLiteral("pricePerSeat")).toInt(), 1900);
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QCOMPARE(page->unavailableText(), QString());
        QCOMPARE(page->readOnlyText(), QString());
        SubscriptionPanel *panel = page->subscriptionPanel();
        QCOMPARE(panel->shown(QStringLiteral("plan")), QStringLiteral("Pro")); // words, not "pro"
        QCOMPARE(panel->shown(QStringLiteral("subscriptionStatus")), QStringLiteral("Active"));
        QCOMPARE(panel->shown(QStringLiteral("seats")), QStringLiteral("25"));
        QCOMPARE(panel->shown(QStringLiteral("pendingSeats")), QString()); // none scheduled: no row
        QCOMPARE(panel->shown(QStringLiteral("pricePerSeat")), expectedMoney(1900) + QStringLiteral(" per month"));
        QCOMPARE(panel->shown(QStringLiteral("interval")), QStringLiteral("Monthly"));
        QCOMPARE(panel->shown(QStringLiteral("total")), expectedMoney(25 * 1900) + QStringLiteral(" for 25 seats"));
        const QDateTime end = serverTime(sub.value(QStringLiteral("currentPeriodEnd")));
        QCOMPARE(panel->shown(QStringLiteral("renewal")),
                 QLocale().toString(end.toLocalTime().date(), QLocale::ShortFormat));
        // The invoices, newest first, amounts in the same format.
        QTableView *table = page->invoicesPanel()->table();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 12);
        const QJsonObject newest = server.invoices().at(0).toObject();
        QCOMPARE(table->model()->index(0, InvoicesModel::Number).data().toString(),
                 newest.value(QStringLiteral("number")).toString());
        QCOMPARE(table->model()->index(0, InvoicesModel::Amount).data().toString(), expectedMoney(47500));
        QCOMPARE(table->model()->index(0, InvoicesModel::Status).data().toString(), QStringLiteral("Paid"));
        // The cards, in words.
        QCOMPARE(cardsShown(page).size(), 2);
        QVERIFY2(cardsShown(page).at(0).startsWith(QStringLiteral("Visa \u2022\u2022\u2022\u2022 4242, expires ")),
                 qPrintable(cardsShown(page).at(0)));
        QVERIFY(cardsShown(page).at(0).endsWith(QStringLiteral(", default card")));
        QVERIFY(cardsShown(page).at(1).startsWith(QStringLiteral("Mastercard \u2022\u2022\u2022\u2022 5454")));
        QVERIFY(!cardsShown(page).at(1).contains(QStringLiteral("default")));
        saveBillingShot(h.window(), QStringLiteral("billing-admin"));
    }

    void moneyFollowsTheLocale()
    {
        UiHarness h; // sets the test language and its locale first
        const QLocale before;
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        const QLocale german(QLocale::German, QLocale::Germany);
        QLocale::setDefault(german);
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        const QString price = german.toCurrencyString(19.0, QStringLiteral("$"), 2);
        QCOMPARE(price, QStringLiteral("19,00\u00a0$")); // what German writes: the test means something
        QCOMPARE(page->subscriptionPanel()->shown(QStringLiteral("pricePerSeat")),
                 price + QStringLiteral(" per month"));
        QCOMPARE(page->invoicesPanel()->table()->model()->index(0, InvoicesModel::Amount).data().toString(),
                 german.toCurrencyString(475.0, QStringLiteral("$"), 2));
    }

    void changeSeatsUpAppliesNow()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingServer server(h);
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        const QJsonObject before = server.subscription();
        const QDateTime start = serverTime(before.value(QStringLiteral("currentPeriodStart")));
        const QDateTime end = serverTime(before.value(QStringLiteral("currentPeriodEnd")));

        SeatsDialog *dialog = openSeatsDialog();
        QVERIFY(dialog);
        QCOMPARE(focused(), dialog->spinBox());
        QCOMPARE(dialog->seats(), 25);
        QCOMPARE(dialog->headline(), QStringLiteral("Nothing to change"));
        QVERIFY(!dialog->changeButton()->isEnabled());
        typeSeats(30);
        QCOMPARE(dialog->headline(), QStringLiteral("Applies now, prorated"));
        QVERIFY(dialog->changeButton()->isEnabled());
        // The estimate: 5 seats × $19 for the part of the period still to come.
        const double left = double(end.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch())
            / double(end.toSecsSinceEpoch() - start.toSecsSinceEpoch());
        const qint64 estimate = qRound64(5 * 1900 * left);
        QVERIFY2(
            dialog->explanation().contains(QStringLiteral("Adding 5 seats costs about %1").arg(expectedMoney(estimate)))
                || dialog->explanation().contains(
                    QStringLiteral("Adding 5 seats costs about %1").arg(expectedMoney(estimate - 1))),
            qPrintable(dialog->explanation()));
        QVERIFY2(dialog->explanation().contains(
                     QStringLiteral("The new recurring total is %1 per month.").arg(expectedMoney(30 * 1900))),
                 qPrintable(dialog->explanation()));
        saveBillingShot(dialog, QStringLiteral("seats-up"));

        const int invoicesBefore = int(server.invoices().size());
        typeKey(Qt::Key_Return);
        QTRY_CLOSED(dialog);
        QCOMPARE(server.subscription().value(QStringLiteral("seats")).toInt(), 30);
        QVERIFY(server.subscription().value(QStringLiteral("pendingSeats")).isNull());
        const QJsonArray invoices = server.invoices();
        QCOMPARE(invoices.size(), invoicesBefore + 1);
        const QJsonObject prorated = invoices.at(0).toObject();
        QCOMPARE(prorated.value(QStringLiteral("status")).toString(), QStringLiteral("open"));

        // On screen after the sync the write started: the seats, and the open invoice on top.
        QTRY_COMPARE(page->subscriptionPanel()->shown(QStringLiteral("seats")), QStringLiteral("30"));
        QCOMPARE(page->subscriptionPanel()->shown(QStringLiteral("total")),
                 expectedMoney(30 * 1900) + QStringLiteral(" for 30 seats"));
        QTableView *table = page->invoicesPanel()->table();
        QTRY_COMPARE(table->model()->rowCount(), invoicesBefore + 1);
        QCOMPARE(table->model()->index(0, InvoicesModel::Number).data().toString(),
                 prorated.value(QStringLiteral("number")).toString());
        QCOMPARE(table->model()->index(0, InvoicesModel::Status).data().toString(), QStringLiteral("Open"));
        QCOMPARE(table->model()->index(0, InvoicesModel::Amount).data().toString(),
                 expectedMoney(prorated.value(QStringLiteral("amount")).toInteger()));
        QVERIFY(qAbs(prorated.value(QStringLiteral("amount")).toInteger() - estimate) <= 2);
        MessageBar *bar = h.window()->messageBar();
        QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
        QVERIFY2(bar->text().contains(QStringLiteral("now has 30 seats")), qPrintable(bar->text()));
    }

    void changeSeatsDownFromTheNextPeriod()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingServer server(h);
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        const QDateTime end = serverTime(server.subscription().value(QStringLiteral("currentPeriodEnd")));
        const QString renewal = DisplayText::date(end);
        QVERIFY(!renewal.isEmpty());

        SeatsDialog *dialog = openSeatsDialog();
        QVERIFY(dialog);
        typeSeats(8);
        QCOMPARE(dialog->headline(), QStringLiteral("From the next period, %1").arg(renewal));
        QVERIFY2(dialog->explanation().contains(QStringLiteral("You keep 25 seats until %1").arg(renewal)),
                 qPrintable(dialog->explanation()));
        QVERIFY2(dialog->explanation().contains(
                     QStringLiteral("has 8 seats and costs %1 per month").arg(expectedMoney(8 * 1900))),
                 qPrintable(dialog->explanation()));
        // The explanation follows the value as it changes: up again, then back down.
        typeKey(Qt::Key_Up);
        QCOMPARE(dialog->seats(), 9);
        QVERIFY(dialog->explanation().contains(QStringLiteral("has 9 seats")));
        typeKey(Qt::Key_Down);
        saveBillingShot(dialog, QStringLiteral("seats-down"));
        const int invoicesBefore = int(server.invoices().size());
        typeKey(Qt::Key_Return);
        QTRY_CLOSED(dialog);

        const QJsonObject after = server.subscription();
        QCOMPARE(after.value(QStringLiteral("seats")).toInt(), 25);
        QCOMPARE(after.value(QStringLiteral("pendingSeats")).toInt(), 8);
        QCOMPARE(server.invoices().size(), invoicesBefore); // nothing billed
        QTRY_COMPARE(page->subscriptionPanel()->shown(QStringLiteral("pendingSeats")),
                     QStringLiteral("Drops to 8 seats on %1").arg(renewal));
        QCOMPARE(page->subscriptionPanel()->shown(QStringLiteral("seats")), QStringLiteral("25"));
        QVERIFY(h.window()->messageBar()->text().contains(QStringLiteral("drops to 8 seats on %1").arg(renewal)));

        // Opened again: 8 is scheduled already; 25 cancels the drop.
        QVERIFY(reactivate(h.window()));
        dialog = openSeatsDialog();
        QVERIFY(dialog);
        typeSeats(8);
        QCOMPARE(dialog->headline(), QStringLiteral("Already scheduled"));
        QVERIFY(!dialog->changeButton()->isEnabled());
        typeSeats(25);
        QCOMPARE(dialog->headline(), QStringLiteral("Cancels the scheduled decrease"));
        typeKey(Qt::Key_Return);
        QTRY_CLOSED(dialog);
        QVERIFY(server.subscription().value(QStringLiteral("pendingSeats")).isNull());
        QTRY_COMPARE(page->subscriptionPanel()->shown(QStringLiteral("pendingSeats")), QString());
    }

    void escapeChangesNothing()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingServer server(h);
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        const QJsonObject before = server.subscription();
        const int invoicesBefore = int(server.invoices().size());
        SeatsDialog *dialog = openSeatsDialog();
        QVERIFY(dialog);
        QPointer<SeatsDialog> alive(dialog);
        typeSeats(40);
        QVERIFY(dialog->changeButton()->isEnabled());
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!alive || !alive->isVisible());
        QVERIFY(h.syncNow());
        QCOMPARE(server.subscription(), before);
        QCOMPARE(server.invoices().size(), invoicesBefore);
        QCOMPARE(page->subscriptionPanel()->shown(QStringLiteral("seats")), QStringLiteral("25"));

        // The current number changes nothing: Enter does not send it, the dialog stays.
        QVERIFY(reactivate(h.window()));
        dialog = openSeatsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->seats(), 25);
        typeKey(Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy());
        // The spin box keeps to 1–10000: typing more is not taken.
        typeSeats(99999);
        QVERIFY(dialog->seats() <= 10000);
        typeKey(Qt::Key_Escape);
        QVERIFY(h.syncNow());
        QCOMPARE(server.subscription(), before);
    }

    void serverRefusalStaysInTheDialog()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingServer server(h);
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        SeatsDialog *dialog = openSeatsDialog();
        QVERIFY(dialog);
        typeSeats(30);

        // Meanwhile, on the server, Ada stops being an admin (a second admin demotes her);
        // this app has not synced since, so only the server can refuse.
        const HttpResponse members = server.http().get(server.path("/members?perPage=500"));
        QString adaId, maxId;
        for (const auto &item : members.object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject m = item.toObject();
            if (m.value(QStringLiteral("email")).toString() == kAda)
                adaId = m.value(QStringLiteral("userId")).toString();
            if (m.value(QStringLiteral("email")).toString() == QStringLiteral("max@acme.test"))
                maxId = m.value(QStringLiteral("userId")).toString();
        }
        QVERIFY(!adaId.isEmpty() && !maxId.isEmpty());
        QCOMPARE(server.http()
                     .patch(server.path("/members/") + maxId, {{QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
                 200);
        auto max = h.http(QStringLiteral("max@acme.test"));
        QCOMPARE(
            max->patch(server.path("/members/") + adaId, {{QStringLiteral("role"), QStringLiteral("business")}}).status,
            200);

        typeKey(Qt::Key_Return);
        QTRY_VERIFY2(!dialog->errorText().isEmpty(), "the refusal is shown in the dialog");
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().startsWith(QStringLiteral("The seats were not changed: ")),
                 qPrintable(dialog->errorText()));
        QCOMPARE(dialog->seats(), 30); // the input is kept
        QCOMPARE(focused(), dialog->spinBox());
        saveBillingShot(dialog, QStringLiteral("seats-refused"));
        QCOMPARE(server.subscription().value(QStringLiteral("seats")).toInt(), 25);
        // The sync after the failure brings the new role: the dialog says it may not send.
        QTRY_VERIFY(!dialog->changeButton()->isEnabled());
        QVERIFY2(dialog->changeButton()->toolTip().contains(QStringLiteral("Business")),
                 qPrintable(dialog->changeButton()->toolTip()));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!page->readOnlyText().isEmpty());
    }

    void tabReachesEveryControlWithAName()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QVERIFY(page->paymentMethodsPanel()->selectCard(QStringLiteral("5454"))); // every button enabled
        page->subscriptionPanel()->changeSeatsButton()->setFocus(Qt::TabFocusReason);
        QStringList reached;
        for (int i = 0; i < 12 && page->isAncestorOf(focused()); ++i) {
            QWidget *widget = focused();
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            if (reached.contains(widget->objectName()))
                break;
            reached << widget->objectName();
            typeKey(Qt::Key_Tab);
        }
        QCOMPARE(reached,
                 QStringList({QStringLiteral("changeSeatsButton"), QStringLiteral("paymentMethodsList"),
                              QStringLiteral("addPaymentMethodButton"), QStringLiteral("setDefaultCardButton"),
                              QStringLiteral("removeCardButton"), QStringLiteral("invoicesTable"),
                              QStringLiteral("openInvoiceButton"), QStringLiteral("saveInvoicePdfButton")}));
    }

    void makeDefaultMovesTheDefault()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingServer server(h);
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QVERIFY(server.card(QStringLiteral("4242")).value(QStringLiteral("isDefault")).toBool());
        QAction *makeDefault = billingAction(page, "setDefaultCard");
        focusCard(page, 0);
        QVERIFY(!makeDefault->isEnabled()); // the default already
        QVERIFY2(Gate::reasonOf(makeDefault).contains(QStringLiteral("default card already")),
                 qPrintable(Gate::reasonOf(makeDefault)));
        typeKey(Qt::Key_Down); // Mastercard
        QVERIFY(makeDefault->isEnabled());
        typeKey(Qt::Key_D, Qt::AltModifier); // Make &Default
        QTRY_VERIFY(server.card(QStringLiteral("5454")).value(QStringLiteral("isDefault")).toBool());
        QVERIFY(!server.card(QStringLiteral("4242")).value(QStringLiteral("isDefault")).toBool());
        QTRY_VERIFY(cardsShown(page).at(1).endsWith(QStringLiteral(", default card")));
        QVERIFY(!cardsShown(page).at(0).contains(QStringLiteral("default")));
        QTRY_COMPARE(h.window()->messageBar()->text(),
                     QStringLiteral("Mastercard \u2022\u2022\u2022\u2022 5454 is now the default card."));
    }

    void removeCardAfterConfirmationAndTheLastCardRule()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingServer server(h);
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QAction *remove = billingAction(page, "removeCard");
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        focusCard(page, 1); // Mastercard, not the default
        QVERIFY(remove->isEnabled());

        // Enter on the confirmation is its default button, Cancel: nothing goes.
        typeKey(Qt::Key_Delete);
        auto *confirm = waitForDialog<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->windowTitle(), QStringLiteral("Remove Card"));
        QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("confirmQuestion"))
                    ->text()
                    .contains(QStringLiteral("Mastercard \u2022\u2022\u2022\u2022 5454")));
        saveBillingShot(confirm, QStringLiteral("remove-card-confirm"));
        typeKey(Qt::Key_Return);
        QTRY_CLOSED(confirm);
        QVERIFY(h.syncNow());
        QCOMPARE(server.cards().size(), 2);
        QCOMPARE(cardsShown(page).size(), 2);

        // Again, and Alt+R removes it.
        QVERIFY(reactivate(h.window()));
        focusCard(page, 1);
        typeKey(Qt::Key_Delete);
        confirm = waitForDialog<ConfirmDialog>();
        QVERIFY(confirm);
        typeKey(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(server.cards().size(), 1);
        QVERIFY(server.card(QStringLiteral("5454")).isEmpty());
        QTRY_COMPARE(cardsShown(page).size(), 1);
        QVERIFY(h.window()->messageBar()->text().contains(QStringLiteral("was removed")));

        // The only card of an active paid subscription: refused here, with the rule as the reason…
        QVERIFY(reactivate(h.window()));
        focusCard(page, 0);
        QTRY_VERIFY(!remove->isEnabled());
        QVERIFY2(Gate::reasonOf(remove).contains(QStringLiteral("only card of an active paid subscription")),
                 qPrintable(Gate::reasonOf(remove)));
        QVERIFY(remove->toolTip().contains(Gate::reasonOf(remove)));
        auto *button = page->findChild<QToolButton *>(QStringLiteral("removeCardButton"));
        QVERIFY(!button->isEnabled());
        typeKey(Qt::Key_Delete);
        QTest::qWait(200); // a confirmation would be open by now: there is none
        QVERIFY(!QApplication::activeModalWidget());
        // …and by the server, had it been asked.
        const HttpResponse refused
            = server.http().del(server.path("/billing/payment-methods/")
                                + server.cards().at(0).toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.code(), QStringLiteral("payment_method_required"));
        QCOMPARE(server.cards().size(), 1);
    }

    void addPaymentMethodOpensThePortal()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingServer server(h);
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QList<QUrl> opened;
        bool browserWorks = true;
        page->setUrlOpener([&](const QUrl &url) {
            opened << url;
            return browserWorks;
        });
        const QString portal
            = server.http().get(server.path("/billing/portal")).object().value(QStringLiteral("url")).toString();
        QVERIFY(!portal.isEmpty());
        typeKey(Qt::Key_A, Qt::AltModifier); // &Add Payment Method…
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0), QUrl(portal));
        MessageBar *bar = h.window()->messageBar();
        QTRY_VERIFY2(bar->text().contains(QStringLiteral("opened in your browser")), qPrintable(bar->text()));
        QCOMPARE(bar->kind(), MessageBar::Kind::Information);

        // No browser: the bar says so and offers the address.
        browserWorks = false;
        typeKey(Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(opened.size(), 2);
        QTRY_COMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("No browser could be opened")), qPrintable(bar->text()));
        auto *copy = bar->findChild<QPushButton *>(QStringLiteral("copyPortalAddressButton"));
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QUrl(portal).toString());
    }

    void businessSeesBillingReadOnly()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kBea));
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QCOMPARE(page->unavailableText(), QString());
        QVERIFY2(page->readOnlyText().contains(QStringLiteral("read-only")), qPrintable(page->readOnlyText()));
        QCOMPARE(page->subscriptionPanel()->shown(QStringLiteral("seats")), QStringLiteral("25"));
        QCOMPARE(page->invoicesPanel()->table()->model()->rowCount(), 12);
        QCOMPARE(cardsShown(page).size(), 2);
        page->paymentMethodsPanel()->selectCard(QStringLiteral("5454"));
        for (const char *name : {"changeSeats", "setDefaultCard", "removeCard", "addPaymentMethod"}) {
            QAction *action = billingAction(page, name);
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY2(Gate::reasonOf(action).contains(QStringLiteral("(Business) does not allow this")),
                     qPrintable(Gate::reasonOf(action)));
        }
        QVERIFY(!page->subscriptionPanel()->changeSeatsButton()->isEnabled());
        typeKey(Qt::Key_S, Qt::AltModifier);
        QTest::qWait(200); // a dialog would be open by now: there is none
        QVERIFY(!QApplication::activeModalWidget());
        // Reading is theirs: invoices open and save.
        QVERIFY(billingAction(page, "saveInvoicePdf")->isEnabled());
        page->focusStart();
        typeKey(Qt::Key_Return);
        auto *dialog = waitForDialog<InvoiceDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->savePdfButton()->isEnabled());
        typeKey(Qt::Key_Escape);
        QTRY_CLOSED(dialog);
        QVERIFY(reactivate(h.window()));
        saveBillingShot(h.window(), QStringLiteral("billing-business"));
    }

    void otherRolesSeeWhy_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("role");
        QTest::newRow("manager") << QStringLiteral("max@acme.test") << QStringLiteral("Manager");
        QTest::newRow("user") << QStringLiteral("uma@acme.test") << QStringLiteral("User");
        QTest::newRow("observer") << QStringLiteral("otto@acme.test") << QStringLiteral("Observer");
    }
    void otherRolesSeeWhy()
    {
        QFETCH(QString, email);
        QFETCH(QString, role);
        UiHarness h;
        QVERIFY(h.startServer(5));
        QVERIFY(h.signIn(email));
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QVERIFY2(page->unavailableText().contains(QStringLiteral("(%1) does not include billing").arg(role)),
                 qPrintable(page->unavailableText()));
        QVERIFY(!page->invoicesPanel()->isVisible());
        QVERIFY(!page->paymentMethodsPanel()->isVisible());
        QCOMPARE(focused()->objectName(), QStringLiteral("stateExplanation")); // the reason takes the focus
        QCOMPARE(h.session()->models()->invoices()->rowCount(), 0); // the feed did not bring any
        for (const char *name :
             {"changeSeats", "setDefaultCard", "removeCard", "addPaymentMethod", "saveInvoicePdf", "openInvoice"})
            QVERIFY2(!billingAction(page, name)->isEnabled(), name);
        if (role == QLatin1String("User"))
            saveBillingShot(h.window(), QStringLiteral("billing-user"));
    }

    void offlineWithTheCacheDisablesWrites()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QAction *workOffline = h.window()->action(QStringLiteral("workOffline"));
        QVERIFY(workOffline);
        workOffline->trigger();
        QTRY_VERIFY(!billingAction(page, "changeSeats")->isEnabled());
        page->paymentMethodsPanel()->selectCard(QStringLiteral("5454"));
        for (const char *name : {"changeSeats", "setDefaultCard", "removeCard", "addPaymentMethod"}) {
            QAction *action = billingAction(page, name);
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY2(Gate::reasonOf(action).contains(QStringLiteral("offline")), qPrintable(Gate::reasonOf(action)));
        }
        // The cached billing stays readable.
        QCOMPARE(page->unavailableText(), QString());
        QCOMPARE(page->subscriptionPanel()->shown(QStringLiteral("seats")), QStringLiteral("25"));
        QCOMPARE(page->invoicesPanel()->table()->model()->rowCount(), 12);
        QVERIFY(billingAction(page, "saveInvoicePdf")->isEnabled());
        saveBillingShot(h.window(), QStringLiteral("billing-offline"));
        workOffline->trigger();
        QTRY_VERIFY(billingAction(page, "changeSeats")->isEnabled());
    }

    void offlineWithoutTheCacheSaysSo()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        h.restartApp();
        QVERIFY(QDir(h.dir().filePath(QStringLiteral("cache"))).removeRecursively());
        h.server()->kill();
        h.options().minBackoffMs = 60000;
        h.options().maxBackoffMs = 60000;
        QVERIFY(h.resume(kAda));
        BillingPage *page = openBillingTab(h);
        QVERIFY(page);
        QTRY_VERIFY2(page->unavailableText().contains(QStringLiteral("not available offline")),
                     qPrintable(page->unavailableText()));
        QVERIFY(!billingAction(page, "changeSeats")->isEnabled());
        saveBillingShot(h.window(), QStringLiteral("billing-offline-nocache"));
    }
};

QTEST_MAIN(TestBilling)
#include "tst_billing.moc"
