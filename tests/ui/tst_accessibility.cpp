// Keyboard reach and names: on every tab and in every dialog of the app, Tab visits each
// control that can take the focus, in a cycle; the focus is visible on each one (it looks
// different focused); and each one has a name a screen reader can say. ctest runs it in
// English (ui.accessibility) and German (ui.accessibility_de), whose longer words bring
// their own mnemonics.
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QtTest>

namespace {

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// Presses Tab until the focus comes back where it started (at most `limit` times); returns
// the widgets visited in order. `trap` names the widget where Tab went round in a smaller
// loop that never comes back.
// `unseen` collects the widgets that look the same with and without the focus: a keyboard
// user could not tell where they are.
QList<QWidget *> tabCycle(QString *trap, QStringList *unseen = nullptr, int limit = 200)
{
    QList<QWidget *> visited;
    QWidget *first = focused();
    if (!first)
        return visited;
    visited << first;
    // Styles draw focus frames once the keyboard has moved the focus (Qt's
    // WA_KeyboardFocusChange), as it has for anyone who tabs: one step there and back.
    typeKey(Qt::Key_Tab);
    typeKey(Qt::Key_Backtab);
    for (int i = 0; i < limit; ++i) {
        QWidget *before = focused();
        const QImage withFocus = before->grab().toImage();
        typeKey(Qt::Key_Tab);
        QWidget *now = focused();
        // A dialog's default button looks the same focused and not: its frame marks it as
        // the button Enter presses, and the focus shows on the control that has it now.
        auto *button = qobject_cast<QPushButton *>(before);
        const bool markedDefault = button && button->isDefault();
        if (unseen && now != before && before->isVisible() && !markedDefault && before->grab().toImage() == withFocus)
            *unseen << describe(before);
        if (!now || now == first)
            break;
        if (visited.contains(now)) {
            *trap = describe(visited.last()) + QStringLiteral(" → ") + describe(now);
            break;
        }
        visited << now;
    }
    return visited;
}

// Controls a user can reach by Tab under `root`: visible, enabled, tab-focusable, not the
// inside of another control (an item view's viewport, a spin box's line edit).
QList<QWidget *> reachable(QWidget *root)
{
    QList<QWidget *> all;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        bool inner = false;
        for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
            if (qobject_cast<QAbstractItemView *>(p) || p->focusProxy() == w || p->inherits("QAbstractSpinBox")
                || p->inherits("QComboBox"))
                inner = true;
        }
        if (!inner)
            all << w;
    }
    return all;
}

void checkCycle(QWidget *root, const QString &where)
{
    QString trap;
    QStringList unseen;
    const QList<QWidget *> cycle = tabCycle(&trap, &unseen);
    QVERIFY2(trap.isEmpty(), qPrintable(where + QStringLiteral(": Tab goes round without coming back: ") + trap));
    QVERIFY2(unseen.isEmpty(),
             qPrintable(where + QStringLiteral(": the focus is not visible on ") + unseen.join(QStringLiteral(", "))));
    QVERIFY2(cycle.size() > 1, qPrintable(where + QStringLiteral(": Tab does not move")));
    for (QWidget *w : reachable(root)) {
        QVERIFY2(cycle.contains(w), qPrintable(where + QStringLiteral(": Tab never reaches ") + describe(w)));
    }
    for (QWidget *w : cycle) {
        if (!root->isAncestorOf(w) && w != root)
            continue;
        QVERIFY2(!accessibleName(w).isEmpty(),
                 qPrintable(where + QStringLiteral(": no accessible name on ") + describe(w)));
    }
}

