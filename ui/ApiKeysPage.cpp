#include "ApiKeysPage.h"

#include "ApiKeyDialog.h"
#include "ApiKeyWriter.h"
#include "ApiKeysFilterModel.h"
#include "ApiKeysModel.h"
#include "ApiKeysTableModel.h"
#include "ApiKeysTableView.h"
#include "ClipboardGuard.h"
#include "DisplayText.h"
#include "Gate.h"
#include "Icons.h"
#include "KeySecretDialog.h"
#include "KeySecrets.h"
#include "MessageBar.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "Roles.h"
#include "StatePanel.h"
#include "UiLog.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

ApiKeysPage::ApiKeysPage(OrgSession *session, MessageBar *messages, QWidget *parent)
    : TabPage(session, messages, parent)
    , m_secrets(new KeySecrets(this))
    , m_clipboard(new ClipboardGuard(this))
    , m_tableModel(new ApiKeysTableModel(session->models()->apiKeys(), m_secrets, this))
    , m_filter(new ApiKeysFilterModel(this))
    , m_stack(new QStackedWidget(this)) // the page's first stack: what it shows (tst_roles)
    , m_content(new QWidget(this))
    , m_state(new StatePanel(this))
    , m_table(new ApiKeysTableView(this))
    , m_filterField(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_emptyHint(new QLabel(this))
    , m_generateButton(new QToolButton(this))
    , m_rowMenu(new QMenu(this))
    , m_writer(new ApiKeyWriter(session, messages, m_tableModel, m_secrets, this, this))
{
    setObjectName(QStringLiteral("apiKeysPage"));
    m_filter->setSourceModel(m_tableModel);
    createActions();
    createLayout();
    connectSession();
    updateCount();
    updateActions();
}

ApiKeysPage::~ApiKeysPage() = default;

void ApiKeysPage::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setToolTip(tip);
        action->setShortcutVisibleInContextMenu(true);
        return action;
    };
    m_generateAction = make(QStringLiteral("generateKey"), tr("&Generate Key…"), QKeySequence(Qt::CTRL | Qt::Key_N),
                            tr("Generate a new API key for agents and scripts"));
    m_generateAction->setIconText(tr("Generate Key…"));
    m_generateAction->setIcon(Icons::icon(QStringLiteral("add")));
    m_editAction = make(QStringLiteral("editKey"), tr("&Edit Key…"), QKeySequence(Qt::Key_F2),
                        tr("Change the name and description of the selected key"));
    m_toggleAction = make(QStringLiteral("toggleKey"), tr("&Disable Key"), QKeySequence(Qt::Key_Space),
                          tr("Enable or disable the selected key"));
    m_copyAction = make(QStringLiteral("copyKeySecret"), tr("&Copy Secret"), QKeySequence(Qt::CTRL | Qt::Key_C),
                        tr("Copy the selected key's secret, while this session still holds it"));
    m_removeAction = make(QStringLiteral("removeKey"), tr("Re&move Key…", "remove an API key"),
                          QKeySequence(Qt::Key_Delete), tr("Remove the selected keys; they stop working at once"));
    m_findAction = make(QStringLiteral("findKey"), tr("&Find Key"), QKeySequence(Qt::CTRL | Qt::Key_F),
                        tr("Filter the keys by name, description or prefix"));
    for (QAction *action : {m_generateAction, m_editAction, m_copyAction, m_removeAction, m_findAction})
        addAction(action); // the keys work even before MainWindow lists the action
    // Space belongs to whatever has the focus (a button, a check box) everywhere but the
    // table: there it toggles the selected key.
    m_toggleAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_toggleAction);

    connect(m_generateAction, &QAction::triggered, this, &ApiKeysPage::showGenerateDialog);
    connect(m_editAction, &QAction::triggered, this, &ApiKeysPage::showEditDialog);
    connect(m_toggleAction, &QAction::triggered, this, &ApiKeysPage::toggleSelected);
    connect(m_copyAction, &QAction::triggered, this, &ApiKeysPage::copySelectedSecret);
    connect(m_removeAction, &QAction::triggered, this, &ApiKeysPage::removeSelected);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterField->setFocus(Qt::ShortcutFocusReason);
        m_filterField->selectAll();
    });
    connect(m_writer, &ApiKeyWriter::pendingChanged, this, &ApiKeysPage::updateActions);

    m_rowMenu->setObjectName(QStringLiteral("apiKeyMenu"));
    m_rowMenu->setAccessibleName(tr("API key actions"));
    m_rowMenu->setToolTipsVisible(true);
    m_rowMenu->addAction(m_editAction);
    m_rowMenu->addAction(m_toggleAction);
    m_rowMenu->addAction(m_copyAction);
    m_rowMenu->addSeparator();
    m_rowMenu->addAction(m_removeAction);
}

