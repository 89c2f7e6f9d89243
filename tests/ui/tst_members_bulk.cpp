// Bulk role change and bulk removal on the Members tab, by keyboard against the real server:
// the local last-admin guard, the per-row result, and the server's word for a row it refuses.
#include "tst_members_support.h"

#include "BulkResultDialog.h"
#include "BulkRoleDialog.h"
#include "ConfirmDialog.h"
#include "MessageBar.h"

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QtTest>

namespace {

// The generated members' email domain that has the most members (at least two), and their
// emails: a search for "@domain" selects a known group of non-admins.
QStringList busiestDomain(const MembersModel *members, QString *domain)
{
    QHash<QString, QStringList> byDomain;
    for (int row = 0; row < members->count(); ++row) {
        const QString email = members->at(row).email;
        const QString host = email.section(QLatin1Char('@'), 1);
        if (host != QLatin1String("acme.test"))
            byDomain[host] << email;
    }
    QString best;
    for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it) {
        if (best.isEmpty() || it.value().size() > byDomain.value(best).size())
            best = it.key();
    }
    *domain = best;
    return byDomain.value(best);
}

// Types the search, moves into the results and selects all of them (Ctrl+A).
void selectAllMatching(MembersPage *page, const QString &query)
{
    searchAndEnterResults(query);
    typeKey(Qt::Key_A, Qt::ControlModifier);
    Q_UNUSED(page)
}

bool allDone(BulkResultDialog *dialog)
{
    for (int row = 0; row < dialog->rowCount(); ++row) {
        if (dialog->resultText(row) != QLatin1String("Done"))
            return false;
    }
    return dialog->rowCount() > 0;
}

} // namespace

class TestMembersBulk : public QObject
{
    Q_OBJECT
private slots:
    void bulkRoleChange()
    {
        UiHarness h;
        QVERIFY(h.startServer(40));
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QString domain;
        const QStringList emails = busiestDomain(h.session()->models()->members(), &domain);
        QVERIFY2(emails.size() >= 2, qPrintable(domain));

        selectAllMatching(page, QLatin1Char('@') + domain);
        QCOMPARE(page->selectedUserIds().size(), emails.size());
        typeKey(Qt::Key_F2); // several rows: F2 asks for the new role of all of them
        BulkRoleDialog *ask = waitForDialog<BulkRoleDialog>();
        QVERIFY(ask);
        QCOMPARE(focused(), ask->roleCombo());
        typeText(QStringLiteral("o"));
        QCOMPARE(ask->roleCombo()->currentText(), QStringLiteral("Observer"));
        saveShot(ask, QStringLiteral("bulk-role-dialog"));
        typeKey(Qt::Key_Return);

        BulkResultDialog *result = waitForDialog<BulkResultDialog>();
        QVERIFY(result);
        QVERIFY(!result->isModal());
        QCOMPARE(result->rowCount(), emails.size());
        QTRY_VERIFY(allDone(result));
        QTRY_COMPARE(result->summaryText(), QStringLiteral("Done: all %1 changes were made.").arg(emails.size()));
        for (const QString &email : emails) {
            QCOMPARE(server.role(email), QStringLiteral("observer"));
            QTRY_COMPARE(shownRole(page, email), QStringLiteral("Observer"));
        }
        QCOMPARE(server.role(kAda), QStringLiteral("admin"));
        saveShot(result, QStringLiteral("bulk-result-dialog"));
        result->close();
    }

    void bulkRoleChangeRefusedForTheLastAdmin()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        selectAllMatching(page, QStringLiteral("@acme.test")); // ada (the one admin) and four others
        QCOMPARE(page->selectedUserIds().size(), 5);
        typeKey(Qt::Key_F2);
        BulkRoleDialog *ask = waitForDialog<BulkRoleDialog>();
        QVERIFY(ask);
        typeText(QStringLiteral("u"));
        typeKey(Qt::Key_Return);

