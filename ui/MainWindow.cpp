#include "MainWindow.h"

#include "ApiKeysPage.h"
#include "BillingPage.h"
#include "CommandPalette.h"
#include "ConnectionStatus.h"
#include "Gate.h"
#include "GeneralPage.h"
#include "Icons.h"
#include "KeyboardShortcutsDialog.h"
#include "LanguageMenu.h"
#include "MembersPage.h"
#include "MembersTableView.h"
#include "MessageBar.h"
#include "OrgModels.h"
#include "OrgProfileObject.h"
#include "OrgSession.h"
#include "SignInDialog.h"
#include "UiLog.h"
#include "sync/SyncOutcome.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "ConfirmDialog.h"

namespace {

QAction *makeAction(QObject *parent, const QString &objectName, const QString &text, const QString &toolTip,
                    const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace

MainWindow::MainWindow(OrgSession *session, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_messageBar(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_orgSwitcher(new QComboBox(this))
    , m_orgSwitcherLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("orgdesk"), QApplication::windowIcon()));

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Sections"));
    m_tabs->setDocumentMode(true);
    m_pages << new GeneralPage(session, m_messageBar, m_tabs) << new MembersPage(session, m_messageBar, m_tabs)
            << new ApiKeysPage(session, m_messageBar, m_tabs) << new BillingPage(session, m_messageBar, m_tabs);
    // No mnemonics on the tabs: Alt+letter belongs to the menus, Ctrl+1…4 to the tabs.
    m_tabs->addTab(m_pages[GeneralTab], tr("General"));
    m_tabs->addTab(m_pages[MembersTab], tr("Members"));
    m_tabs->addTab(m_pages[ApiKeysTab], tr("API Keys"));
    m_tabs->addTab(m_pages[BillingTab], tr("Billing"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, tr("%1 (Ctrl+%2)").arg(m_tabs->tabText(i)).arg(i + 1));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createToolBar();
    m_status = new ConnectionStatus(m_session, {m_signInAction, m_workOffline, m_syncNow, m_cancelSyncAction}, this);
    layout->insertWidget(1, m_status->notice()); // under the message bar
    m_status->addTo(statusBar());
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_session, &OrgSession::orgsChanged, this, &MainWindow::updateOrgSwitcher);
    connect(m_session, &OrgSession::orgChanged, this, [this] {
        updateOrgSwitcher();
        updateTitle();
    });
    connect(m_session, &OrgSession::stateChanged, this, &MainWindow::updateSessionActions);
    connect(m_session, &OrgSession::onlineChanged, this, &MainWindow::updateSessionActions);
    connect(m_session, &OrgSession::workOfflineChanged, this, [this](bool offline) {
        m_workOffline->setChecked(offline);
        updateSessionActions();
    });
    connect(m_session, &OrgSession::syncFinished, this, &MainWindow::onSyncFinished);
    connect(m_session, &OrgSession::accessLost, this, &MainWindow::onAccessLost);
    connect(m_session, &OrgSession::notice, this,
            [this](const QString &text) { m_messageBar->showMessage(MessageBar::Kind::Warning, text); });
    connect(m_session->models()->org(), &OrgProfileObject::nameChanged, this, &MainWindow::updateTitle);
    if (auto *general = qobject_cast<GeneralPage *>(m_pages[GeneralTab])) {
        connect(general, &GeneralPage::promoteMemberRequested, this, [this] {
            setCurrentTab(MembersTab);
            m_pages[MembersTab]->focusStart();
        });
    }

    restoreSettings();
    updateOrgSwitcher();
    updateTitle();
    updateSessionActions();
    onCurrentTabChanged(m_tabs->currentIndex());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_signInAction = makeAction(this, QStringLiteral("signIn"), tr("&Sign In…"), tr("Sign in to an OrgDesk server"));
    connect(m_signInAction, &QAction::triggered, this, [this] { showSignIn(); });
    m_acceptInvitation = makeAction(this, QStringLiteral("acceptInvitation"), tr("&Accept Invitation…"),
                                    tr("Join an organization with the link or token from an invitation email"));
    connect(m_acceptInvitation, &QAction::triggered, this, [this] {
        SignInDialog *dialog = showSignIn();
        dialog->setMode(SignInDialog::Mode::AcceptInvitation);
    });
    m_syncNow = makeAction(this, QStringLiteral("syncNow"), tr("Sync &Now"),
                           tr("Fetch the latest changes from the server"), QKeySequence(Qt::Key_F5));
    m_syncNow->setIcon(Icons::icon(QStringLiteral("sync")));
    connect(m_syncNow, &QAction::triggered, m_session, &OrgSession::syncNow);
    m_cancelSyncAction = makeAction(this, QStringLiteral("cancelSync"), tr("&Cancel Sync"),
                                    tr("Stop the sync after the page being written; what arrived so far stays"));
    m_cancelSyncAction->setEnabled(false);
    connect(m_cancelSyncAction, &QAction::triggered, m_session, &OrgSession::cancelSync);
    m_workOffline = makeAction(this, QStringLiteral("workOffline"), tr("Work &Offline"),
                               tr("Show the offline copy only and send nothing until this is turned off"));
    m_workOffline->setCheckable(true);
    m_workOffline->setIcon(Icons::icon(QStringLiteral("offline")));
    m_workOffline->setChecked(m_session->workOffline());
    connect(m_workOffline, &QAction::toggled, m_session, &OrgSession::setWorkOffline);
    m_signOutAction
        = makeAction(this, QStringLiteral("signOut"), tr("Sign &Out"), tr("End the session; the offline copy stays"));
    m_signOutAction->setIcon(Icons::icon(QStringLiteral("sign-out")));
    connect(m_signOutAction, &QAction::triggered, this, [this] { signOut(false); });
    m_forgetAction = makeAction(this, QStringLiteral("signOutForget"), tr("Sign Out and &Forget This Computer…"),
                                tr("End the session and delete the offline copies and what OrgDesk remembers"));
    connect(m_forgetAction, &QAction::triggered, this, [this] {
        ConfirmDialog::ask(this, tr("Forget This Computer"), tr("Sign out and forget this computer?"),
                           tr("The offline copies of your organizations are deleted from this computer. You "
                              "will need your password and a connection to see them again."),
                           tr("Sign Out and &Forget"), [this] { signOut(true); });
    });
    m_quit = makeAction(this, QStringLiteral("quit"), tr("&Quit"), tr("Close OrgDesk"), QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_switchOrg = makeAction(this, QStringLiteral("switchOrg"), tr("S&witch Organization…"),
                             tr("Choose another organization you belong to"), QKeySequence(tr("Ctrl+Shift+O")));
    connect(m_switchOrg, &QAction::triggered, this, [this] {
        m_orgSwitcher->setFocus(Qt::ShortcutFocusReason);
        m_orgSwitcher->showPopup();
    });

    const QStringList tabNames = {tr("&General"), tr("&Members"), tr("API &Keys"), tr("&Billing")};
    const QStringList tabObjects = {QStringLiteral("showGeneral"), QStringLiteral("showMembers"),
                                    QStringLiteral("showApiKeys"), QStringLiteral("showBilling")};
    for (int i = 0; i < TabCount; ++i) {
        QAction *action = makeAction(this, tabObjects[i], tabNames[i], tr("Show the %1 tab").arg(m_tabs->tabText(i)),
                                     QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            setCurrentTab(static_cast<Tab>(i));
            m_pages[i]->focusStart();
        });
        m_tabActions << action;
    }

    m_paletteAction
        = makeAction(this, QStringLiteral("commandPalette"), tr("&Command Palette…"),
                     tr("Find and run any command by typing part of its name"), QKeySequence(Qt::CTRL | Qt::Key_K));
    m_paletteAction->setIcon(Icons::icon(QStringLiteral("palette")));
    connect(m_paletteAction, &QAction::triggered, this, [this] { commandPalette()->openCommands(); });
    m_goToMemberAction = makeAction(this, QStringLiteral("goToMember"), tr("&Go to Member…"),
                                    tr("Find a member by name or email and show them on the Members tab"),
                                    QKeySequence(Qt::CTRL | Qt::Key_G));
    m_goToMemberAction->setIcon(Icons::icon(QStringLiteral("search")));
    connect(m_goToMemberAction, &QAction::triggered, this, [this] { commandPalette()->openMembers(); });

    m_shortcutsAction = makeAction(this, QStringLiteral("keyboardShortcuts"), tr("&Keyboard Shortcuts"),
                                   tr("List every keyboard shortcut"), QKeySequence::HelpContents);
    m_shortcutsAction->setIcon(Icons::icon(QStringLiteral("shortcuts")));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
    m_aboutAction = makeAction(this, QStringLiteral("about"), tr("&About OrgDesk"), tr("Version and licences"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_windowActions = {m_signInAction,  m_acceptInvitation, m_syncNow, m_cancelSyncAction, m_workOffline,
                       m_signOutAction, m_forgetAction,     m_quit,    m_switchOrg};
    m_windowActions += m_tabActions;
    m_windowActions << m_paletteAction << m_goToMemberAction << m_shortcutsAction << m_aboutAction;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addActions({m_signInAction, m_acceptInvitation});
    file->addSeparator();
    file->addActions({m_syncNow, m_cancelSyncAction, m_workOffline});
    file->addSeparator();
    file->addActions({m_signOutAction, m_forgetAction});
    file->addSeparator();
    file->addAction(m_quit);
    m_menus << file;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions(m_tabActions);
    view->addSeparator();
    view->addActions({m_paletteAction, m_goToMemberAction});
    view->addSeparator();
    view->addAction(m_switchOrg);
    m_languageMenu = new LanguageMenu(m_settings, m_messageBar, view);
    view->addMenu(m_languageMenu);
    m_menus << view;

    for (TabPage *page : std::as_const(m_pages)) {
        const QList<QAction *> actions = page->menuActions();
        if (actions.isEmpty())
            continue;
        QMenu *menu = menuBar()->addMenu(page->menuTitle());
        menu->setObjectName(page->objectName() + QStringLiteral("Menu"));
        menu->setToolTipsVisible(true); // a disabled item says why
        for (QAction *action : actions) {
            if (action)
                menu->addAction(action);
            else
                menu->addSeparator();
        }
        m_menus << menu;
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addActions({m_shortcutsAction, m_aboutAction});
    m_menus << help;

    for (QMenu *menu : std::as_const(m_menus))
        menu->setToolTipsVisible(true);
    // The window carries every action too, so shortcuts work even with the menu bar hidden
    // (and on macOS's native menu bar).
    addActions(m_windowActions);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_syncNow);
    bar->addSeparator();
    m_orgSwitcherLabel->setText(tr("Organization:"));
    m_orgSwitcherLabel->setContentsMargins(6, 0, 4, 0);
    m_orgSwitcher->setObjectName(QStringLiteral("orgSwitcher"));
    m_orgSwitcher->setAccessibleName(tr("Organization"));
    m_orgSwitcher->setToolTip(tr("The organization shown (Ctrl+Shift+O to switch)"));
    m_orgSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_orgSwitcher->setMinimumContentsLength(16);
    m_orgSwitcherLabel->setBuddy(m_orgSwitcher);
    bar->addWidget(m_orgSwitcherLabel);
    bar->addWidget(m_orgSwitcher);
    connect(m_orgSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString orgId = m_orgSwitcher->itemData(index).toString();
        if (!orgId.isEmpty() && orgId != m_session->orgId()) {
            qCInfo(lcUi) << "switching to org" << orgId;
            m_session->switchOrg(orgId);
        }
    });
    QMenu *view = m_menus.value(1);
    if (view) {
        view->addSeparator();
        QAction *toggle = bar->toggleViewAction();
        toggle->setObjectName(QStringLiteral("toggleToolBar"));
        toggle->setText(tr("Show &Toolbar"));
        view->addAction(toggle);
    }
}

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
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_session, this);
        if (m_settings) {
            const QUrl server = m_settings->value(QStringLiteral("account/server")).toUrl();
            if (server.isValid())
                m_signIn->setServer(server);
            m_signIn->setEmail(m_settings->value(QStringLiteral("account/email")).toString());
        }
        if (m_session->server().isValid())
            m_signIn->setServer(m_session->server());
        if (!m_session->user().email.isEmpty())
            m_signIn->setEmail(m_session->user().email);
        connect(m_signIn, &SignInDialog::signedIn, this, [this](const QUrl &server, const QString &email) {
            if (m_settings) {
                m_settings->setValue(QStringLiteral("account/server"), server);
                m_settings->setValue(QStringLiteral("account/email"), email);
            }
            m_messageBar->clearMessage();
        });
        connect(m_signIn, &SignInDialog::invitationAccepted, this, [this] {
            m_messageBar->showMessage(MessageBar::Kind::Positive, tr("You have joined the organization."));
        });
    }
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

