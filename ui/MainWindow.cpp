#include "MainWindow.h"

#include "ApiKeysPage.h"
#include "BillingPage.h"
#include "GeneralPage.h"
#include "MembersPage.h"
#include "MessageBar.h"
#include "OrgSession.h"
#include "SignInDialog.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(OrgSession *session, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_messageBar(new MessageBar(this))
    , m_offlineNotice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_orgSwitcher(new QComboBox(this))
    , m_orgSwitcherLabel(new QLabel(this))
    , m_syncProgress(new QProgressBar(this))
    , m_cancelSync(new QToolButton(this))
    , m_lastSynced(new QLabel(this))
    , m_onlineState(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_pages << new GeneralPage(session, m_messageBar, m_tabs) << new MembersPage(session, m_messageBar, m_tabs)
            << new ApiKeysPage(session, m_messageBar, m_tabs) << new BillingPage(session, m_messageBar, m_tabs);
    m_tabs->addTab(m_pages[GeneralTab], tr("&General"));
    m_tabs->addTab(m_pages[MembersTab], tr("&Members"));
    m_tabs->addTab(m_pages[ApiKeysTab], tr("API &Keys"));
    m_tabs->addTab(m_pages[BillingTab], tr("&Billing"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_offlineNotice);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    onCurrentTabChanged(m_tabs->currentIndex());
}

MainWindow::~MainWindow() = default;

TabPage *MainWindow::page(Tab tab) const
{
    return m_pages.value(tab);
}

MainWindow::Tab MainWindow::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

void MainWindow::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

SignInDialog *MainWindow::showSignIn(const QString &invitation)
{
    if (!m_signIn)
        m_signIn = new SignInDialog(m_session, this);
    if (!invitation.isEmpty())
        m_signIn->setInvitation(invitation);
    m_signIn->open();
    return m_signIn;
}

QList<QAction *> MainWindow::allActions() const
{
    QList<QAction *> all = m_windowActions;
    for (TabPage *page : m_pages)
        all += page->menuActions();
    all.removeAll(nullptr);
    return all;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
}

void MainWindow::onCurrentTabChanged(int index)
{
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages[i]->setActive(i == index);
}