QList<QAction *> ApiKeysPage::menuActions() const
{
    return {m_generateAction, m_editAction, m_toggleAction, m_copyAction, m_removeAction, nullptr, m_findAction};
}

void ApiKeysPage::createLayout()
{
    m_filterField->setObjectName(QStringLiteral("apiKeyFilter"));
    m_filterField->setAccessibleName(tr("Filter API keys"));
    m_filterField->setPlaceholderText(tr("Filter by name, description or prefix (Ctrl+F)"));
    m_filterField->setClearButtonEnabled(true);
    m_filterField->installEventFilter(this);
    connect(m_filterField, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        updateCount();
    });

    m_count->setObjectName(QStringLiteral("apiKeyCount"));
    m_count->setAccessibleName(tr("Number of API keys"));

    m_generateButton->setObjectName(QStringLiteral("generateKeyButton"));
    m_generateButton->setDefaultAction(m_generateAction);
    m_generateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_generateButton->setFocusPolicy(Qt::StrongFocus);
    m_generateButton->setAccessibleName(tr("Generate an API key"));

    m_emptyHint->setObjectName(QStringLiteral("apiKeyEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setTextFormat(Qt::PlainText);
    m_emptyHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_emptyHint->hide();

    m_table->setObjectName(QStringLiteral("apiKeysTable"));
    m_table->setAccessibleName(tr("API keys"));
    m_table->setModel(m_filter);
    m_table->setDefaultColumns();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(m_sortColumn, m_sortOrder);
    m_filter->sort(m_sortColumn, m_sortOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ApiKeysPage::onSortIndicatorChanged);

    connect(m_table, &ApiKeysTableView::toggleRequested, this, [this](const QModelIndex &index) {
        if (const domain::ApiKey *key = session()->models()->apiKeys()->find(index.data(ItemRoles::IdRole).toString()))
            m_writer->setKeyEnabled(key->id, !key->enabled);
    });
    connect(m_table, &ApiKeysTableView::copyRequested, this,
            [this](const QModelIndex &index) { copySecret(index.data(ItemRoles::IdRole).toString()); });
    connect(m_table, &ApiKeysTableView::menuRequested, this, &ApiKeysPage::showRowMenu);
    connect(m_table, &ApiKeysTableView::copyKeyPressed, this, [this] {
        if (!Gate::reasonOf(m_copyAction).isEmpty() && currentKey())
            messages()->showMessage(MessageBar::Kind::Information, Gate::reasonOf(m_copyAction));
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (ApiKeysFilterModel::isSortable(index.column()) && index.column() != ApiKeysTableModel::Enabled)
            showEditDialog();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApiKeysPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApiKeysPage::updateActions);
    // The toggle's text follows the selected key's state; rows come and go with syncs.
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &ApiKeysPage::updateActions);
    // The filter model drops its rows before the source has (rowsAboutToBeRemoved): count
    // after the source's signals too.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_filter), static_cast<QAbstractItemModel *>(m_tableModel)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ApiKeysPage::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ApiKeysPage::updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, &ApiKeysPage::updateCount);
    }
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ApiKeysPage::selectWhenShown);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ApiKeysPage::selectWhenShown);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterField, 1);
    top->addSpacing(8);
    top->addWidget(m_count);
    top->addSpacing(8);
    top->addWidget(m_generateButton);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_emptyHint);
    contentLayout->addWidget(m_table, 1);
    m_content->setObjectName(QStringLiteral("apiKeysContent"));

    m_state->setObjectName(QStringLiteral("apiKeysState"));
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    setTabOrder(m_filterField, m_generateButton);
    setTabOrder(m_generateButton, m_table);
}