QAction *MainWindow::action(const QString &objectName) const
{
    const auto all = allActions();
    const auto found = std::find_if(all.cbegin(), all.cend(),
                                    [&objectName](const QAction *a) { return a->objectName() == objectName; });
    return found == all.cend() ? nullptr : *found;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_status->update();
}

void MainWindow::restoreSettings()
{
    if (!m_settings)
        return;
    m_settings->beginGroup(QStringLiteral("window"));
    if (!restoreGeometry(m_settings->value(QStringLiteral("geometry")).toByteArray())) {
        // First start: room for the members table, within the screen.
        QSize size(1100, 720);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(m_settings->value(QStringLiteral("state")).toByteArray());
    const int tab = m_settings->value(QStringLiteral("tab"), int(GeneralTab)).toInt();
    m_settings->endGroup();
    if (tab >= 0 && tab < TabCount)
        m_tabs->setCurrentIndex(tab);
    for (TabPage *page : std::as_const(m_pages)) {
        m_settings->beginGroup(QStringLiteral("pages/") + page->objectName());
        page->restoreState(*m_settings);
        m_settings->endGroup();
    }
}

void MainWindow::saveSettings() const
{
    if (!m_settings)
        return;
    m_settings->beginGroup(QStringLiteral("window"));
    m_settings->setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("state"), saveState());
    m_settings->setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    m_settings->endGroup();
    for (TabPage *page : m_pages) {
        m_settings->beginGroup(QStringLiteral("pages/") + page->objectName());
        page->saveState(*m_settings);
        m_settings->endGroup();
    }
    if (!m_session->orgId().isEmpty())
        m_settings->setValue(QStringLiteral("account/org"), m_session->orgId());
    m_settings->sync();
}

