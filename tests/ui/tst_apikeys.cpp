// The API Keys tab, driven by keyboard against the real server: the table (columns, sorting,
// filter, saved widths), generating (validation as you type, the server's refusal kept in
// the dialog), Space to disable with Undo, F2 to edit, Delete to remove, the row menu, who
// may do what (roles, offline, the shared keys) and screenshots of the page and its dialogs.
// The secret's own journey (shown once, copied, cleared, never stored) is tst_apikeys_secret.
#include "tst_apikeys_support.h"

#include "ConfirmDialog.h"
#include "DisplayText.h"
#include "MessageBar.h"
#include "StatePanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QToolButton>
#include <QtTest>

class TestApiKeys : public QObject
{
    Q_OBJECT
private slots:
    void tableShowsTheKeys()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        QAbstractItemModelTester tableTester(page->tableModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester viewTester(page->table()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        KeyServer server(h);
        QCOMPARE(server.keys().size(), 3);
        QCOMPARE(shownKeys(page), QStringList({kCi, kProduction, kStaging})); // by name
        QCOMPARE(page->countText(), QCoreApplication::translate("ApiKeysPage", "%n key(s)", "API keys", 3));
        QCOMPARE(page->table()->model()->columnCount(), int(ApiKeysTableModel::ColumnCount));

        const QJsonObject production = server.key(kProduction);
        QCOMPARE(shownText(page, kProduction, ApiKeysTableModel::Description),
                 production.value(QStringLiteral("description")).toString());
        QCOMPARE(shownText(page, kProduction, ApiKeysTableModel::Enabled), QStringLiteral("Enabled"));
        QCOMPARE(shownText(page, kProduction, ApiKeysTableModel::Prefix),
                 production.value(QStringLiteral("prefix")).toString() + QChar(0x2026));
        QVERIFY(shownCell(page, kProduction, ApiKeysTableModel::Prefix).data(Qt::FontRole).value<QFont>().fixedPitch()
                || QFontInfo(shownCell(page, kProduction, ApiKeysTableModel::Prefix).data(Qt::FontRole).value<QFont>())
                       .fixedPitch());
        const QDateTime created
            = QDateTime::fromString(production.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        QCOMPARE(shownText(page, kProduction, ApiKeysTableModel::Created), DisplayText::date(created));
        QCOMPARE(shownText(page, kProduction, ApiKeysTableModel::CreatedBy), QStringLiteral("Ada Lovelace"));
        QCOMPARE(shownText(page, kStaging, ApiKeysTableModel::CreatedBy), QStringLiteral("Max Planck"));
        QVERIFY(server.key(kCi).value(QStringLiteral("lastUsedAt")).isNull());
        QCOMPARE(shownText(page, kCi, ApiKeysTableModel::LastUsed), QStringLiteral("Never"));
        const QDateTime used
            = QDateTime::fromString(production.value(QStringLiteral("lastUsedAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(used.isValid());
        QCOMPARE(shownText(page, kProduction, ApiKeysTableModel::LastUsed), DisplayText::dateTime(used));
        // No secret is held for the demo keys: no copy icon, and the cell says why.
        const QModelIndex copy = shownCell(page, kProduction, ApiKeysTableModel::Copy);
        QVERIFY(copy.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(copy.data(Qt::ToolTipRole).toString(), ApiKeysTableModel::cannotCopyText());
        QVERIFY(copy.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("only once")));
        QCOMPARE(shownCell(page, kProduction, ApiKeysTableModel::Actions).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Actions for “Production agents”"));

        // Using a key stamps "last used": after a sync the table shows when.
        // (No secret of the demo keys is known; a key generated over HTTP has one.)
        const QJsonObject made = server.generate(QStringLiteral("Agent one"));
        QVERIFY(server.secretWorks(made.value(QStringLiteral("secret")).toString()));
        QVERIFY(h.syncNow());
        QTRY_VERIFY(shownText(page, QStringLiteral("Agent one"), ApiKeysTableModel::LastUsed)
                    != QStringLiteral("Never"));
        QVERIFY(!shownText(page, QStringLiteral("Agent one"), ApiKeysTableModel::LastUsed).isEmpty());
    }

    void sortAndFilter()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        QHeaderView *header = page->table()->horizontalHeader();
        const auto clickHeader = [header](int section) {
            const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        clickHeader(ApiKeysTableModel::Created); // oldest first: the seed made Production 300 days ago
        QCOMPARE(shownKeys(page), QStringList({kProduction, kStaging, kCi}));
        clickHeader(ApiKeysTableModel::Created);
        QCOMPARE(shownKeys(page), QStringList({kCi, kStaging, kProduction}));
        clickHeader(ApiKeysTableModel::Copy); // does not sort: the order and the arrow stay
        QCOMPARE(shownKeys(page), QStringList({kCi, kStaging, kProduction}));
        QCOMPARE(header->sortIndicatorSection(), int(ApiKeysTableModel::Created));

        // Ctrl+F filters by name, description or prefix as you type.
        typeKey(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused(), page->filterField());
        typeText(QStringLiteral("stag"));
        QCOMPARE(shownKeys(page), QStringList {kStaging});
        QCOMPARE(page->countText(), QStringLiteral("1 of 3 match"));
        typeKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("FUSIONREACTOR")); // in Production's description
        QCOMPARE(shownKeys(page), QStringList {kProduction});
        typeKey(Qt::Key_A, Qt::ControlModifier);
        typeText(shownText(page, kProduction, ApiKeysTableModel::Prefix).left(10)); // its prefix
        QCOMPARE(shownKeys(page), QStringList {kProduction});
        typeKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("no such key"));
        QCOMPARE(shownKeys(page), QStringList());
        auto *hint = page->findChild<QLabel *>(QStringLiteral("apiKeyEmptyHint"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("no such key")), qPrintable(hint->text()));
        typeKey(Qt::Key_Escape); // clears the filter
        QCOMPARE(page->filterField()->text(), QString());
        QCOMPARE(shownKeys(page).size(), 3);
        QVERIFY(!hint->isVisible());
        typeText(QStringLiteral("ci"));
        typeKey(Qt::Key_Down); // into the results
        QCOMPARE(focused(), page->table());
        QCOMPARE(page->selectedKeyIds().size(), 1);
        QCOMPARE(page->table()->currentIndex().data(ItemRoles::NameRole).toString(), kCi);
    }

    void columnWidthsAndSortAreSaved()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        page->table()->setColumnWidth(ApiKeysTableModel::Name, 233);
        page->table()->sortByColumn(ApiKeysTableModel::LastUsed, Qt::DescendingOrder);
        QSettings saved(h.dir().filePath(QStringLiteral("saved.ini")), QSettings::IniFormat);
        page->saveState(saved);

        page->table()->setColumnWidth(ApiKeysTableModel::Name, 120);
        page->table()->sortByColumn(ApiKeysTableModel::Name, Qt::AscendingOrder);
        page->restoreState(saved);
        QCOMPARE(page->table()->columnWidth(ApiKeysTableModel::Name), 233);
        QCOMPARE(page->table()->horizontalHeader()->sortIndicatorSection(), int(ApiKeysTableModel::LastUsed));
        QCOMPARE(page->filterModel()->sortColumn(), int(ApiKeysTableModel::LastUsed));
        QCOMPARE(page->filterModel()->sortOrder(), Qt::DescendingOrder);

        // Through the window's own settings, across a restart of the app.
        page->table()->setColumnWidth(ApiKeysTableModel::CreatedBy, 211);
        h.restartApp();
        QVERIFY(h.resume(kAda));
        page = openApiKeysTab(h);
        QVERIFY(page);
        QCOMPARE(page->table()->columnWidth(ApiKeysTableModel::CreatedBy), 211);
    }

    void generateByKeyboard()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        KeyServer server(h);

        QPointer<ApiKeyDialog> dialog = openGenerateDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), ApiKeyDialog::Mode::Generate);
        QCOMPARE(focused(), dialog->nameEdit());
        QVERIFY(!dialog->acceptButton()->isEnabled()); // nothing typed yet
        QCOMPARE(dialog->nameProblem(), QString()); // …which is not an error yet
        typeText(QStringLiteral("  Deploy bot  "));
        QVERIFY(dialog->acceptButton()->isEnabled());
        typeKey(Qt::Key_Tab);
        QCOMPARE(focused(), dialog->descriptionEdit());
        typeText(QStringLiteral("Used by the deploy pipeline"));
        QCOMPARE(dialog->descriptionCount(),
                 QStringLiteral("%1 / %2").arg(QLocale().toString(27), QLocale().toString(500)));
        typeKey(Qt::Key_Tab); // Tab leaves the description (no trap)…
        QCOMPARE(focused(), dialog->acceptButton());
        typeKey(Qt::Key_G, Qt::AltModifier); // …and Alt+G generates

        QPointer<KeySecretDialog> secretDialog = waitForDialog<KeySecretDialog>();
        QVERIFY(secretDialog);
        QVERIFY(!dialog);
        const QString secret = secretDialog->secretText();
        QVERIFY2(secret.startsWith(QStringLiteral("odk_")), qPrintable(secret.left(4)));
        const QJsonObject made = server.key(QStringLiteral("Deploy bot")); // trimmed
        QVERIFY(!made.isEmpty());
        QCOMPARE(made.value(QStringLiteral("description")).toString(), QStringLiteral("Used by the deploy pipeline"));
        QCOMPARE(made.value(QStringLiteral("prefix")).toString(), secret.left(12));
        QVERIFY(made.value(QStringLiteral("enabled")).toBool());
        QVERIFY(server.secretWorks(secret)); // the one shown is the real one
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!secretDialog);
        QVERIFY(reactivate(h.window()));