void ApiKeysPage::connectSession()
{
    OrgSession *s = session();
    connect(s, &OrgSession::roleChanged, this, &ApiKeysPage::updateActions);
    connect(s, &OrgSession::onlineChanged, this, &ApiKeysPage::updateActions);
    connect(s, &OrgSession::workOfflineChanged, this, &ApiKeysPage::updateActions);
    connect(s, &OrgSession::dataAvailableChanged, this, &ApiKeysPage::updateActions);
    // Secrets belong to the signed-in user and the open org: they go with either.
    connect(s, &OrgSession::stateChanged, this, [this](OrgSession::State state) {
        if (state == OrgSession::State::SignedOut)
            forgetSecrets();
        updateActions();
    });
    connect(s, &OrgSession::orgChanged, this, [this] {
        forgetSecrets();
        m_filterField->clear();
        updateActions();
    });
    // A key removed elsewhere takes its secret along.
    ApiKeysModel *keys = s->models()->apiKeys();
    const auto reconcile
        = [this, keys] { m_secrets->reconcile([keys](const QString &id) { return keys->find(id) != nullptr; }); };
    connect(keys, &QAbstractItemModel::rowsInserted, this, reconcile);
    connect(keys, &QAbstractItemModel::rowsRemoved, this, reconcile);
    connect(keys, &QAbstractItemModel::modelReset, this, reconcile);
    connect(m_secrets, &KeySecrets::changed, this, &ApiKeysPage::updateActions);
}

void ApiKeysPage::forgetSecrets()
{
    m_secrets->clear();
    m_clipboard->clearNow();
    m_selectWhenShown.clear();
}

// --- State ---------------------------------------------------------------------------------

ApiKeysPage::Unavailable ApiKeysPage::unavailable() const
{
    return unavailableFor(domain::Action::ViewApiKeys,
                          {tr("Sign in to see the organization's API keys."),
                           tr("Your role in this organization (%1) does not include API keys: only admins and "
                              "managers see and manage them. An admin can change your role."),
                           tr("Downloading the API keys…"),
                           tr("API keys are not available offline: OrgDesk has not downloaded this organization "
                              "yet. They will appear when the server is reachable.")});
}

QString ApiKeysPage::unavailableText() const
{
    return m_stack->currentWidget() == m_state ? m_state->explanation() : QString();
}

QString ApiKeysPage::gateReason(domain::Action action, bool needsSelection) const
{
    QString reason = Gate::reason(session(), action);
    if (reason.isEmpty() && !unavailable().text.isEmpty())
        reason = tr("The API keys are not shown.");
    if (reason.isEmpty() && !isActive())
        reason = tr("Open the API Keys tab first.");
    if (reason.isEmpty() && needsSelection && !currentKey())
        reason = tr("Select a key first.");
    return reason;
}

const domain::ApiKey *ApiKeysPage::currentKey() const
{
    return session()->models()->apiKeys()->find(m_table->currentKeyId());
}

void ApiKeysPage::updateActions()
{
    const Unavailable why = unavailable();
    m_state->setText(why.title, why.text);
    QWidget *shown = why.text.isEmpty() ? m_content : static_cast<QWidget *>(m_state);
    if (m_stack->currentWidget() != shown) {
        const bool hadFocus = m_stack->isAncestorOf(QApplication::focusWidget());
        m_stack->setCurrentWidget(shown);
        if (hadFocus)
            focusStart();
    }

    m_tableModel->setWritable(Gate::reason(session(), domain::Action::ToggleApiKey).isEmpty());
    Gate::apply(m_generateAction, gateReason(domain::Action::GenerateApiKey, false));
    Gate::apply(m_editAction, gateReason(domain::Action::EditApiKey, true));
    Gate::apply(m_removeAction, gateReason(domain::Action::DeleteApiKey, true));

    const domain::ApiKey *key = currentKey();
    QString toggleReason = gateReason(domain::Action::ToggleApiKey, true);
    if (toggleReason.isEmpty() && key && m_tableModel->hasPendingEnabled(key->id))
        toggleReason = tr("Waiting for the server to answer the last change of this key.");
    Gate::apply(m_toggleAction, toggleReason);
    m_toggleAction->setText(!key || key->enabled ? tr("&Disable Key") : tr("E&nable Key"));

    // Reading needs no server: only the page, a selection and the secret in memory.
    const QString notHere = !why.text.isEmpty() ? tr("The API keys are not shown.")
        : !isActive()                           ? tr("Open the API Keys tab first.")
                                                : QString();
    Gate::apply(m_findAction, notHere);
    QString copyReason = notHere;
    if (copyReason.isEmpty() && !key)
        copyReason = tr("Select a key first.");
    if (copyReason.isEmpty() && !m_secrets->holds(key->id))
        copyReason = ApiKeysTableModel::cannotCopyText();
    Gate::apply(m_copyAction, copyReason);
}

