#pragma once

#include <QMainWindow>
#include <QPointer>

class ApiError;
class CommandPalette;
struct PaletteCommand;
class ConnectionStatus;
class MessageBar;
class OrgSession;
class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSettings;
class QTabWidget;
class SignInDialog;
class TabPage;
struct SyncOutcome;

// The OrgDesk window: four tabs (General, Members, API Keys, Billing) over one OrgSession,
// a menu per page built from the pages' QActions, a toolbar, an org switcher, an inline
// message bar, an "offline — showing data from …" notice and a status bar with the sync's
// progress (cancellable), the last-synced time and the online state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { GeneralTab, MembersTab, ApiKeysTab, BillingTab, TabCount };
    Q_ENUM(Tab)

    // `settings` (geometry, the current tab, column widths, page size) is injected so that
    // tests use a temporary file.
    MainWindow(OrgSession *session, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    OrgSession *session() const { return m_session; }
    MessageBar *messageBar() const { return m_messageBar; }
    TabPage *page(Tab tab) const;
    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    // The sign-in dialog (window-modal, opened with open()); with an invitation link or
    // token it opens on "Accept an invitation", prefilled. Returns the dialog.
    SignInDialog *showSignIn(const QString &invitation = {});

    // Every QAction of the window and its pages, for the shortcut list and (later) the
    // command palette.
    QList<QAction *> allActions() const;
    // The action of the window or a page with this objectName, or nullptr.
    QAction *action(const QString &objectName) const;
    // Ctrl+K's palette (made when first opened).
    CommandPalette *commandPalette();
    // The menus of the menu bar in order (File, View, the pages', Help).
    QList<QMenu *> menus() const { return m_menus; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void restoreSettings();
    void saveSettings() const;
    void updateTitle();
    void updateOrgSwitcher();
    void updateOnlineState();
    void updateSessionActions();
    void onSyncFinished(const SyncOutcome &outcome);
    void onAccessLost(const ApiError &error);
    void onCurrentTabChanged(int index);
    void showKeyboardShortcuts();
    QVector<PaletteCommand> paletteCommands();
    void runPaletteCommand(QAction *action, int tab);
    void goToMember(const QString &userId);
    void showAbout();
    void signOut(bool forget);

    OrgSession *m_session;
    QSettings *m_settings;
    MessageBar *m_messageBar;
    QTabWidget *m_tabs;
    QList<TabPage *> m_pages;
    QComboBox *m_orgSwitcher;
    QLabel *m_orgSwitcherLabel;
    ConnectionStatus *m_status = nullptr;
    QPointer<SignInDialog> m_signIn;

    QAction *m_syncNow = nullptr;
    QAction *m_cancelSyncAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_acceptInvitation = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_forgetAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_workOffline = nullptr;
    QAction *m_switchOrg = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_goToMemberAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QPointer<CommandPalette> m_palette;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_tabActions;
    QList<QAction *> m_windowActions;
    QList<QMenu *> m_menus; // in menu-bar order, for the shortcut list
};
