// The command palette (Ctrl+K): fuzzy search over every action of every tab, each with its
// shortcut; Enter runs, Escape closes; a command that cannot run is listed with its reason
// and does not run; "@" (or Go to Member…, Ctrl+G) finds a member and shows them.
#include "UiTestSupport.h"

#include "CommandPalette.h"
#include "CommandPaletteModel.h"
#include "FuzzyMatch.h"
#include "InviteDialog.h"
#include "MembersPage.h"
#include "MembersTableView.h"
#include "Roles.h"

#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QtTest>

namespace {

CommandPalette *openPalette(MainWindow *w)
{
    w->activateWindow();
    QApplication::setActiveWindow(w);
    typeKey(Qt::Key_K, Qt::ControlModifier);
    auto *palette = waitForDialog<CommandPalette>();
    if (palette && !QTest::qWaitFor([palette] { return palette->searchField()->hasFocus(); }, 5000))
        return nullptr;
    return palette;
}

QString currentText(CommandPalette *palette)
{
    return palette->list()->currentIndex().data(Qt::DisplayRole).toString();
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT
private slots:
    void fuzzyMatching()
    {
        QVector<int> positions;
        QVERIFY(FuzzyMatch::score(u"inv", u"Invite Member…", &positions) > 0);
        QCOMPARE(positions, QVector<int>({0, 1, 2}));
        QCOMPARE(FuzzyMatch::score(u"xyz", u"Invite Member…"), -1);
        QCOMPARE(FuzzyMatch::score(u"", u"anything"), 0);
        // Letters in order but apart, word starts first: "im" is I(nvite) M(ember).
        QVERIFY(FuzzyMatch::score(u"im", u"Invite Member…", &positions) > 0);
        QCOMPARE(positions, QVector<int>({0, 7}));
        // Word starts beat letters inside words.
        QVERIFY(FuzzyMatch::score(u"sn", u"Sync Now") > FuzzyMatch::score(u"sn", u"Sign In…"));
        // Out of order does not match.
        QCOMPARE(FuzzyMatch::score(u"mi", u"Invite"), -1);
        QVERIFY(FuzzyMatch::score(u"SYNC", u"Sync Now") > 0); // case does not matter
    }

    // Ctrl+K from the General tab, a few letters, Enter: the Members tab's Invite runs.
    void findsAndRunsAnActionOfAnotherTab()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        w->setCurrentTab(MainWindow::GeneralTab);
        CommandPalette *palette = openPalette(w);
        QVERIFY(palette);
        QCOMPARE(palette->mode(), CommandPalette::Mode::Commands);
        typeText(QStringLiteral("invmem"));
        QCOMPARE(currentText(palette), w->action(QStringLiteral("inviteMember"))->text().remove(QLatin1Char('&')));
        const QModelIndex current = palette->list()->currentIndex();
        QCOMPARE(current.data(CommandPaletteModel::ShortcutRole).toString(),
                 QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText));
        QVERIFY(current.data(CommandPaletteModel::EnabledRole).toBool());
        typeKey(Qt::Key_Return);
        InviteDialog *invite = waitForDialog<InviteDialog>();
        QVERIFY(invite);
        QVERIFY(!palette->isVisible());
        QCOMPARE(w->currentTab(), MainWindow::MembersTab);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!invite->isVisible());
    }

    // What was run lately leads the list next time, also after a restart.
    void recentCommandsComeFirst()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        const QString keys = w->action(QStringLiteral("showApiKeys"))->text().remove(QLatin1Char('&'));
        const QString shortcuts = w->action(QStringLiteral("keyboardShortcuts"))->text().remove(QLatin1Char('&'));
        CommandPalette *palette = openPalette(w);
        QVERIFY(palette);
        QVERIFY(currentText(palette) != keys); // not first by itself
        typeText(QStringLiteral("api keys"));
        QCOMPARE(currentText(palette), keys);
        typeKey(Qt::Key_Return);
        QTRY_COMPARE(w->currentTab(), MainWindow::ApiKeysTab);
        QVERIFY(reactivate(w));
        palette = openPalette(w);
        QCOMPARE(currentText(palette), keys);
        typeText(QStringLiteral("keyboard shortcuts"));
        QCOMPARE(currentText(palette), shortcuts);
        typeKey(Qt::Key_Return);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = QApplication::activeModalWidget()) && dialog != palette);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());

        // Most recent first, kept in the settings for the next start.
        h.restartApp();
        QVERIFY(h.resume(QStringLiteral("ada@acme.test")));
        palette = openPalette(h.window());
        QVERIFY(palette);
        QAbstractItemModel *model = palette->list()->model();
        QCOMPARE(model->index(0, 0).data().toString(), shortcuts);
        QCOMPARE(model->index(1, 0).data().toString(), keys);
        typeKey(Qt::Key_Escape);
    }

    // Every action of the window and of every page is listed once, with its shortcut.
    void listsEveryActionWithItsShortcut()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        CommandPalette *palette = openPalette(w);
        QVERIFY(palette);
        QAbstractItemModel *model = palette->list()->model();
        QHash<QString, QString> shortcuts; // text → shortcut as listed
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            shortcuts.insert(index.data(Qt::DisplayRole).toString(),
                             index.data(CommandPaletteModel::ShortcutRole).toString());
        }
        int checked = 0;
        for (QAction *action : w->allActions()) {
            if (!action->isVisible() || action->objectName() == QLatin1String("commandPalette"))
                continue;
            QString text = action->text().remove(QLatin1Char('&'));
            if (action->isCheckable())
                continue; // listed with its state ("Work Offline (off)"); checked below
            QVERIFY2(shortcuts.contains(text), qPrintable(QStringLiteral("not in the palette: ") + text));
            QCOMPARE(shortcuts.value(text), action->shortcut().toString(QKeySequence::NativeText));
            ++checked;
        }
        QVERIFY(checked > 20);
        QVERIFY(shortcuts.contains(QStringLiteral("Work Offline (off)")));
        // Escape closes and runs nothing.
        typeText(QStringLiteral("sign out"));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(h.session()->state(), OrgSession::State::SignedIn);
    }

    // A plain user finds Invite, sees why not, and Enter does not run it.
    void aDisabledCommandSaysWhyAndDoesNotRun()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("uma@acme.test")));
        MainWindow *w = h.window();
        const int before = h.http(QStringLiteral("ada@acme.test"))
                               ->get(QStringLiteral("/orgs/%1/invitations").arg(h.session()->orgId()))
                               .array()
                               .size();
        CommandPalette *palette = openPalette(w);
        QVERIFY(palette);
        typeText(QStringLiteral("invite member"));
        const QModelIndex current = palette->list()->currentIndex();
        QCOMPARE(current.data(Qt::DisplayRole).toString(),
                 w->action(QStringLiteral("inviteMember"))->text().remove(QLatin1Char('&')));
        QVERIFY(!current.data(CommandPaletteModel::EnabledRole).toBool());
        const QString reason = current.data(CommandPaletteModel::ReasonRole).toString();
        QVERIFY2(reason.contains(QStringLiteral("User")), qPrintable(reason)); // says the role
        typeKey(Qt::Key_Return);
        QVERIFY(palette->isVisible());
        QVERIFY2(palette->statusText().contains(reason), qPrintable(palette->statusText()));
        QTest::qWait(200); // nothing may open in the meantime
        QVERIFY(!QApplication::activeModalWidget() || QApplication::activeModalWidget() == palette);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(h.http(QStringLiteral("ada@acme.test"))
                     ->get(QStringLiteral("/orgs/%1/invitations").arg(h.session()->orgId()))
                     .array()
                     .size(),
                 before);
    }

    // "@" and part of an email: Enter shows that member on the Members tab, on their page.
    void goesToAMemberOnAnotherPage()
    {
        UiHarness h;
        QVERIFY(h.startServer(150));
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        // The member whose name sorts last: on the last page of the Members tab.
        const MembersModel *members = h.session()->models()->members();
        QString lastId;
        QString lastName;
        QString lastEmail;
        for (int row = 0; row < members->rowCount(); ++row) {
            const QModelIndex index = members->index(row, 0);
            const QString name = index.data(ItemRoles::NameRole).toString();
            if (lastName.isEmpty() || name.toCaseFolded() > lastName.toCaseFolded()) {
                lastName = name;
                lastId = index.data(ItemRoles::IdRole).toString();
                lastEmail = index.data(ItemRoles::EmailRole).toString();
            }
        }
        QVERIFY(!lastId.isEmpty());
        w->setCurrentTab(MainWindow::GeneralTab);
        CommandPalette *palette = openPalette(w);
        QVERIFY(palette);
        typeText(QStringLiteral("@"));
        QCOMPARE(palette->mode(), CommandPalette::Mode::Members);
        typeText(lastEmail);
        QTRY_COMPARE(palette->list()->currentIndex().data(ItemRoles::IdRole).toString(), lastId);
        typeKey(Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(w->currentTab(), MainWindow::MembersTab);
        auto *page = qobject_cast<MembersPage *>(w->page(MainWindow::MembersTab));
        QTRY_COMPARE(page->selectedUserIds(), QStringList {lastId});
        // F2, Delete act on them now: the table is the window's focus (offscreen has no
        // window manager to activate the window again after the palette).
        QTRY_COMPARE(w->focusWidget(), static_cast<QWidget *>(page->table()));

        // Ctrl+G goes straight to the member search; Backspace on nothing goes back.
        reactivate(w);
        typeKey(Qt::Key_G, Qt::ControlModifier);
        palette = waitForDialog<CommandPalette>();
        QVERIFY(palette);
        QCOMPARE(palette->mode(), CommandPalette::Mode::Members);
        typeKey(Qt::Key_Backspace);
        QCOMPARE(palette->mode(), CommandPalette::Mode::Commands);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