void ApiKeysPage::updateCount()
{
    const int total = m_tableModel->rowCount();
    const int shown = m_filter->rowCount();
    const QString filter = m_filter->filterText();
    if (filter.isEmpty())
        m_count->setText(tr("%n key(s)", "API keys", total));
    else
        m_count->setText(tr("%1 of %2 match", "filter: matching API keys of all keys")
                             .arg(QLocale().toString(shown), QLocale().toString(total)));
    QString hint;
    if (total == 0)
        hint = tr("This organization has no API keys yet. Generate one for each agent or script that needs one "
                  "(Generate Key…, Ctrl+N).");
    else if (shown == 0)
        hint = tr("No key matches “%1”.", "API key filter text").arg(filter);
    m_emptyHint->setText(hint);
    m_emptyHint->setVisible(!hint.isEmpty());
    updateActions();
}

QString ApiKeysPage::countText() const
{
    return m_count->text();
}

void ApiKeysPage::focusStart()
{
    if (m_stack->currentWidget() == m_state) {
        m_state->focusTarget()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_filter->rowCount() == 0) {
        (m_generateButton->isEnabled() ? static_cast<QWidget *>(m_generateButton) : m_filterField)
            ->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->selectionModel()->hasSelection()) {
        m_table->selectionModel()->setCurrentIndex(m_filter->index(0, ApiKeysTableModel::Name),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

bool ApiKeysPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return TabPage::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filterField) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier && m_filter->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            m_table->selectionModel()->setCurrentIndex(m_filter->index(0, ApiKeysTableModel::Name),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filterField->text().isEmpty()) {
            m_filterField->clear();
            return true;
        }
    }
    return TabPage::eventFilter(watched, event);
}

void ApiKeysPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!ApiKeysFilterModel::isSortable(column)) {
        // The copy and ⋯ columns do not sort: the arrow goes back where the order comes from.
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_filter->sort(column, order);
}

void ApiKeysPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
}

void ApiKeysPage::restoreState(QSettings &settings)
{
    QHeaderView *header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    if (!header->restoreState(settings.value(QStringLiteral("header")).toByteArray()))
        return;
    if (ApiKeysFilterModel::isSortable(header->sortIndicatorSection())) {
        m_sortColumn = header->sortIndicatorSection();
        m_sortOrder = header->sortIndicatorOrder();
    }
    header->setSortIndicator(m_sortColumn, m_sortOrder);
    m_filter->sort(m_sortColumn, m_sortOrder);
}

// --- Selection and the row menu ------------------------------------------------------------

QStringList ApiKeysPage::selectedKeyIds() const
{
    return m_table->selectedKeyIds();
}

