// The same window signed in as each of the five demo roles enables exactly what the
// permission matrix allows (API.md), and says why the rest is disabled.
#include "UiTestSupport.h"

#include "Gate.h"
#include "StatePanel.h"
#include "domain/Permissions.h"

#include <QAction>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

namespace {

struct Gated
{
    const char *objectName;
    MainWindow::Tab tab;
    domain::Action action;
    bool needsSelection; // a member other than oneself selected
};

const Gated kGated[] = {
    {"renameOrg", MainWindow::GeneralTab, domain::Action::EditOrg, false},
    {"uploadLogo", MainWindow::GeneralTab, domain::Action::EditOrg, false},
    {"deleteOrg", MainWindow::GeneralTab, domain::Action::DeleteOrg, false},
    {"leaveOrg", MainWindow::GeneralTab, domain::Action::LeaveOrg, false},
    {"inviteMember", MainWindow::MembersTab, domain::Action::InviteMember, false},
    {"changeRole", MainWindow::MembersTab, domain::Action::ChangeMemberRole, true},
    {"removeMember", MainWindow::MembersTab, domain::Action::RemoveMember, true},
};

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT
private slots:
    void matrix_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("role");
        QTest::newRow("admin") << QStringLiteral("ada@acme.test") << int(domain::Role::Admin);
        QTest::newRow("manager") << QStringLiteral("max@acme.test") << int(domain::Role::Manager);
        QTest::newRow("user") << QStringLiteral("uma@acme.test") << int(domain::Role::User);
        QTest::newRow("observer") << QStringLiteral("otto@acme.test") << int(domain::Role::Observer);
        QTest::newRow("business") << QStringLiteral("bea@acme.test") << int(domain::Role::Business);
    }

    void matrix()
    {
        QFETCH(QString, email);
        QFETCH(int, role);
        const auto r = static_cast<domain::Role>(role);
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(email));
        MainWindow *w = h.window();
        QCOMPARE(*h.session()->role(), r);

        const bool seesMembers = domain::Permissions::can(r, domain::Action::ViewMembers);
        for (const Gated &g : kGated) {
            QAction *action = w->action(QLatin1String(g.objectName));
            QVERIFY2(action, g.objectName);
            w->setCurrentTab(g.tab);
            if (g.needsSelection && seesMembers) {
                auto *table = w->findChild<QTableView *>(QStringLiteral("membersTable"));
                QVERIFY(table);
                // A row that is not the signed-in user.
                for (int row = 0; row < table->model()->rowCount(); ++row) {
                    if (!table->model()->index(row, 0).data(ItemRoles::EmailRole).toString().isEmpty()
                        && table->model()->index(row, 0).data(ItemRoles::EmailRole).toString() != email) {
                        table->setFocus();
                        table->selectRow(row);
                        break;
                    }
                }
            }
            const bool allowed = domain::Permissions::can(r, g.action) && (!g.needsSelection || seesMembers);
            // The last admin may open "Leave": the app then explains instead of sending.
            QCOMPARE_EQ(action->isEnabled(), allowed);
            if (!allowed) {
                QVERIFY2(!Gate::reasonOf(action).isEmpty(), g.objectName);
                QVERIFY2(action->toolTip().contains(Gate::reasonOf(action)), qPrintable(action->toolTip()));
            }
        }

        // Tabs whose content the role may not see say so instead of showing an empty table.
        struct View
        {
            MainWindow::Tab tab;
            domain::Action action;
        };
        for (const View &v : {View {MainWindow::MembersTab, domain::Action::ViewMembers},
                              View {MainWindow::ApiKeysTab, domain::Action::ViewApiKeys},
                              View {MainWindow::BillingTab, domain::Action::ViewBilling}}) {
            w->setCurrentTab(v.tab);
            TabPage *page = w->page(v.tab);
            const auto stacks = page->findChildren<QStackedWidget *>();
            QVERIFY(!stacks.isEmpty());
            QWidget *shown = stacks.first()->currentWidget();
            const bool statesInstead = qobject_cast<StatePanel *>(shown)
                || shown->objectName().contains(QStringLiteral("Unavailable"), Qt::CaseInsensitive)
                || shown->objectName().contains(QStringLiteral("State"));
            QVERIFY2(statesInstead != domain::Permissions::can(r, v.action),
                     qPrintable(page->objectName() + QStringLiteral(" shows ") + shown->objectName()));
        }
    }
};

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