        MessageBar *bar = h.window()->messageBar();
        QTRY_COMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("without an admin")), qPrintable(bar->text()));
        QVERIFY(!waitForDialog<BulkResultDialog>(nullptr, 300));
        // Nothing was sent.
        QCOMPARE(server.role(kAda), QStringLiteral("admin"));
        QCOMPARE(server.role(QStringLiteral("max@acme.test")), QStringLiteral("manager"));
        QCOMPARE(server.role(QStringLiteral("otto@acme.test")), QStringLiteral("observer"));

        // Promoting all of them keeps an admin: that batch goes through.
        QVERIFY(reactivate(h.window()));
        QTRY_COMPARE(focused(), page->table());
        typeKey(Qt::Key_F2);
        ask = waitForDialog<BulkRoleDialog>();
        QVERIFY(ask);
        typeText(QStringLiteral("a"));
        QCOMPARE(ask->roleCombo()->currentText(), QStringLiteral("Admin"));
        typeKey(Qt::Key_Return);
        BulkResultDialog *result = waitForDialog<BulkResultDialog>();
        QVERIFY(result);
        QTRY_VERIFY(allDone(result));
        QCOMPARE(server.role(QStringLiteral("bea@acme.test")), QStringLiteral("admin"));
        QCOMPARE(server.role(QStringLiteral("uma@acme.test")), QStringLiteral("admin"));
    }

    void bulkRemove()
    {
        UiHarness h;
        QVERIFY(h.startServer(40));
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QString domain;
        const QStringList emails = busiestDomain(h.session()->models()->members(), &domain);
        QVERIFY(emails.size() >= 2);
        const int total = h.session()->models()->members()->rowCount();
        selectAllMatching(page, QLatin1Char('@') + domain);
        QCOMPARE(page->selectedUserIds().size(), emails.size());

        typeKey(Qt::Key_Delete);
        QPointer<ConfirmDialog> confirm = waitForDialog<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->findChild<QLabel *>(QStringLiteral("confirmQuestion"))->text(),
                 QStringLiteral("Remove these %1 members from Acme Monitoring?").arg(emails.size()));
        typeKey(Qt::Key_Return); // Cancel is the default
        QTRY_VERIFY(!confirm);
        QVERIFY(!waitForDialog<BulkResultDialog>(nullptr, 300));
        for (const QString &email : emails)
            QVERIFY(server.isMember(email));

        QVERIFY(reactivate(h.window()));
        QTRY_COMPARE(focused(), page->table());
        typeKey(Qt::Key_Delete);
        confirm = waitForDialog<ConfirmDialog>();
        QVERIFY(confirm);
        typeKey(Qt::Key_R, Qt::AltModifier);
        BulkResultDialog *result = waitForDialog<BulkResultDialog>();
        QVERIFY(result);
        QCOMPARE(result->rowCount(), emails.size());
        QTRY_VERIFY(allDone(result));
        for (const QString &email : emails)
            QVERIFY2(!server.isMember(email), qPrintable(email));
        QTRY_COMPARE(page->table()->model()->rowCount(), 0);
        QTRY_COMPARE(page->countText(), QStringLiteral("0 of %1 match").arg(total - emails.size()));
    }

    void bulkRemoveRefusedForTheLastAdmin()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        searchAndEnterResults(QStringLiteral("@acme.test"));
        typeKey(Qt::Key_Down, Qt::ShiftModifier); // Ada and Bea
        QCOMPARE(page->selectedUserIds().size(), 2);
        typeKey(Qt::Key_Delete);
        MessageBar *bar = h.window()->messageBar();
        QTRY_COMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("every admin")), qPrintable(bar->text()));
        QVERIFY(!waitForDialog<ConfirmDialog>(nullptr, 300));
        QVERIFY(server.isMember(kAda));
        QVERIFY(server.isMember(QStringLiteral("bea@acme.test")));
    }

    void rowRefusedByTheServerIsShownInWords()
    {
        // Another admin removes one of the selected members while this window still shows
        // them: the server refuses that row, the others are done.
        UiHarness h;
        QVERIFY(h.startServer(40));
        QVERIFY(h.signIn(kAda));
        ServerCheck server(h);
        MembersPage *page = openMembersTab(h);
        QVERIFY(page);
        QString domain;
        const QStringList emails = busiestDomain(h.session()->models()->members(), &domain);
        QVERIFY(emails.size() >= 2);
        selectAllMatching(page, QLatin1Char('@') + domain);
        QCOMPARE(page->selectedUserIds().size(), emails.size());
        const QJsonObject gone = server.member(emails.first());
        QCOMPARE(server.http()
                     .del(QStringLiteral("/orgs/") + h.orgId() + QStringLiteral("/members/")
                          + gone.value(QStringLiteral("userId")).toString())
                     .status,
                 204);

        typeKey(Qt::Key_F2);
        BulkRoleDialog *ask = waitForDialog<BulkRoleDialog>();
        QVERIFY(ask);
        typeText(QStringLiteral("m"));
        typeKey(Qt::Key_Return);
        BulkResultDialog *result = waitForDialog<BulkResultDialog>();
        QVERIFY(result);
        QTRY_VERIFY(result->summaryText().contains(QStringLiteral("refused")));
        int refused = 0;
        for (int row = 0; row < result->rowCount(); ++row) {
            if (result->memberText(row).contains(emails.first())) {
                QVERIFY2(result->resultText(row) != QLatin1String("Done") && !result->resultText(row).isEmpty(),
                         qPrintable(result->resultText(row)));
                ++refused;
            } else {
                QCOMPARE(result->resultText(row), QStringLiteral("Done"));
            }
        }
        QCOMPARE(refused, 1);
        QVERIFY(result->summaryText().startsWith(
            QStringLiteral("%1 of %2 done").arg(emails.size() - 1).arg(emails.size())));
        for (const QString &email : emails.mid(1))
            QCOMPARE(server.role(email), QStringLiteral("manager"));
        QVERIFY(!server.isMember(emails.first()));
        saveShot(result, QStringLiteral("bulk-result-dialog-refused-row"));
    }
};

QTEST_MAIN(TestMembersBulk)
#include "tst_members_bulk.moc"
