// When the server refuses a write the window did not see coming (someone else changed the
// org meanwhile, and no sync has told the window yet): the message bar shows the server's
// own detail, nothing is lost, and the next sync brings the window to the server's state.
// Each case makes the server refuse for real, through another admin's request over HTTP.
#include "UiTestSupport.h"

#include "DeleteOrgDialog.h"
#include "InvitationsModel.h"
#include "OrgProfileObject.h"

#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

namespace {

// Selects the row whose EmailRole is `email` in the named table, and focuses the table.
bool selectByEmail(MainWindow *w, const QString &tableName, const QString &email)
{
    auto *table = w->findChild<QTableView *>(tableName);
    if (!table)
        return false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(ItemRoles::EmailRole).toString() == email) {
            table->setFocus();
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString userIdOf(HttpClient &http, const QString &orgId, const QString &email)
{
    return serverMember(http, orgId, email).value(QStringLiteral("userId")).toString();
}

QByteArray png()
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestErrors : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiHarness> m_h;
    std::unique_ptr<HttpClient> m_ada;
    MainWindow *m_w = nullptr;

    // The message bar shows an error whose text holds `detail` (the server's words).
    void expectError(const QString &detail)
    {
        QVERIFY(!detail.isEmpty());
        QTRY_COMPARE(m_w->messageBar()->kind(), MessageBar::Kind::Error);
        QTRY_VERIFY2(m_w->messageBar()->text().contains(detail),
                     qPrintable(m_w->messageBar()->text() + QStringLiteral(" / expected: ") + detail));
    }

private slots:
    void init()
    {
        m_h = std::make_unique<UiHarness>();
        QVERIFY(m_h->startServer());
        QVERIFY(m_h->signIn(QStringLiteral("ada@acme.test")));
        m_w = m_h->window();
        m_ada = m_h->http(QStringLiteral("ada@acme.test"));
    }
    void cleanup()
    {
        m_ada.reset();
        m_h.reset();
    }

    void removingAMemberSomeoneElseRemoved()
    {
        const QString org = m_h->orgId();
        const QString uma = userIdOf(*m_ada, org, QStringLiteral("uma@acme.test"));
        QCOMPARE(m_ada->del(QStringLiteral("/orgs/%1/members/%2").arg(org, uma)).status, 204);
        const QString detail = m_ada->del(QStringLiteral("/orgs/%1/members/%2").arg(org, uma))
                                   .object()[QStringLiteral("detail")]
                                   .toString();

        m_w->setCurrentTab(MainWindow::MembersTab);
        QVERIFY(selectByEmail(m_w, QStringLiteral("membersTable"), QStringLiteral("uma@acme.test")));
        typeKey(Qt::Key_Delete);
        QVERIFY(waitForDialog<QDialog>());
        typeKey(Qt::Key_R, Qt::AltModifier);
        expectError(detail);
        // The sync that follows the failure shows what the server has: Uma is gone.
        QTRY_VERIFY(!selectByEmail(m_w, QStringLiteral("membersTable"), QStringLiteral("uma@acme.test")));
    }

    void revokingAnInvitationSomeoneElseRevoked()
    {
        const QString org = m_h->orgId();
        InvitationsModel *invitations = m_h->session()->models()->invitations();
        QVERIFY(invitations->rowCount() > 0);
        const QString id = invitations->index(0, 0).data(ItemRoles::IdRole).toString();
        const QString email = invitations->index(0, 0).data(ItemRoles::EmailRole).toString();
        QCOMPARE(m_ada->del(QStringLiteral("/orgs/%1/invitations/%2").arg(org, id)).status, 204);
        const QString detail = m_ada->del(QStringLiteral("/orgs/%1/invitations/%2").arg(org, id))
                                   .object()[QStringLiteral("detail")]
                                   .toString();

        m_w->setCurrentTab(MainWindow::MembersTab);
        QVERIFY(selectByEmail(m_w, QStringLiteral("invitationsTable"), email));
        QAction *revoke = m_w->action(QStringLiteral("revokeInvitation"));
        QVERIFY(revoke && revoke->isEnabled());
        revoke->trigger();
        QVERIFY(waitForDialog<QDialog>());
        typeKey(Qt::Key_V, Qt::AltModifier);
        expectError(detail);
        QTRY_VERIFY(!selectByEmail(m_w, QStringLiteral("invitationsTable"), email));
    }

    void resendingAnInvitationSomeoneElseRevoked()
    {
        const QString org = m_h->orgId();
        InvitationsModel *invitations = m_h->session()->models()->invitations();
        const QString id = invitations->index(0, 0).data(ItemRoles::IdRole).toString();
        const QString email = invitations->index(0, 0).data(ItemRoles::EmailRole).toString();
        QCOMPARE(m_ada->del(QStringLiteral("/orgs/%1/invitations/%2").arg(org, id)).status, 204);
        const QString detail = m_ada->post(QStringLiteral("/orgs/%1/invitations/%2/resend").arg(org, id))
                                   .object()[QStringLiteral("detail")]
                                   .toString();

        m_w->setCurrentTab(MainWindow::MembersTab);
        QVERIFY(selectByEmail(m_w, QStringLiteral("invitationsTable"), email));
        QAction *resend = m_w->action(QStringLiteral("resendInvitation"));
        QVERIFY(resend && resend->isEnabled());
        resend->trigger();
        expectError(detail);
        QTRY_VERIFY(!selectByEmail(m_w, QStringLiteral("invitationsTable"), email));
    }

    void deletingAnOrgRenamedMeanwhile()
    {
        const QString org = m_h->orgId();
        // Max becomes an admin and renames the org; the window still has the old name.
        const QString max = userIdOf(*m_ada, org, QStringLiteral("max@acme.test"));
        QCOMPARE(m_ada
                     ->patch(QStringLiteral("/orgs/%1/members/%2").arg(org, max),
                             {{QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
                 200);
        auto maxHttp = m_h->http(QStringLiteral("max@acme.test"));
        QCOMPARE(
            maxHttp
                ->patch(QStringLiteral("/orgs/%1").arg(org), {{QStringLiteral("name"), QStringLiteral("Acme Renamed")}})
                .status,
            200);
        const QString detail
            = m_ada->del(QStringLiteral("/orgs/%1?confirm=%2").arg(org, QStringLiteral("Acme%20Monitoring")))
                  .object()[QStringLiteral("detail")]
                  .toString();

        m_w->setCurrentTab(MainWindow::GeneralTab);
        QAction *remove = m_w->action(QStringLiteral("deleteOrg"));
        QVERIFY(remove && remove->isEnabled());
        remove->trigger();
        auto *dialog = waitForDialog<DeleteOrgDialog>();
        QVERIFY(dialog);
        typeText(QStringLiteral("Acme Monitoring"));
        QVERIFY(dialog->matches());
        typeKey(Qt::Key_D, Qt::AltModifier);
        expectError(detail);
        // Nothing was deleted, and the window catches up with the new name.
        QCOMPARE(m_ada->get(QStringLiteral("/orgs/%1").arg(org)).status, 200);
        QTRY_COMPARE(m_w->windowTitle(), QStringLiteral("Acme Renamed — OrgDesk"));
    }

    void removingTheLogoAfterBeingDemoted()
    {
        const QString org = m_h->orgId();
        QCOMPARE(m_ada->put(QStringLiteral("/orgs/%1/logo").arg(org), png(), "image/png").status, 204);
        QVERIFY(m_h->syncNow());
        QTRY_VERIFY(m_h->session()->models()->org()->hasLogo());
        const QString max = userIdOf(*m_ada, org, QStringLiteral("max@acme.test"));
        QCOMPARE(m_ada
                     ->patch(QStringLiteral("/orgs/%1/members/%2").arg(org, max),
                             {{QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
                 200);
        auto maxHttp = m_h->http(QStringLiteral("max@acme.test"));
        const QString ada = userIdOf(*maxHttp, org, QStringLiteral("ada@acme.test"));
        QCOMPARE(maxHttp
                     ->patch(QStringLiteral("/orgs/%1/members/%2").arg(org, ada),
                             {{QStringLiteral("role"), QStringLiteral("user")}})
                     .status,
                 200);
        const QString detail
            = m_ada->del(QStringLiteral("/orgs/%1/logo").arg(org)).object()[QStringLiteral("detail")].toString();

        m_w->setCurrentTab(MainWindow::GeneralTab);
        QAction *removeLogo = m_w->action(QStringLiteral("removeLogo"));
        QVERIFY(removeLogo && removeLogo->isEnabled()); // the window does not know yet
        removeLogo->trigger();
        QVERIFY(waitForDialog<QDialog>());
        typeKey(Qt::Key_R, Qt::AltModifier);
        expectError(detail);
        // The sync brings the new role: the action is now disabled, and the logo stayed.
        QTRY_VERIFY(!removeLogo->isEnabled());
        QCOMPARE(*m_h->session()->role(), domain::Role::User);
        QVERIFY(m_h->session()->models()->org()->hasLogo());
        QCOMPARE(m_ada->get(QStringLiteral("/orgs/%1/logo").arg(org)).status, 200);
    }
};

QTEST_MAIN(TestErrors)
#include "tst_errors.moc"