void MainWindow::updateTitle()
{
    const QString org = m_session->models()->org()->name();
    QString name = org;
    if (name.isEmpty()) {
        for (const OrgMembership &membership : m_session->orgs()) {
            if (membership.id == m_session->orgId())
                name = membership.name;
        }
    }
    setWindowTitle(name.isEmpty() ? tr("OrgDesk") : tr("%1 — OrgDesk", "window title: org name — app").arg(name));
}

void MainWindow::updateOrgSwitcher()
{
    const QSignalBlocker blocker(m_orgSwitcher);
    m_orgSwitcher->clear();
    const auto orgs = m_session->orgs();
    for (const OrgMembership &org : orgs)
        m_orgSwitcher->addItem(org.name, org.id);
    m_orgSwitcher->setCurrentIndex(m_orgSwitcher->findData(m_session->orgId()));
    m_orgSwitcher->setEnabled(orgs.size() > 1);
    m_switchOrg->setEnabled(orgs.size() > 1);
    if (orgs.size() <= 1)
        m_orgSwitcher->setToolTip(tr("You belong to one organization"));
    else
        m_orgSwitcher->setToolTip(tr("The organization shown (Ctrl+Shift+O to switch)"));
}

void MainWindow::updateSessionActions()
{
    const auto state = m_session->state();
    const bool signedIn = state == OrgSession::State::SignedIn;
    m_signOutAction->setEnabled(state != OrgSession::State::SignedOut);
    m_forgetAction->setEnabled(state != OrgSession::State::SignedOut);
    m_syncNow->setEnabled(signedIn && !m_session->workOffline() && !m_session->orgId().isEmpty());
    m_workOffline->setEnabled(state != OrgSession::State::SignedOut);
}