// The Alt+letter mnemonics of the visible buttons, labels (with a buddy) and group boxes
// under `root`, as letter → the texts that use it.
QMultiHash<QChar, QString> mnemonics(QWidget *root)
{
    QMultiHash<QChar, QString> found;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            text = group->title();
        const int at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (at >= 0)
            found.insert(text.at(at + 1).toLower(), text);
    }
    return found;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void everyTabIsReachedAndNamed()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
            w->setCurrentTab(static_cast<MainWindow::Tab>(tab));
            w->page(static_cast<MainWindow::Tab>(tab))->focusStart();
            QTRY_VERIFY(focused());
            checkCycle(w->page(static_cast<MainWindow::Tab>(tab)),
                       w->page(static_cast<MainWindow::Tab>(tab))->objectName());
        }
    }

    // Two controls with one Alt+letter on screen make it do neither (Qt calls it ambiguous):
    // each tab, with the offline notice and the menu bar, has each letter once.
    void noMnemonicIsUsedTwice()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        w->action(QStringLiteral("workOffline"))->trigger(); // the notice and its button show
        for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
            w->setCurrentTab(static_cast<MainWindow::Tab>(tab));
            QMultiHash<QChar, QString> used = mnemonics(w);
            for (QMenu *menu : w->menus())
                used.insert(menu->title().at(menu->title().indexOf(QLatin1Char('&')) + 1).toLower(), menu->title());
            const auto letters = used.uniqueKeys();
            for (const QChar letter : letters) {
                QVERIFY2(used.count(letter) == 1,
                         qPrintable(w->page(static_cast<MainWindow::Tab>(tab))->objectName() + QStringLiteral(": Alt+")
                                    + letter + QStringLiteral(" on ")
                                    + QStringList(used.values(letter)).join(QStringLiteral(", "))));
            }
        }
    }

    void everyDialogIsReachedAndNamed_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("tab");
        QTest::addColumn<int>("selectRows"); // rows of the tab's list selected first
        QTest::newRow("sign in") << QStringLiteral("signIn") << int(MainWindow::GeneralTab) << 0;
        QTest::newRow("accept invitation") << QStringLiteral("acceptInvitation") << int(MainWindow::GeneralTab) << 0;
        QTest::newRow("delete org") << QStringLiteral("deleteOrg") << int(MainWindow::GeneralTab) << 0;
        QTest::newRow("forget this computer") << QStringLiteral("signOutForget") << int(MainWindow::GeneralTab) << 0;
        QTest::newRow("invite") << QStringLiteral("inviteMember") << int(MainWindow::MembersTab) << 0;
        QTest::newRow("remove member") << QStringLiteral("removeMember") << int(MainWindow::MembersTab) << 1;
        QTest::newRow("bulk role") << QStringLiteral("changeRole") << int(MainWindow::MembersTab) << 2;
        QTest::newRow("shortcuts") << QStringLiteral("keyboardShortcuts") << int(MainWindow::GeneralTab) << 0;
        QTest::newRow("generate key") << QStringLiteral("generateKey") << int(MainWindow::ApiKeysTab) << 0;
        QTest::newRow("edit key") << QStringLiteral("editKey") << int(MainWindow::ApiKeysTab) << 1;
        QTest::newRow("remove key") << QStringLiteral("removeKey") << int(MainWindow::ApiKeysTab) << 1;
        QTest::newRow("change seats") << QStringLiteral("changeSeats") << int(MainWindow::BillingTab) << 0;
        QTest::newRow("invoice") << QStringLiteral("openInvoice") << int(MainWindow::BillingTab) << 1;
        QTest::newRow("remove card") << QStringLiteral("removeCard") << int(MainWindow::BillingTab) << 1;
    }

    void everyDialogIsReachedAndNamed()
    {
        QFETCH(QString, action);
        QFETCH(int, tab);
        QFETCH(int, selectRows);
        const int selectMembers = tab == MainWindow::MembersTab ? selectRows : 0;
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        w->setCurrentTab(static_cast<MainWindow::Tab>(tab));
        if (selectMembers > 0) {
            auto *table = w->findChild<QAbstractItemView *>(QStringLiteral("membersTable"));
            QVERIFY(table);
            table->setFocus();
            // Members other than Ada (the first rows are sorted by name: skip hers).
            int selected = 0;
            for (int row = 0; row < table->model()->rowCount() && selected < selectMembers; ++row) {
                const QModelIndex index = table->model()->index(row, 0);
                if (index.data(ItemRoles::EmailRole).toString() == QLatin1String("ada@acme.test"))
                    continue;
                table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
                ++selected;
            }
        }
        if (selectRows > 0 && tab == MainWindow::ApiKeysTab) {
            auto *keys = w->findChild<QAbstractItemView *>(QStringLiteral("apiKeysTable"));
            QVERIFY(keys && keys->model()->rowCount() > 0);
            keys->setFocus();
            keys->setCurrentIndex(keys->model()->index(0, 0));
        }
        if (selectRows > 0 && tab == MainWindow::BillingTab) {
            // The invoice to open, or a card that is not the default (the one to remove).
            auto *view = w->findChild<QAbstractItemView *>(action == QLatin1String("openInvoice")
                                                               ? QStringLiteral("invoicesTable")
                                                               : QStringLiteral("paymentMethodsList"));
            QVERIFY(view && view->model()->rowCount() > 0);
            view->setFocus();
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                if (!view->model()->index(row, 0).data(ItemRoles::IsDefaultRole).toBool()) {
                    view->setCurrentIndex(view->model()->index(row, 0));
                    break;
                }
            }
        }
        QAction *a = w->action(action);
        QVERIFY2(a && a->isEnabled(), qPrintable(action));
        a->trigger();
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(waitForDialog<QDialog>());
        QTRY_VERIFY(focused() && dialog->isAncestorOf(focused()));
        QVERIFY2(!dialog->windowTitle().isEmpty(), "a dialog has a title");
        checkCycle(dialog, action);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
