// A key's secret, by keyboard against the real server: shown once after Generate, copied with
// the password-manager hint, cleared from the clipboard after the (here shortened) interval
// unless something replaced it, copied again from its row only while this session holds it,
// forgotten on removal, org switch and sign-out, and never written to the cache, the
// settings or the log.
#include "tst_apikeys_support.h"

#include "ConfirmDialog.h"
#include "MessageBar.h"

#include <QClipboard>
#include <QLoggingCategory>
#include <QMimeData>
#include <QMutex>
#include <QtTest>

namespace {

// Every message any code logs while installed, whatever its category or level.
class LogCapture
{
public:
    LogCapture()
    {
        s_self = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        QLoggingCategory::setFilterRules(QStringLiteral("orgdesk.*=true"));
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        s_self = nullptr;
    }
    QByteArray bytes() const
    {
        QMutexLocker lock(&m_mutex);
        return m_bytes;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_self) {
            QMutexLocker lock(&s_self->m_mutex);
            s_self->m_bytes += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
        }
        if (s_self && s_self->m_previous && type != QtDebugMsg)
            s_self->m_previous(type, context, message);
    }

    static inline LogCapture *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QByteArray m_bytes;
};

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

QByteArray clipboardHint()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data ? data->data(ClipboardGuard::passwordManagerHintFormat()) : QByteArray();
}

// Generates a key named `name` by keyboard and returns its secret dialog, open and active.
KeySecretDialog *generateByKeyboard(const QString &name)
{
    typeKey(Qt::Key_N, Qt::ControlModifier);
    ApiKeyDialog *dialog = waitForDialog<ApiKeyDialog>();
    if (!dialog)
        return nullptr;
    typeText(name);
    typeKey(Qt::Key_Return);
    return waitForDialog<KeySecretDialog>();
}

} // namespace

class TestApiKeysSecret : public QObject
{
    Q_OBJECT
private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void shownOnceCopiedAndCleared()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        ClipboardGuard *guard = page->clipboardGuard();
        QCOMPARE(guard->clearInterval(), 45000);
        QCOMPARE(guard->clearSeconds(), 45);
        guard->setClearInterval(1500);
        KeyServer server(h);