void MainWindow::onSyncFinished(const SyncOutcome &outcome)
{
    if (outcome.kind == SyncOutcome::Kind::Failed)
        m_messageBar->showError(tr("Could not sync"), outcome.error);
}

void MainWindow::onAccessLost(const ApiError &error)
{
    if (m_session->state() == OrgSession::State::NeedsPassword) {
        m_messageBar->showError(tr("Your session has ended"), error, {m_signInAction});
    } else {
        m_messageBar->showMessage(MessageBar::Kind::Warning, error.message());
    }
    updateSessionActions();
}

void MainWindow::onCurrentTabChanged(int index)
{
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages[i]->setActive(i == index);
}

void MainWindow::showKeyboardShortcuts()
{
    auto *dialog = findChild<KeyboardShortcutsDialog *>();
    if (!dialog)
        dialog = new KeyboardShortcutsDialog(m_menus, this);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About OrgDesk"),
                                tr("<h3>OrgDesk %1</h3><p>Desktop administration for your monitoring organization: "
                                   "members, API keys and billing, by keyboard, online and offline.</p>"
                                   "<p>Built with Qt %2.</p>")
                                    .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::signOut(bool forget)
{
    qCInfo(lcUi) << (forget ? "signing out and forgetting this computer" : "signing out");
    SessionOperation *operation = m_session->signOut(forget);
    connect(operation, &SessionOperation::finished, this, [this, forget] {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  forget ? tr("Signed out. This computer no longer keeps your organizations.")
                                         : tr("Signed out."));
        showSignIn();
    });
}

