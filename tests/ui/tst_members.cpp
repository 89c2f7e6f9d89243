// The Members tab, driven by keyboard against the real server: search, sort, paging, the
// role editor, removal, the row menu, copying emails, what a plain user may do, and the
// "not available offline" state.
#include "tst_members_support.h"

#include "ConfirmDialog.h"
#include "InvitationsPanel.h"
#include "MessageBar.h"
#include "PagerBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QtTest>

class TestMembers : public QObject
{
    Q_OBJECT
private slots:
    void searchFiltersAndDownEntersResults()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QAbstractItemModelTester tester(page->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int total = h.session()->models()->members()->rowCount();
        QCOMPARE(total, 25); // 5 demo users + 20 generated
        QCOMPARE(page->countText(), QStringLiteral("25 members"));
        QCOMPARE(page->table()->model()->rowCount(), 25);

        typeKey(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused(), page->searchField());
        typeText(QStringLiteral("@acme"));
        QCOMPARE(
            shownMembers(page),
            QStringList({QStringLiteral("Ada Lovelace <ada@acme.test>"), QStringLiteral("Bea Arthur <bea@acme.test>"),
                         QStringLiteral("Max Planck <max@acme.test>"), QStringLiteral("Otto Hahn <otto@acme.test>"),
                         QStringLiteral("Uma Thurman <uma@acme.test>")}));
        QCOMPARE(page->countText(), QStringLiteral("5 of 25 match"));
        typeText(QStringLiteral(".test")); // as you type: still the five
        QCOMPARE(page->table()->model()->rowCount(), 5);
        typeKey(Qt::Key_Backspace);
        typeKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("THURMAN")); // by name, case-insensitive
        QCOMPARE(shownMembers(page), QStringList {QStringLiteral("Uma Thurman <uma@acme.test>")});

        typeKey(Qt::Key_Down);
        QCOMPARE(focused(), page->table());
        QCOMPARE(page->selectedUserIds().size(), 1);
        QCOMPARE(page->table()->currentIndex().row(), 0);
        QCOMPARE(page->table()->currentIndex().data(ItemRoles::EmailRole).toString(), kUma);