bool ApiKeysPage::selectKey(const QString &keyId)
{
    const int sourceRow = m_tableModel->rowOf(keyId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_tableModel->index(sourceRow, ApiKeysTableModel::Name));
    if (!index.isValid()) {
        m_filterField->clear();
        index = m_filter->mapFromSource(m_tableModel->index(sourceRow, ApiKeysTableModel::Name));
    }
    if (!index.isValid())
        return false;
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ApiKeysPage::selectWhenShown()
{
    if (!m_selectWhenShown.isEmpty() && selectKey(m_selectWhenShown))
        m_selectWhenShown.clear();
}

void ApiKeysPage::showRowMenu(const QModelIndex &index, const QPoint &globalPos)
{
    popupRowMenu(m_table, m_rowMenu, index, globalPos);
}

// --- Writes --------------------------------------------------------------------------------

void ApiKeysPage::toggleSelected()
{
    if (!m_toggleAction->isEnabled())
        return;
    if (const domain::ApiKey *key = currentKey())
        m_writer->setKeyEnabled(key->id, !key->enabled);
}

void ApiKeysPage::removeSelected()
{
    if (!m_removeAction->isEnabled())
        return;
    QVector<domain::ApiKey> keys;
    const ApiKeysModel *model = session()->models()->apiKeys();
    for (const QString &id : m_table->selectedKeyIds()) {
        if (const domain::ApiKey *key = model->find(id))
            keys.append(*key);
    }
    m_writer->confirmRemove(keys);
}

ApiKeyDialog *ApiKeysPage::showGenerateDialog()
{
    if (!m_generateAction->isEnabled())
        return nullptr;
    if (m_keyDialog) {
        m_keyDialog->raise();
        m_keyDialog->activateWindow();
        return m_keyDialog->mode() == ApiKeyDialog::Mode::Generate ? m_keyDialog.data() : nullptr;
    }
    auto *dialog = new ApiKeyDialog(session(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_keyDialog = dialog;
    connect(dialog, &ApiKeyDialog::keyGenerated, this, &ApiKeysPage::onKeyGenerated);
    dialog->open();
    return dialog;
}

ApiKeyDialog *ApiKeysPage::showEditDialog()
{
    const domain::ApiKey *key = currentKey();
    if (!m_editAction->isEnabled() || !key)
        return nullptr;
    if (m_keyDialog) {
        m_keyDialog->raise();
        m_keyDialog->activateWindow();
        return nullptr;
    }
    auto *dialog = new ApiKeyDialog(session(), *key, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_keyDialog = dialog;
    connect(dialog, &ApiKeyDialog::keyUpdated, this, [this](const QString &, const QString &name) {
        messages()->showMessage(MessageBar::Kind::Positive, tr("Key “%1” saved.", "API key name").arg(name));
    });
    dialog->open();
    return dialog;
}

void ApiKeysPage::onKeyGenerated(const domain::ApiKey &key, const QString &secret)
{
    m_secrets->hold(key.id, secret);
    m_selectWhenShown = key.id;
    selectWhenShown();
    // After the generate dialog has closed, so that the secret's dialog is the active one.
    const QString keyId = key.id;
    const QString name = key.name;
    QMetaObject::invokeMethod(
        this, [this, keyId, name] { showSecretDialog(keyId, name); }, Qt::QueuedConnection);
}

void ApiKeysPage::showSecretDialog(const QString &keyId, const QString &keyName)
{
    if (!m_secrets->holds(keyId))
        return; // signed out or switched org meanwhile
    auto *dialog = new KeySecretDialog(keyName, m_secrets->secret(keyId), m_clipboard, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeySecretDialog::copied, this, [this] {
        messages()->showMessage(
            MessageBar::Kind::Positive,
            tr("Secret copied. The clipboard is cleared in %n second(s).", nullptr, m_clipboard->clearSeconds()));
    });
    connect(dialog, &QDialog::finished, this, [this, keyId] {
        if (isVisible() && !selectKey(keyId))
            m_selectWhenShown = keyId;
    });
    // A sign-out or org switch while it is open takes the secret away: close it too.
    connect(m_secrets, &KeySecrets::changed, dialog, [this, dialog, keyId] {
        if (!m_secrets->holds(keyId))
            dialog->reject();
    });
    dialog->open();
}

// --- Copy ----------------------------------------------------------------------------------

void ApiKeysPage::copySelectedSecret()
{
    if (!m_copyAction->isEnabled())
        return;
    if (const domain::ApiKey *key = currentKey())
        copySecret(key->id);
}

void ApiKeysPage::copySecret(const QString &keyId)
{
    if (!m_secrets->holds(keyId)) {
        messages()->showMessage(MessageBar::Kind::Information, ApiKeysTableModel::cannotCopyText());
        return;
    }
    m_clipboard->copySecret(m_secrets->secret(keyId));
    qCInfo(lcUi) << "API key secret copied:" << keyId;
    messages()->showMessage(
        MessageBar::Kind::Positive,
        tr("Secret copied. The clipboard is cleared in %n second(s).", nullptr, m_clipboard->clearSeconds()));
}