CommandPalette *MainWindow::commandPalette()
{
    if (!m_palette) {
        m_palette = new CommandPalette(
            m_session, [this] { return paletteCommands(); }, this);
        if (m_settings)
            m_palette->setRecentCommands(m_settings->value(QStringLiteral("palette/recent")).toStringList());
        connect(m_palette, &CommandPalette::commandChosen, this, &MainWindow::runPaletteCommand);
        connect(m_palette, &CommandPalette::memberChosen, this, &MainWindow::goToMember);
    }
    return m_palette;
}

QVector<PaletteCommand> MainWindow::paletteCommands()
{
    auto strip = [](QString text) {
        text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
        return text;
    };
    QVector<PaletteCommand> commands;
    auto add = [&](QAction *action, const QString &menu, int tab) {
        if (!action || action->isSeparator() || !action->isVisible() || action == m_paletteAction)
            return;
        PaletteCommand command;
        command.action = action;
        command.text = strip(action->text());
        if (action->isCheckable())
            command.text = action->isChecked() ? tr("%1 (on)", "a checkable command that is on").arg(command.text)
                                               : tr("%1 (off)", "a checkable command that is off").arg(command.text);
        command.menu = strip(menu);
        command.shortcut = action->shortcut();
        command.enabled = action->isEnabled();
        command.reason = command.enabled ? QString() : Gate::reasonOf(action);
        if (!command.enabled && command.reason.isEmpty())
            command.reason = tr("Not available right now.");
        command.tab = tab;
        commands << command;
    };

    // The window's own commands, in menu order.
    for (QMenu *menu : std::as_const(m_menus)) {
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (m_windowActions.contains(action)) {
                add(action, menu->title(), -1);
            } else if (QMenu *sub = action->menu(); sub && sub == m_languageMenu) {
                const auto languages = sub->actions();
                for (QAction *language : languages)
                    add(language, tr("%1 › %2").arg(menu->title(), sub->title()), -1);
            }
        }
    }
    // A page's commands as if its tab were open (running one opens the tab): the page
    // re-evaluates them active, and then goes back, with no event in between.
    const int current = m_tabs->currentIndex();
    for (int i = 0; i < m_pages.size(); ++i) {
        TabPage *page = m_pages.at(i);
        const bool switching = i != current;
        if (switching)
            page->setActive(true);
        const auto actions = page->menuActions();
        for (QAction *action : actions)
            add(action, page->menuTitle(), i);
        if (switching)
            page->setActive(false);
    }
    return commands;
}

void MainWindow::runPaletteCommand(QAction *action, int tab)
{
    if (!action)
        return;
    if (m_settings)
        m_settings->setValue(QStringLiteral("palette/recent"), commandPalette()->recentCommands());
    if (tab >= 0 && tab != m_tabs->currentIndex())
        setCurrentTab(static_cast<Tab>(tab));
    if (action == m_goToMemberAction) {
        // From the palette straight into its member search.
        QTimer::singleShot(0, this, [this] { commandPalette()->openMembers(); });
        return;
    }
    if (!action->isEnabled()) {
        m_messageBar->showMessage(
            MessageBar::Kind::Warning,
            tr("%1 is not available: %2").arg(action->text().remove(QLatin1Char('&')), Gate::reasonOf(action)));
        return;
    }
    // After the palette has closed and the focus is back in the window.
    QTimer::singleShot(0, action, &QAction::trigger);
}

void MainWindow::goToMember(const QString &userId)
{
    setCurrentTab(MembersTab);
    auto *members = qobject_cast<MembersPage *>(page(MembersTab));
    if (!members || !members->selectMember(userId)) {
        m_messageBar->showMessage(MessageBar::Kind::Warning, tr("That member is no longer in the organization."));
        return;
    }
    // Where the keyboard can act on them at once (F2, Delete, the row menu).
    members->table()->setFocus(Qt::OtherFocusReason);
}