        // Escape in the search clears it.
        typeKey(Qt::Key_F, Qt::ControlModifier);
        typeKey(Qt::Key_Escape);
        QCOMPARE(page->searchField()->text(), QString());
        QCOMPARE(page->table()->model()->rowCount(), 25);
        QCOMPARE(page->countText(), QStringLiteral("25 members"));
    }

    void sortByHeader()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QHeaderView *header = page->table()->horizontalHeader();
        const auto clickHeader = [header](int section) {
            const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        clickHeader(MembersModel::Role);
        QCOMPARE(page->filterModel()->sortColumn(), MembersModel::Role);
        QCOMPARE(shownMembers(page).first(), QStringLiteral("Ada Lovelace <ada@acme.test>")); // the one admin
        clickHeader(MembersModel::Role);
        QCOMPARE(page->filterModel()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(shownMembers(page).first(), QStringLiteral("Bea Arthur <bea@acme.test>")); // the one business
        clickHeader(MembersModel::Actions); // not sortable: the order and the arrow stay
        QCOMPARE(page->filterModel()->sortColumn(), MembersModel::Role);
        QCOMPARE(header->sortIndicatorSection(), int(MembersModel::Role));
    }

    void changeRoleByKeyboard()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QCOMPARE(server.role(kUma), QStringLiteral("user"));
        searchAndEnterResults(QStringLiteral("uma"));
        QCOMPARE(focused(), page->table());

        typeKey(Qt::Key_F2);
        QComboBox *editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<QComboBox *>(focused())));
        QCOMPARE(editor->objectName(), QStringLiteral("roleEditor"));
        QCOMPARE(editor->count(), 5);
        QCOMPARE(editor->currentText(), QStringLiteral("User"));
        typeText(QStringLiteral("m"));
        QCOMPARE(editor->currentText(), QStringLiteral("Manager"));
        typeKey(Qt::Key_Return);

        QTRY_COMPARE(server.role(kUma), QStringLiteral("manager"));
        QTRY_COMPARE(shownRole(page, kUma), QStringLiteral("Manager"));
        QTRY_VERIFY(
            !page->tableModel()->hasPendingRole(server.member(kUma).value(QStringLiteral("userId")).toString()));
        QCOMPARE(h.window()->messageBar()->kind(), MessageBar::Kind::Positive);
        QVERIFY2(h.window()->messageBar()->text().contains(QStringLiteral("Manager")),
                 qPrintable(h.window()->messageBar()->text()));

        // Escape cancels: nothing is sent.
        typeKey(Qt::Key_F2);
        QTRY_VERIFY((editor = qobject_cast<QComboBox *>(focused())));
        typeText(QStringLiteral("o"));
        QCOMPARE(editor->currentText(), QStringLiteral("Observer"));
        typeKey(Qt::Key_Escape);
        QTRY_COMPARE(focused(), page->table());
        QVERIFY(h.syncNow());
        QCOMPARE(server.role(kUma), QStringLiteral("manager"));
        QCOMPARE(shownRole(page, kUma), QStringLiteral("Manager"));
    }

    void roleChangeRefusedForLastAdmin()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        searchAndEnterResults(QStringLiteral("lovelace"));
        typeKey(Qt::Key_F2);
        QComboBox *editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<QComboBox *>(focused())));
        typeText(QStringLiteral("u"));
        QCOMPARE(editor->currentText(), QStringLiteral("User"));
        typeKey(Qt::Key_Return);

        MessageBar *bar = h.window()->messageBar();
        QTRY_COMPARE(bar->kind(), MessageBar::Kind::Error);
        QTRY_VERIFY2(bar->text().contains(QStringLiteral("only admin")), qPrintable(bar->text()));
        QVERIFY2(bar->text().startsWith(QStringLiteral("Could not change the role of Ada Lovelace")),
                 qPrintable(bar->text()));
        // The table shows the server's state again: Admin, not the refused User.
        QTRY_COMPARE(shownRole(page, kAda), QStringLiteral("Admin"));
        QVERIFY(!page->tableModel()->hasPendingRole(h.session()->user().id));
        QCOMPARE(server.role(kAda), QStringLiteral("admin"));
    }

    void removeWithConfirmation()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        searchAndEnterResults(QStringLiteral("uma"));

        // Enter picks the default button, Cancel: nothing is removed.
        typeKey(Qt::Key_Delete);
        QPointer<ConfirmDialog> dialog = waitForDialog<ConfirmDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("confirmQuestion"))
                    ->text()
                    .contains(QStringLiteral("Uma Thurman")));
        QCOMPARE(focused(), dialog->cancelButton());
        typeKey(Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        QVERIFY(reactivate(h.window()));
        QVERIFY(h.syncNow());
        QVERIFY(server.isMember(kUma));
        QCOMPARE(shownMembers(page).size(), 1);

        // Escape closes it unchanged, too.
        QTRY_COMPARE(focused(), page->table());
        typeKey(Qt::Key_Delete);
        dialog = waitForDialog<ConfirmDialog>();
        QVERIFY(dialog);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(reactivate(h.window()));
        QVERIFY(server.isMember(kUma));

        // Alt+R is the destructive button's mnemonic.
        QTRY_COMPARE(focused(), page->table());
        typeKey(Qt::Key_Delete);
        dialog = waitForDialog<ConfirmDialog>();
        QVERIFY(dialog);
        typeKey(Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(!server.isMember(kUma));
        QTRY_COMPARE(shownMembers(page).size(), 0);
        QCOMPARE(page->countText(), QStringLiteral("0 of 24 match"));
        QCOMPARE(h.window()->messageBar()->kind(), MessageBar::Kind::Positive);
    }

    void removingYourselfIsRefused()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        MessageBar *bar = h.window()->messageBar();

        // As the only admin, the last-admin rule refuses first.
        searchAndEnterResults(QStringLiteral("lovelace"));
        typeKey(Qt::Key_Delete);
        QTRY_COMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("at least one")), qPrintable(bar->text()));
        QVERIFY(!waitForDialog<ConfirmDialog>(nullptr, 300));

        // With another admin, removing yourself is leaving: refused here, with the way to do it.
        const QString maxId = server.member(QStringLiteral("max@acme.test")).value(QStringLiteral("userId")).toString();
        QCOMPARE(server.http()
                     .patch(QStringLiteral("/orgs/") + h.orgId() + QStringLiteral("/members/") + maxId,
                            QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
                 200);
        QVERIFY(h.syncNow());
        bar->clearMessage();
        QTRY_COMPARE(focused(), page->table());
        typeKey(Qt::Key_Delete);
        QTRY_VERIFY2(bar->text().contains(QStringLiteral("Leave Organization")), qPrintable(bar->text()));
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY(!waitForDialog<ConfirmDialog>(nullptr, 300));
        QVERIFY(server.isMember(kAda));
    }

    void rowMenuByKeyboardAndMouse()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        searchAndEnterResults(QStringLiteral("uma"));

        typeKey(Qt::Key_F10, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::activePopupWidget(), page->rowMenu());
        QStringList texts;
        for (QAction *action : page->rowMenu()->actions()) {
            if (!action->isSeparator())
                texts << action->text();
        }
        QCOMPARE(
            texts,
            QStringList({QStringLiteral("Change &Role…"), QStringLiteral("Re&move…"), QStringLiteral("&Copy Email")}));
        QCOMPARE(page->rowMenu()->activeAction(), pageAction(page, "changeRole"));
        QTest::keyClick(page->rowMenu(), Qt::Key_Return); // Change role… opens the role editor
        QTRY_VERIFY(!page->rowMenu()->isVisible());
        QTRY_COMPARE(focused() ? focused()->objectName() : QString(), QStringLiteral("roleEditor"));
        typeKey(Qt::Key_Escape);
        QTRY_COMPARE(focused(), page->table());

        // The menu key, then Remove… (Down) opens the confirmation.
        typeKey(Qt::Key_Menu);
        QTRY_COMPARE(QApplication::activePopupWidget(), page->rowMenu());
        QTest::keyClick(page->rowMenu(), Qt::Key_Down);
        QTest::keyClick(page->rowMenu(), Qt::Key_Return);
        QPointer<ConfirmDialog> dialog = waitForDialog<ConfirmDialog>();
        QVERIFY(dialog);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(reactivate(h.window()));

        // The ⋯ button of a row, by mouse.
        typeKey(Qt::Key_F, Qt::ControlModifier);
        typeKey(Qt::Key_Escape); // clear the search: all rows
        const QModelIndex cell = page->table()->model()->index(2, MembersModel::Actions);
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, page->table()->visualRect(cell).center());
        QTRY_COMPARE(QApplication::activePopupWidget(), page->rowMenu());
        QCOMPARE(page->table()->currentIndex().row(), 2);
        QCOMPARE(page->selectedUserIds(), QStringList {cell.data(ItemRoles::IdRole).toString()});
        QTest::keyClick(page->rowMenu(), Qt::Key_Escape);
        QTRY_VERIFY(!page->rowMenu()->isVisible());
    }

    void copyEmails()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        searchAndEnterResults(QStringLiteral("@acme"));
        typeKey(Qt::Key_Down, Qt::ShiftModifier);
        typeKey(Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(page->selectedUserIds().size(), 3);
        QGuiApplication::clipboard()->clear();
        typeKey(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ada@acme.test\nbea@acme.test\nmax@acme.test"));
    }

    void paging()
    {
        UiHarness h;
        QVERIFY(h.startServer(230));
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QCOMPARE(h.session()->models()->members()->rowCount(), 235);
        QAbstractItemModelTester tester(page->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QComboBox *pageSize = page->findChild<QComboBox *>(QStringLiteral("pageSize"));
        QVERIFY(pageSize);

        // By keyboard: Tab from the table reaches the page size; its keyboard search picks "200".
        searchAndEnterResults(QString());
        QCOMPARE(focused(), page->table());
        typeKey(Qt::Key_Tab);
        QCOMPARE(focused(), pageSize);
        typeText(QStringLiteral("2"));
        QCOMPARE(pageSize->currentText(), QStringLiteral("200"));
        QCOMPARE(page->pager()->pageText(), QStringLiteral("Page 1 of 2"));
        QCOMPARE(page->table()->model()->rowCount(), 200);
        typeKey(Qt::Key_Home);
        QCOMPARE(pageSize->currentText(), QStringLiteral("50"));
        QCOMPARE(page->pager()->pageText(), QStringLiteral("Page 1 of 5"));
        QCOMPARE(page->table()->model()->rowCount(), 50);

        QAction *previous = pageAction(page, "previousPage");
        QAction *next = pageAction(page, "nextPage");
        QVERIFY(!previous->isEnabled());
        QCOMPARE(Gate::reasonOf(previous), QStringLiteral("This is the first page."));
        const QStringList first = shownMembers(page);
        typeKey(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(page->pager()->pageText(), QStringLiteral("Page 2 of 5"));
        const QStringList second = shownMembers(page);
        QCOMPARE(second.size(), 50);
        QVERIFY(first.last() < second.first() || first.last().toCaseFolded() < second.first().toCaseFolded());
        QVERIFY(previous->isEnabled());
        for (int i = 0; i < 3; ++i)
            typeKey(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(page->pager()->pageText(), QStringLiteral("Page 5 of 5"));
        QCOMPARE(page->table()->model()->rowCount(), 35);
        QVERIFY(!next->isEnabled());
        typeKey(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(page->pager()->pageText(), QStringLiteral("Page 4 of 5"));
        QVERIFY(next->isEnabled());
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("pageRange"))->text(), QStringLiteral("151–200 of 235"));

        // A search goes back to page 1 of its matches.
        typeKey(Qt::Key_F, Qt::ControlModifier);
        typeText(QStringLiteral("@acme"));
        QCOMPARE(page->pager()->pageText(), QStringLiteral("Page 1 of 1"));
    }

    void pageSizeIsSavedAndRestored()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QComboBox *pageSize = page->pager()->pageSizeCombo();
        pageSize->setCurrentIndex(pageSize->findText(QStringLiteral("100")));
        QCOMPARE(page->filterModel()->pageSize(), 100);
        QSettings saved(h.dir().filePath(QStringLiteral("saved.ini")), QSettings::IniFormat);
        page->saveState(saved);
        QCOMPARE(saved.value(QStringLiteral("pageSize")).toInt(), 100);

        saved.setValue(QStringLiteral("pageSize"), 200);
        page->restoreState(saved);
        QCOMPARE(page->filterModel()->pageSize(), 200);
        QCOMPARE(pageSize->currentText(), QStringLiteral("200"));
        QVERIFY(page->table()->isColumnHidden(MembersModel::Email));

        saved.setValue(QStringLiteral("pageSize"), 7); // not one of ours: ignored
        page->restoreState(saved);
        QCOMPARE(page->filterModel()->pageSize(), 200);
    }

    void selectMemberShowsTheirPage()
    {
        UiHarness h;
        QVERIFY(h.startServer(230));
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        typeKey(Qt::Key_F, Qt::ControlModifier);
        typeText(QStringLiteral("@acme"));
        const MembersModel *members = h.session()->models()->members();
        // The member sorted last is on the last page, and the search hides them.
        QString lastId;
        QString lastName;
        for (int row = 0; row < members->count(); ++row) {
            const domain::Member &m = members->at(row);
            if (!m.email.endsWith(QLatin1String("@acme.test"))
                && (lastName.isEmpty() || m.name.toCaseFolded() > lastName.toCaseFolded())) {
                lastName = m.name;
                lastId = m.userId;
            }
        }
        QVERIFY(page->selectMember(lastId));
        QCOMPARE(page->searchField()->text(), QString());
        QCOMPARE(page->pager()->pageText(), QStringLiteral("Page 5 of 5"));
        QCOMPARE(page->selectedUserIds(), QStringList {lastId});
        QCOMPARE(focused(), page->table());
        QVERIFY(!page->selectMember(QStringLiteral("no-such-user")));
    }

    void tabOrderIsLogical()
    {
        UiHarness h;
        QVERIFY(h.startServer(230));
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QCOMPARE(focused(), page->searchField());
        QStringList order;
        for (int i = 0; i < 5; ++i) {
            typeKey(Qt::Key_Tab);
            order << focused()->objectName();
        }
        // The previous-page button is disabled on page 1, Resend / Revoke until an
        // invitation is selected: Tab skips them.
        QCOMPARE(
            order,
            QStringList({QStringLiteral("inviteButton"), QStringLiteral("membersTable"), QStringLiteral("pageSize"),
                         QStringLiteral("nextPageButton"), QStringLiteral("invitationsTable")}));
        typeText(QStringLiteral("j"));
        typeKey(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("resendInvitationButton"));
        typeKey(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("revokeInvitationButton"));
        typeKey(Qt::Key_Backtab);
        typeKey(Qt::Key_Backtab);
        QCOMPARE(focused(), page->invitationsPanel()->table());

        // Every control of the page has an accessible name.
        const auto widgets = page->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() != Qt::NoFocus && widget->isVisible() && !widget->inherits("QScrollBar")
                && widget->parentWidget() && !widget->parentWidget()->inherits("QAbstractScrollArea"))
                QVERIFY2(!widget->accessibleName().isEmpty(),
                         qPrintable(widget->objectName() + QLatin1Char(' ')
                                    + QLatin1String(widget->metaObject()->className())));
        }
    }

    void screenshot()
    {
        UiHarness h;
        QVERIFY(h.startServer(60));
        QVERIFY(h.signIn(kAda));
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        searchAndEnterResults(QString());
        typeKey(Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY(!saveShot(h.window(), QStringLiteral("members-page")).isEmpty());
        typeKey(Qt::Key_F10, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::activePopupWidget(), page->rowMenu());
        saveShot(page->rowMenu(), QStringLiteral("members-row-menu"));
        QTest::keyClick(page->rowMenu(), Qt::Key_Escape);
        typeKey(Qt::Key_Up);
        typeKey(Qt::Key_F2);
        QTRY_COMPARE(focused() ? focused()->objectName() : QString(), QStringLiteral("roleEditor"));
        saveShot(page, QStringLiteral("members-role-editor"));
        typeKey(Qt::Key_Escape);
    }
};

QTEST_MAIN(TestMembers)
#include "tst_members.moc"
