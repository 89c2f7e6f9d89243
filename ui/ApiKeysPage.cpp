#include "ApiKeysPage.h"

#include "ApiKeysModel.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "Roles.h"
#include "StatePanel.h"

#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

ApiKeysPage::ApiKeysPage(OrgSession *session, MessageBar *messages, QWidget *parent)
    : TabPage(session, messages, parent)
    , m_stack(new QStackedWidget(this))
    , m_state(new StatePanel(this))
    , m_table(new QTableView(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("apiKeysPage"));
    m_sorted->setSourceModel(session->models()->apiKeys());
    m_sorted->setSortRole(ItemRoles::SortKeyRole);
    m_table->setObjectName(QStringLiteral("apiKeysTable"));
    m_table->setAccessibleName(tr("API keys"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApiKeysModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move in the table
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(ApiKeysModel::Name, 180);
    m_table->horizontalHeader()->resizeSection(ApiKeysModel::Description, 240);
    m_state->setObjectName(QStringLiteral("apiKeysState"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(session, &OrgSession::roleChanged, this, &ApiKeysPage::updateActions);
    connect(session, &OrgSession::dataAvailableChanged, this, &ApiKeysPage::updateActions);
    updateActions();
}

void ApiKeysPage::focusStart()
{
    m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void ApiKeysPage::updateActions()
{
    const auto role = session()->role();
    if (role && !session()->can(domain::Action::ViewApiKeys)) {
        m_state->setText(tr("API keys are for admins and managers"),
                         tr("Your role in this organization does not show its API keys. Ask an admin if you need "
                            "one."));
        m_stack->setCurrentWidget(m_state);
    } else if (!session()->isDataAvailable()) {
        m_state->setText(tr("Not available offline"),
                         tr("OrgDesk has not downloaded this organization yet. Its API keys appear when the "
                            "server is reachable."));
        m_stack->setCurrentWidget(m_state);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

void ApiKeysPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
}

void ApiKeysPage::restoreState(QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
}
