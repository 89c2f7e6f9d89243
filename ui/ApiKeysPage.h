#pragma once

#include "TabPage.h"
#include "domain/ApiKey.h"
#include "domain/Permissions.h"

#include <QPointer>

class ApiKeyDialog;
class ApiKeyWriter;
class ApiKeysFilterModel;
class ApiKeysTableModel;
class ApiKeysTableView;
class ClipboardGuard;
class KeySecretDialog;
class KeySecrets;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QToolButton;
class StatePanel;

// The API Keys tab: the org's keys (name, description, an enabled switch, prefix, created,
// created by, last used, a copy-secret icon and a "⋯" menu), sortable and filterable, with
// Generate (Ctrl+N; the secret then shown once), Edit (F2), Enable/Disable (Space; a disable
// can be undone from the message bar), Copy Secret (Ctrl+C, while this session holds it) and
// Remove (Delete, confirmed). Only admins and managers see the keys; others are told why,
// and offline without a cache says "not available offline". Every write goes through
// OrgSession and says why it is disabled; the models are never patched.
//
// Secrets of keys generated here are held in memory only (KeySecrets) and forgotten on
// sign-out, org switch and removal; a copied secret leaves the clipboard after 45 s.
class ApiKeysPage : public TabPage
{
    Q_OBJECT
public:
    ApiKeysPage(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);
    ~ApiKeysPage() override;

    QString menuTitle() const override { return tr("API &Keys"); }
    QList<QAction *> menuActions() const override;
    void focusStart() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    // Opens the generate dialog (Ctrl+N) or the edit dialog of the selected key (F2) and
    // returns it; nullptr when that is not possible now (the action's tooltip says why).
    ApiKeyDialog *showGenerateDialog();
    ApiKeyDialog *showEditDialog();
    // Shows the key (clearing a filter that hides it), selects its row and focuses the
    // table. False if there is no such key.
    bool selectKey(const QString &keyId);
    QStringList selectedKeyIds() const;

    ApiKeysTableView *table() const { return m_table; }
    ApiKeysTableModel *tableModel() const { return m_tableModel; }
    ApiKeysFilterModel *filterModel() const { return m_filter; }
    QLineEdit *filterField() const { return m_filterField; }
    QMenu *rowMenu() const { return m_rowMenu; }
    KeySecrets *secrets() const { return m_secrets; }
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    // "3 keys" / "1 of 3 match" beside the filter.
    QString countText() const;
    // What the page shows instead of the table (not available offline, …), or empty.
    QString unavailableText() const;

protected:
    void updateActions() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createLayout();
    void connectSession();
    Unavailable unavailable() const;
    QString gateReason(domain::Action action, bool needsSelection) const;
    const domain::ApiKey *currentKey() const;
    void updateCount();
    void showRowMenu(const QModelIndex &index, const QPoint &globalPos);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void selectWhenShown();

    void toggleSelected();
    void copySelectedSecret();
    void copySecret(const QString &keyId);
    void removeSelected();
    void onKeyGenerated(const domain::ApiKey &key, const QString &secret);
    void showSecretDialog(const QString &keyId, const QString &keyName);
    void forgetSecrets();

    KeySecrets *m_secrets;
    ClipboardGuard *m_clipboard;
    ApiKeysTableModel *m_tableModel;
    ApiKeysFilterModel *m_filter;
    QStackedWidget *m_stack;
    QWidget *m_content;
    StatePanel *m_state;
    ApiKeysTableView *m_table;
    QLineEdit *m_filterField;
    QLabel *m_count;
    QLabel *m_emptyHint;
    QToolButton *m_generateButton;
    QMenu *m_rowMenu;
    ApiKeyWriter *m_writer;

    QAction *m_generateAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_findAction = nullptr;

    QPointer<ApiKeyDialog> m_keyDialog;
    QString m_selectWhenShown; // a key just generated: selected once its row arrives
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