        QPointer<KeySecretDialog> dialog = generateByKeyboard(QStringLiteral("Deploy bot"));
        QVERIFY(dialog);
        const QString secret = dialog->secretText();
        QVERIFY(secret.startsWith(QStringLiteral("odk_")));
        QVERIFY(server.secretWorks(secret));
        QVERIFY(dialog->secretField()->isReadOnly());
        QVERIFY(QFontInfo(dialog->secretField()->font()).fixedPitch());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("keySecretWarning"))
                    ->text()
                    .contains(QStringLiteral("will not be shown again")));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("keySecretHeadline"))->text(),
                 QStringLiteral("Copy the secret of “Deploy bot” now"));
        QCOMPARE(focused(), dialog->copyButton()); // Enter copies
        QCOMPARE(dialog->copyButton()->text(), QStringLiteral("&Copy"));

        // Copy: the secret, marked for clipboard managers to skip; cleared after the interval.
        QSignalSpy expired(guard, &ClipboardGuard::expired);
        typeKey(Qt::Key_Return);
        QCOMPARE(clipboardText(), secret);
        QCOMPARE(clipboardHint(), QByteArray("secret"));
        QVERIFY(guard->isArmed());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("clipboard is cleared")),
                 qPrintable(dialog->statusText()));
        QVERIFY2(
            h.window()->messageBar()->text().startsWith(QStringLiteral("Secret copied. The clipboard is cleared in")),
            qPrintable(h.window()->messageBar()->text()));
        QVERIFY(dialog->isVisible()); // copying does not close it
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.first().first().toBool(), true);
        QCOMPARE(clipboardText(), QString());

        // Replaced meanwhile: what the user copied since stays.
        expired.clear();
        typeKey(Qt::Key_C, Qt::AltModifier); // a mnemonic clicks after a short animation
        QTRY_COMPARE(clipboardText(), secret);
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.first().first().toBool(), false);
        QCOMPARE(clipboardText(), QStringLiteral("something else"));

        // Ctrl+C in the field copies the careful way too (hint, timer), not the plain way.
        expired.clear();
        QGuiApplication::clipboard()->clear();
        dialog->secretField()->setFocus();
        typeKey(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboardText(), secret);
        QCOMPARE(clipboardHint(), QByteArray("secret"));
        QVERIFY(guard->isArmed());

        // Closing the dialog leaves the secret on the clipboard for the rest of its time.
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QCOMPARE(clipboardText(), secret);
        QVERIFY(expired.wait(5000));
        QCOMPARE(clipboardText(), QString());
    }

    void guardClearsWhatIsStillItsOwn()
    {
        // Destroyed while its secret is on the clipboard (the app quits): cleared.
        {
            ClipboardGuard guard;
            guard.copySecret(QStringLiteral("odk_first"));
            QCOMPARE(clipboardText(), QStringLiteral("odk_first"));
            QVERIFY(guard.clipboardHoldsSecret());
        }
        QCOMPARE(clipboardText(), QString());
        // …but not what the user copied since.
        {
            ClipboardGuard guard;
            guard.copySecret(QStringLiteral("odk_second"));
            QGuiApplication::clipboard()->setText(QStringLiteral("a note"));
            QVERIFY(!guard.clipboardHoldsSecret());
        }
        QCOMPARE(clipboardText(), QStringLiteral("a note"));
        // clearNow() (sign-out, org switch) likewise.
        ClipboardGuard guard;
        guard.copySecret(QStringLiteral("odk_third"));
        guard.clearNow();
        QCOMPARE(clipboardText(), QString());
        QVERIFY(!guard.isArmed());
    }

    void rowCopiesOnlyWhileHeld()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        QPointer<KeySecretDialog> dialog = generateByKeyboard(QStringLiteral("Deploy bot"));
        QVERIFY(dialog);
        const QString secret = dialog->secretText();
        typeKey(Qt::Key_Escape); // closed without copying
        QTRY_VERIFY(!dialog);
        QVERIFY(reactivate(h.window()));
        QTRY_COMPARE(page->table()->currentIndex().data(ItemRoles::NameRole).toString(), QStringLiteral("Deploy bot"));
        QCOMPARE(focused(), page->table());

        // The row's copy icon and Ctrl+C copy it while this session holds it.
        const QModelIndex copyCell = shownCell(page, QStringLiteral("Deploy bot"), ApiKeysTableModel::Copy);
        QVERIFY(!copyCell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(copyCell.data(Qt::ToolTipRole).toString(), QStringLiteral("Copy the secret of “Deploy bot” (Ctrl+C)"));
        QVERIFY(keyAction(page, "copyKeySecret")->isEnabled());
        typeKey(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboardText(), secret);
        QCOMPARE(clipboardHint(), QByteArray("secret"));
        QVERIFY(h.window()->messageBar()->text().startsWith(QStringLiteral("Secret copied.")));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, page->table()->visualRect(copyCell).center());
        QCOMPARE(clipboardText(), secret);

        // Another row (a demo key): no icon, and the reason instead of a copy.
        QGuiApplication::clipboard()->setText(QStringLiteral("sentinel"));
        selectByFilter(kProduction);
        QCOMPARE(page->table()->currentIndex().data(ItemRoles::NameRole).toString(), kProduction);
        QVERIFY(!keyAction(page, "copyKeySecret")->isEnabled());
        QCOMPARE(Gate::reasonOf(keyAction(page, "copyKeySecret")), ApiKeysTableModel::cannotCopyText());
        typeKey(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboardText(), QStringLiteral("sentinel")); // not the secret, not the cell's text
        QCOMPARE(h.window()->messageBar()->text(), ApiKeysTableModel::cannotCopyText());

        // After a restart of the app the secret is gone: the row explains instead.
        h.restartApp();
        QVERIFY(h.resume(kAda));
        page = openApiKeysTab(h);
        QVERIFY(page);
        QTRY_COMPARE(shownKeys(page).size(), 4);
        QCOMPARE(page->secrets()->count(), 0);
        const QModelIndex after = shownCell(page, QStringLiteral("Deploy bot"), ApiKeysTableModel::Copy);
        QVERIFY(after.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(after.data(Qt::ToolTipRole).toString(), ApiKeysTableModel::cannotCopyText());
        QCOMPARE(after.data(Qt::AccessibleTextRole).toString(), ApiKeysTableModel::cannotCopyText());
        selectByFilter(QStringLiteral("deploy"));
        QVERIFY(!keyAction(page, "copyKeySecret")->isEnabled());
        QGuiApplication::clipboard()->setText(QStringLiteral("sentinel"));
        typeKey(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboardText(), QStringLiteral("sentinel"));
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, page->table()->visualRect(after).center());
        QCOMPARE(clipboardText(), QStringLiteral("sentinel"));
    }

    void keyGeneratedElsewhereCannotBeCopied()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        KeyServer server(h);
        const QString secret
            = server.generate(QStringLiteral("Made by curl")).value(QStringLiteral("secret")).toString();
        QVERIFY(!secret.isEmpty());
        QVERIFY(h.syncNow());
        QTRY_VERIFY(shownCell(page, QStringLiteral("Made by curl"), ApiKeysTableModel::Copy).isValid());
        const QModelIndex cell = shownCell(page, QStringLiteral("Made by curl"), ApiKeysTableModel::Copy);
        QVERIFY(cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("generate a new key")));
        selectByFilter(QStringLiteral("curl"));
        QVERIFY(!keyAction(page, "copyKeySecret")->isEnabled());
        typeKey(Qt::Key_C, Qt::ControlModifier);
        QVERIFY(clipboardText() != secret);
    }

    void forgottenOnRemoveOrgSwitchAndSignOut()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        KeyServer server(h);

        // Removed here: its secret goes.
        QPointer<KeySecretDialog> dialog = generateByKeyboard(QStringLiteral("Short-lived"));
        QVERIFY(dialog);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(reactivate(h.window()));
        QTRY_COMPARE(page->table()->currentIndex().data(ItemRoles::NameRole).toString(), QStringLiteral("Short-lived"));
        const QString id = page->selectedKeyIds().value(0);
        QVERIFY(page->secrets()->holds(id));
        typeKey(Qt::Key_Delete);
        QPointer<ConfirmDialog> confirm = waitForDialog<ConfirmDialog>();
        QVERIFY(confirm);
        typeKey(Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(!server.has(QStringLiteral("Short-lived")));
        QTRY_VERIFY(!page->secrets()->holds(id));

        // Removed elsewhere: the sync takes the secret along.
        QVERIFY(reactivate(h.window()));
        dialog = generateByKeyboard(QStringLiteral("Removed by another admin"));
        QVERIFY(dialog);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(shownCell(page, QStringLiteral("Removed by another admin"), 0).isValid());
        const QString otherId
            = server.key(QStringLiteral("Removed by another admin")).value(QStringLiteral("id")).toString();
        QVERIFY(page->secrets()->holds(otherId));
        QCOMPARE(server.http().del(server.path() + QLatin1Char('/') + otherId).status, 204);
        QVERIFY(h.syncNow());
        QTRY_VERIFY(!page->secrets()->holds(otherId));

        // Org switch: every secret goes, and one still on the clipboard too.
        QVERIFY(reactivate(h.window()));
        dialog = generateByKeyboard(QStringLiteral("Acme only"));
        QVERIFY(dialog);
        const QString secret = dialog->secretText();
        typeKey(Qt::Key_Return); // Copy
        QCOMPARE(clipboardText(), secret);
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QCOMPARE(page->secrets()->count(), 1);
        QString globex;
        QString acme = h.orgId();
        for (const OrgMembership &org : h.session()->orgs()) {
            if (org.name == QLatin1String("Globex"))
                globex = org.id;
        }
        QVERIFY(h.session()->switchOrg(globex));
        QCOMPARE(page->secrets()->count(), 0);
        QCOMPARE(clipboardText(), QString());
        QVERIFY(h.session()->switchOrg(acme));
        QTRY_VERIFY(shownCell(page, QStringLiteral("Acme only"), 0).isValid());
        QVERIFY(shownCell(page, QStringLiteral("Acme only"), ApiKeysTableModel::Copy)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());

        // Sign-out: the same, and an open secret dialog closes with it.
        QVERIFY(reactivate(h.window()));
        QTRY_VERIFY(h.session()->isOnline());
        page->focusStart();
        dialog = generateByKeyboard(QStringLiteral("Until sign-out"));
        QVERIFY(dialog);
        QCOMPARE(page->secrets()->count(), 1);
        typeKey(Qt::Key_Return); // Copy
        QCOMPARE(clipboardText(), dialog->secretText());
        SessionOperation *out = h.session()->signOut(false);
        QSignalSpy done(out, &SessionOperation::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(page->secrets()->count(), 0);
        QCOMPARE(clipboardText(), QString());
        QTRY_VERIFY(!dialog);
    }

    void neverWrittenToCacheSettingsOrLog()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        LogCapture log;
        QVERIFY(h.signIn(kAda));
        ApiKeysPage *page = openApiKeysTab(h);
        QVERIFY(page);
        KeyServer server(h);

        QPointer<KeySecretDialog> dialog = generateByKeyboard(QStringLiteral("Kept in memory"));
        QVERIFY(dialog);
        const QString secret = dialog->secretText();
        QVERIFY(secret.size() > 20);
        QVERIFY(server.secretWorks(secret));
        typeKey(Qt::Key_Return); // Copy
        // It is where it should be (so the searches below could find it)…
        QCOMPARE(clipboardText(), secret);
        QVERIFY(page->secrets()->holds(
            server.key(QStringLiteral("Kept in memory")).value(QStringLiteral("id")).toString()));
        typeKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(reactivate(h.window()));
        QTRY_COMPARE(page->table()->currentIndex().data(ItemRoles::NameRole).toString(),
                     QStringLiteral("Kept in memory"));
        typeKey(Qt::Key_C, Qt::ControlModifier); // and from the row
        QCOMPARE(clipboardText(), secret);
        QVERIFY(h.syncNow());

        // …and nowhere else: the app quits (settings saved, caches closed), then every byte
        // of the cache, the accounts and the settings file is searched, and the log.
        h.restartApp();
        h.settings()->sync();
        const QString settingsFile = h.settings()->fileName();
        QVERIFY(QFile::exists(settingsFile));
        const QByteArray files = allBytesUnder(h.dir().path());
        // The cache keeps text as UTF-16: both encodings are searched for.
        const auto utf16 = [](const QString &text) {
            return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        };
        // The cache holds the key itself and its prefix (every listing returns it), so the
        // search below is one that finds what is there.
        QVERIFY(files.contains(utf16(QStringLiteral("Kept in memory"))));
        QVERIFY(files.contains(utf16(secret.left(12))));
        const QByteArray logged = log.bytes();
        QVERIFY2(logged.contains("orgdesk.ui: API key generated"), "the log capture saw the app's messages");
        const QString tail = secret.mid(12); // past the prefix
        for (const QByteArray &needle : {secret.toUtf8(), utf16(secret), tail.toUtf8(), utf16(tail)}) {
            QVERIFY2(!files.contains(needle), "the secret reached a file");
            QVERIFY2(!logged.contains(needle), "the secret reached the log");
        }
        QVERIFY(!files.contains(secret.toUtf8().toBase64()));
    }
};

QTEST_MAIN(TestApiKeysSecret)
#include "tst_apikeys_secret.moc"