        // The new row is there and selected, with its copy icon while the session holds it.
        QTRY_COMPARE(shownKeys(page).size(), 4);
        QTRY_COMPARE(page->table()->currentIndex().data(ItemRoles::NameRole).toString(), QStringLiteral("Deploy bot"));
        QCOMPARE(focused(), page->table());
        QVERIFY(!shownCell(page, QStringLiteral("Deploy bot"), ApiKeysTableModel::Copy)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(shownText(page, QStringLiteral("Deploy bot"), ApiKeysTableModel::CreatedBy),
                 QStringLiteral("Ada Lovelace"));
    }

    void generateValidatesAsYouType()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        QPointer<ApiKeyDialog> dialog = openGenerateDialog();
        QVERIFY(dialog);

        // Typed, then deleted: a name is required.
        typeText(QStringLiteral("x"));
        QVERIFY(dialog->acceptButton()->isEnabled());
        typeKey(Qt::Key_Backspace);
        QCOMPARE(dialog->nameProblem(), QStringLiteral("Enter a name for the key."));
        QVERIFY(!dialog->acceptButton()->isEnabled());
        typeText(QStringLiteral("   ")); // only spaces: still no name
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QVERIFY(!dialog->nameProblem().isEmpty());

        // 100 characters after trimming is the most.
        typeKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QString(100, QLatin1Char('n')));
        QCOMPARE(dialog->nameProblem(), QString());
        QVERIFY(dialog->acceptButton()->isEnabled());
        typeText(QStringLiteral("n"));
        QVERIFY2(dialog->nameProblem().contains(QStringLiteral("at most 100 characters; this one has 101")),
                 qPrintable(dialog->nameProblem()));
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QCOMPARE(dialog->nameEdit()->accessibleDescription(), dialog->nameProblem());
        typeKey(Qt::Key_Backspace);
        QVERIFY(dialog->acceptButton()->isEnabled());

        // A description of 501 characters is one too many; the counter says how many.
        typeKey(Qt::Key_Tab);
        typeText(QString(501, QLatin1Char('d')));
        QVERIFY2(dialog->descriptionProblem().contains(QStringLiteral("at most 500")),
                 qPrintable(dialog->descriptionProblem()));
        QVERIFY(dialog->descriptionCount().startsWith(QLocale().toString(501)));
        QVERIFY(!dialog->acceptButton()->isEnabled());
        typeKey(Qt::Key_Backspace);
        QCOMPARE(dialog->descriptionProblem(), QString());
        QVERIFY(dialog->acceptButton()->isEnabled());

        // Escape closes it unchanged: nothing reaches the server.
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(h.syncNow());
        KeyServer server(h);
        QCOMPARE(server.keys().size(), 3);
        QCOMPARE(shownKeys(page).size(), 3);
        QCOMPARE(page->secrets()->count(), 0);
    }

    void generateRefusedByTheServerKeepsTheInput()
    {
        // Max is a manager when the dialog opens; an admin demotes him before he sends.
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kMax));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        QVERIFY(page->table()->isVisible());
        QPointer<ApiKeyDialog> dialog = openGenerateDialog();
        QVERIFY(dialog);
        typeText(QStringLiteral("Max's key"));
        typeKey(Qt::Key_Tab);
        typeText(QStringLiteral("for the lab"));

        KeyServer admin(h, kAda);
        const QString maxId = serverMember(admin.http(), h.orgId(), kMax).value(QStringLiteral("userId")).toString();
        QCOMPARE(admin.http()
                     .patch(QStringLiteral("/orgs/") + h.orgId() + QStringLiteral("/members/") + maxId,
                            QJsonObject {{QStringLiteral("role"), QStringLiteral("user")}})
                     .status,
                 200);
        typeKey(Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY2(!dialog->errorText().isEmpty(), "the refusal is shown in the dialog");
        QVERIFY2(dialog->errorText().startsWith(QStringLiteral("The key was not generated: ")),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Max's key")); // the input is kept
        QCOMPARE(dialog->descriptionEdit()->toPlainText(), QStringLiteral("for the lab"));
        QVERIFY(!dialog->isSending());
        QCOMPARE(focused(), dialog->nameEdit());
        QVERIFY(!admin.has(QStringLiteral("Max's key")));
        QVERIFY(!waitForDialog<KeySecretDialog>(nullptr, 300));

        // The session learns the new role: the page says why it shows no keys.
        QTRY_VERIFY2(page->unavailableText().contains(QStringLiteral("(User)")), qPrintable(page->unavailableText()));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
    }

    void spaceDisablesAndUndoEnables()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        KeyServer server(h);
        MessageBar *bar = h.window()->messageBar();
        selectByFilter(QStringLiteral("staging"));
        QCOMPARE(focused(), page->table());
        QCOMPARE(keyAction(page, "toggleKey")->text(), QStringLiteral("&Disable Key"));

        typeKey(Qt::Key_Space); // no confirmation
        QCOMPARE(shownText(page, kStaging, ApiKeysTableModel::Enabled), QStringLiteral("Disabling…"));
        QVERIFY(shownCell(page, kStaging, ApiKeysTableModel::Enabled).data(ItemRoles::IsPendingRole).toBool());
        QVERIFY(!waitForDialog<ConfirmDialog>(nullptr, 100));
        QTRY_VERIFY(!server.enabled(kStaging));
        QTRY_COMPARE(shownText(page, kStaging, ApiKeysTableModel::Enabled), QStringLiteral("Disabled"));
        QTRY_VERIFY(
            !page->tableModel()->hasPendingEnabled(server.key(kStaging).value(QStringLiteral("id")).toString()));
        QTRY_COMPARE(bar->text(), QStringLiteral("Key “Staging agents” disabled."));
        QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
        QCOMPARE(keyAction(page, "toggleKey")->text(), QStringLiteral("E&nable Key"));

        // Undo, from the message bar, by keyboard.
        auto *undo = bar->findChild<QPushButton *>(QStringLiteral("undoDisableKeyButton"));
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        undo->setFocus(Qt::TabFocusReason);
        typeKey(Qt::Key_Space);
        QTRY_VERIFY(server.enabled(kStaging));
        QTRY_COMPARE(shownText(page, kStaging, ApiKeysTableModel::Enabled), QStringLiteral("Enabled"));
        QTRY_COMPARE(bar->text(), QStringLiteral("Key “Staging agents” enabled."));

        // Space again disables; Space once more enables (just reported, no Undo).
        page->table()->setFocus();
        typeKey(Qt::Key_Space);
        QTRY_VERIFY(!server.enabled(kStaging));
        QTRY_COMPARE(shownText(page, kStaging, ApiKeysTableModel::Enabled), QStringLiteral("Disabled"));
        QTRY_VERIFY(keyAction(page, "toggleKey")->isEnabled());
        typeKey(Qt::Key_Space);
        QTRY_VERIFY(server.enabled(kStaging));
        QTRY_COMPARE(bar->text(), QStringLiteral("Key “Staging agents” enabled."));
        QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("undoDisableKeyButton")));

        // A click on a row's switch toggles it, too.
        typeKey(Qt::Key_F, Qt::ControlModifier);
        typeKey(Qt::Key_Escape);
        const QModelIndex cell = shownCell(page, kCi, ApiKeysTableModel::Enabled);
        const QRect rect = page->table()->visualRect(cell);
        const QPoint onSwitch = ApiKeyToggleDelegate::switchRect(rect, page->table()->fontMetrics()).center();
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, onSwitch);
        QTRY_VERIFY(!server.enabled(kCi));
        QTRY_COMPARE(shownText(page, kCi, ApiKeysTableModel::Enabled), QStringLiteral("Disabled"));
        QVERIFY(server.enabled(kProduction));
    }

    void editByF2()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        KeyServer server(h);
        selectByFilter(QStringLiteral("production"));
        typeKey(Qt::Key_F2);
        QPointer<ApiKeyDialog> dialog = waitForDialog<ApiKeyDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), ApiKeyDialog::Mode::Edit);
        QCOMPARE(dialog->nameEdit()->text(), kProduction);
        QCOMPARE(dialog->descriptionEdit()->toPlainText(),
                 QStringLiteral("FusionReactor agents on the production cluster"));
        QCOMPARE(focused(), dialog->nameEdit());
        QVERIFY(!dialog->acceptButton()->isEnabled()); // nothing changed yet

        // Only the description changed: only it would be sent.
        typeKey(Qt::Key_Tab);
        typeKey(Qt::Key_End, Qt::ControlModifier);
        typeText(QStringLiteral(" (EU)"));
        QVERIFY(dialog->acceptButton()->isEnabled());
        QVERIFY(!dialog->patch().name);
        QCOMPARE(*dialog->patch().description, QStringLiteral("FusionReactor agents on the production cluster (EU)"));

        typeKey(Qt::Key_Backtab);
        typeKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("Production agents EU"));
        QVERIFY(dialog->patch().name);
        typeKey(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(server.has(QStringLiteral("Production agents EU")));
        const QJsonObject edited = server.key(QStringLiteral("Production agents EU"));
        QCOMPARE(edited.value(QStringLiteral("description")).toString(),
                 QStringLiteral("FusionReactor agents on the production cluster (EU)"));
        QVERIFY(edited.value(QStringLiteral("enabled")).toBool());
        QTRY_COMPARE(shownText(page, QStringLiteral("Production agents EU"), ApiKeysTableModel::Description),
                     QStringLiteral("FusionReactor agents on the production cluster (EU)"));
        QCOMPARE(h.window()->messageBar()->text(), QStringLiteral("Key “Production agents EU” saved."));

        // Escape closes the edit dialog unchanged.
        QVERIFY(reactivate(h.window()));
        page->table()->setFocus();
        typeKey(Qt::Key_F2);
        dialog = waitForDialog<ApiKeyDialog>();
        QVERIFY(dialog);
        typeText(QStringLiteral("zzz"));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(h.syncNow());
        QVERIFY(server.has(QStringLiteral("Production agents EU")));
    }

    void removeByDeleteConfirmed()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        KeyServer server(h);
        const QString ciId = server.key(kCi).value(QStringLiteral("id")).toString();
        selectByFilter(QStringLiteral("ci pipeline"));

        // Enter picks the default button, Cancel: nothing is removed.
        typeKey(Qt::Key_Delete);
        QPointer<ConfirmDialog> dialog = waitForDialog<ConfirmDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("confirmQuestion"))->text(),
                 QStringLiteral("Remove the API key “CI pipeline”?"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("confirmConsequence"))
                    ->text()
                    .contains(QStringLiteral("stops working at once")));
        QCOMPARE(dialog->destructiveButton()->text(), QStringLiteral("&Remove"));
        QCOMPARE(focused(), dialog->cancelButton());
        typeKey(Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        QVERIFY(reactivate(h.window()));
        QVERIFY(h.syncNow());
        QVERIFY(server.has(kCi));
        QCOMPARE(shownKeys(page), QStringList {kCi});

        // Alt+R is the destructive button's mnemonic.
        QTRY_COMPARE(focused(), page->table());
        typeKey(Qt::Key_Delete);
        dialog = waitForDialog<ConfirmDialog>();
        QVERIFY(dialog);
        typeKey(Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(!server.has(kCi));
        QCOMPARE(server.http()
                     .patch(server.path() + QLatin1Char('/') + ciId,
                            QJsonObject {{QStringLiteral("name"), QStringLiteral("x")}})
                     .status,
                 404);
        QTRY_COMPARE(shownKeys(page), QStringList());
        QTRY_COMPARE(h.window()->messageBar()->text(), QStringLiteral("Key “CI pipeline” removed."));

        // Several at once: Ctrl+A in the table, Delete, Alt+R.
        QVERIFY(reactivate(h.window()));
        typeKey(Qt::Key_F, Qt::ControlModifier);
        typeKey(Qt::Key_Escape);
        page->table()->setFocus();
        typeKey(Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(page->selectedKeyIds().size(), 2);
        typeKey(Qt::Key_Delete);
        dialog = waitForDialog<ConfirmDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("confirmQuestion"))
                    ->text()
                    .startsWith(QStringLiteral("Remove these")));
        typeKey(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(server.keys().size(), 0);
        QTRY_COMPARE(shownKeys(page), QStringList());
        auto *hint = page->findChild<QLabel *>(QStringLiteral("apiKeyEmptyHint"));
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("no API keys yet")), qPrintable(hint->text()));
    }

    void rowMenuByKeyboardAndMouse()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        selectByFilter(QStringLiteral("staging"));

        typeKey(Qt::Key_F10, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::activePopupWidget(), page->rowMenu());
        QStringList texts;
        for (QAction *action : page->rowMenu()->actions()) {
            if (!action->isSeparator())
                texts << action->text();
        }
        QCOMPARE(texts,
                 QStringList({QStringLiteral("&Edit Key…"), QStringLiteral("&Disable Key"),
                              QStringLiteral("&Copy Secret"), QStringLiteral("Re&move Key…")}));
        QAction *copy = keyAction(page, "copyKeySecret");
        QVERIFY(!copy->isEnabled()); // no secret held for the demo keys; the tooltip says why
        QVERIFY2(copy->toolTip().contains(QStringLiteral("only once")), qPrintable(copy->toolTip()));
        QCOMPARE(page->rowMenu()->activeAction(), keyAction(page, "editKey"));
        QTest::keyClick(page->rowMenu(), Qt::Key_Return); // Edit… opens the edit dialog
        QPointer<ApiKeyDialog> edit = waitForDialog<ApiKeyDialog>();
        QVERIFY(edit);
        QCOMPARE(edit->nameEdit()->text(), kStaging);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!edit);
        QVERIFY(reactivate(h.window()));

        // The Menu key, then Remove… (the last item) opens the confirmation.
        page->table()->setFocus();
        typeKey(Qt::Key_Menu);
        QTRY_COMPARE(QApplication::activePopupWidget(), page->rowMenu());
        QTest::keyClick(page->rowMenu(), Qt::Key_Up);
        QCOMPARE(page->rowMenu()->activeAction(), keyAction(page, "removeKey"));
        QTest::keyClick(page->rowMenu(), Qt::Key_Return);
        QPointer<ConfirmDialog> dialog = waitForDialog<ConfirmDialog>();
        QVERIFY(dialog);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(reactivate(h.window()));

        // The ⋯ button of another row, by mouse: that row becomes the selection.
        typeKey(Qt::Key_F, Qt::ControlModifier);
        typeKey(Qt::Key_Escape);
        const QModelIndex cell = shownCell(page, kProduction, ApiKeysTableModel::Actions);
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, page->table()->visualRect(cell).center());
        QTRY_COMPARE(QApplication::activePopupWidget(), page->rowMenu());
        QCOMPARE(page->table()->currentIndex().data(ItemRoles::NameRole).toString(), kProduction);
        QCOMPARE(page->selectedKeyIds().size(), 1);
        QTest::keyClick(page->rowMenu(), Qt::Key_Escape);
        QTRY_VERIFY(!page->rowMenu()->isVisible());
    }

    void roles_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("roleName");
        QTest::addColumn<bool>("sees");
        QTest::newRow("manager") << kMax << QStringLiteral("Manager") << true;
        QTest::newRow("user") << kUma << QStringLiteral("User") << false;
        QTest::newRow("observer") << QStringLiteral("otto@acme.test") << QStringLiteral("Observer") << false;
        QTest::newRow("business") << QStringLiteral("bea@acme.test") << QStringLiteral("Business") << false;
    }

    void roles()
    {
        QFETCH(QString, email);
        QFETCH(QString, roleName);
        QFETCH(bool, sees);
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(email));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        const char *writes[] = {"generateKey", "editKey", "toggleKey", "removeKey"};
        if (sees) {
            // A manager may do everything with keys.
            QVERIFY(page->unavailableText().isEmpty());
            QCOMPARE(shownKeys(page).size(), 3);
            QCOMPARE(focused(), page->table());
            for (const char *name : writes)
                QVERIFY2(keyAction(page, name)->isEnabled(), name);
            QPointer<ApiKeyDialog> dialog = openGenerateDialog();
            QVERIFY(dialog);
            typeText(QStringLiteral("Manager's key"));
            typeKey(Qt::Key_Return); // the default button
            QPointer<KeySecretDialog> secret = waitForDialog<KeySecretDialog>();
            QVERIFY(secret);
            typeKey(Qt::Key_Escape);
            QTRY_VERIFY(!secret);
            KeyServer server(h, kAda);
            QVERIFY(server.has(QStringLiteral("Manager's key")));
            QCOMPARE(server.key(QStringLiteral("Manager's key"))
                         .value(QStringLiteral("createdBy"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString(),
                     QStringLiteral("Max Planck"));
            return;
        }
        // The others see why instead of the table, and nothing they could press.
        QVERIFY2(page->unavailableText().contains(QStringLiteral("(%1)").arg(roleName)),
                 qPrintable(page->unavailableText()));
        QVERIFY(page->unavailableText().contains(QStringLiteral("only admins and managers")));
        QVERIFY(!page->table()->isVisible());
        QVERIFY(page->findChild<StatePanel *>()->isVisible());
        QCOMPARE(focused()->objectName(), QStringLiteral("stateExplanation"));
        for (const char *name : writes) {
            QAction *action = keyAction(page, name);
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY2(Gate::reasonOf(action).contains(QStringLiteral("(%1)").arg(roleName)),
                     qPrintable(Gate::reasonOf(action)));
            QVERIFY(action->toolTip().contains(Gate::reasonOf(action)));
        }
        typeKey(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!waitForDialog<ApiKeyDialog>(nullptr, 300));
    }

    void offlineDisablesWritesWithTheReason()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        selectByFilter(QStringLiteral("staging"));
        for (const char *name : {"generateKey", "editKey", "toggleKey", "removeKey"})
            QVERIFY2(keyAction(page, name)->isEnabled(), name);
        QVERIFY(shownCell(page, kStaging, ApiKeysTableModel::Enabled).flags() & Qt::ItemIsUserCheckable);

        h.server()->kill();
        h.session()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!h.session()->isOnline(), 15000);
        for (const char *name : {"generateKey", "editKey", "toggleKey", "removeKey"}) {
            QAction *action = keyAction(page, name);
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY2(Gate::reasonOf(action).contains(QStringLiteral("offline"), Qt::CaseInsensitive),
                     qPrintable(Gate::reasonOf(action)));
        }
        auto *generate = page->findChild<QToolButton *>(QStringLiteral("generateKeyButton"));
        QVERIFY(!generate->isEnabled());
        // The cached keys stay, to read; the switch does not toggle.
        QVERIFY(page->unavailableText().isEmpty());
        QCOMPARE(shownKeys(page), QStringList {kStaging});
        QVERIFY(!(shownCell(page, kStaging, ApiKeysTableModel::Enabled).flags() & Qt::ItemIsUserCheckable));
        QTRY_VERIFY(shownCell(page, kStaging, ApiKeysTableModel::Name).data(ItemRoles::IsStaleRole).toBool());
        page->table()->setFocus();
        typeKey(Qt::Key_Space);
        typeKey(Qt::Key_F2);
        typeKey(Qt::Key_Delete);
        QVERIFY(!waitForDialog<QDialog>(nullptr, 300));
        QCOMPARE(shownText(page, kStaging, ApiKeysTableModel::Enabled), QStringLiteral("Enabled"));
    }

    void notAvailableOffline()
    {
        // Ada also runs a second org, never opened on this computer. With the server gone,
        // opening it has nothing to show: the page says so instead of an empty table.
        UiHarness h;
        QVERIFY(h.startServer());
        {
            HttpClient http(h.baseUrl());
            http.setToken(login(h.baseUrl(), kAda));
            QCOMPARE(
                http.post(QStringLiteral("/orgs"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Initech")}})
                    .status,
                201);
        }
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        QString other;
        for (const OrgMembership &org : h.session()->orgs()) {
            if (org.id != h.orgId() && org.role == domain::Role::Admin)
                other = org.id;
        }
        QVERIFY(!other.isEmpty());
        h.server()->kill();
        QVERIFY(h.session()->switchOrg(other));
        QVERIFY(!h.session()->isDataAvailable());
        QTRY_VERIFY2(page->unavailableText().contains(QStringLiteral("not available offline")),
                     qPrintable(page->unavailableText()));
        QVERIFY(page->unavailableText().contains(QStringLiteral("when the server is reachable")));
        QVERIFY(!page->table()->isVisible());
        QVERIFY(!keyAction(page, "generateKey")->isEnabled());
        QVERIFY(!keyAction(page, "findKey")->isEnabled());
        page->focusStart();
        QCOMPARE(focused()->objectName(), QStringLiteral("stateExplanation"));
    }

    void sharedKeysOnlyOnTheActivePage()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        selectByFilter(QStringLiteral("staging"));
        const char *shared[] = {"findKey", "generateKey", "editKey", "toggleKey", "removeKey"};
        for (const char *name : shared)
            QVERIFY2(keyAction(page, name)->isEnabled(), name);
        h.window()->setCurrentTab(MainWindow::MembersTab);
        QTRY_VERIFY(!page->isActive());
        for (const char *name : shared) {
            QVERIFY2(!keyAction(page, name)->isEnabled(), name);
            QVERIFY2(!Gate::reasonOf(keyAction(page, name)).isEmpty(), name);
        }
        // Ctrl+N on the Members tab invites, it does not generate a key.
        typeKey(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!waitForDialog<ApiKeyDialog>(nullptr, 300));
        typeKey(Qt::Key_Escape);
        h.window()->setCurrentTab(MainWindow::ApiKeysTab);
        QTRY_VERIFY(page->isActive());
        QVERIFY(keyAction(page, "removeKey")->isEnabled());
    }

    void tabOrderAndNames()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        page->filterField()->setFocus();
        QStringList order;
        for (int i = 0; i < 2; ++i) {
            typeKey(Qt::Key_Tab);
            order << focused()->objectName();
        }
        QCOMPARE(order, QStringList({QStringLiteral("generateKeyButton"), QStringLiteral("apiKeysTable")}));
        const auto widgets = page->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() != Qt::NoFocus && widget->isVisible() && !widget->inherits("QScrollBar")
                && widget->parentWidget() && !widget->parentWidget()->inherits("QAbstractScrollArea"))
                QVERIFY2(!widget->accessibleName().isEmpty(),
                         qPrintable(widget->objectName() + QLatin1Char(' ')
                                    + QLatin1String(widget->metaObject()->className())));
        }
        // The dialogs, too.
        for (ApiKeyDialog *dialog : {new ApiKeyDialog(h.session()), new ApiKeyDialog(h.session(), domain::ApiKey {})}) {
            const auto children = dialog->findChildren<QWidget *>();
            for (QWidget *widget : children) {
                if (widget->focusPolicy() != Qt::NoFocus && !widget->inherits("QScrollBar")
                    && !(widget->parentWidget() && widget->parentWidget()->inherits("QAbstractScrollArea")))
                    QVERIFY2(!widget->accessibleName().isEmpty() || qobject_cast<QPushButton *>(widget),
                             qPrintable(widget->objectName()));
            }
            delete dialog;
        }
    }
};

QTEST_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
