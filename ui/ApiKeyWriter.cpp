#include "ApiKeyWriter.h"

#include "ApiKeysModel.h"
#include "ApiKeysTableModel.h"
#include "ConfirmDialog.h"
#include "Gate.h"
#include "KeySecrets.h"
#include "MessageBar.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "UiLog.h"
#include "api/ApiKeyRequests.h"

#include <QAction>
#include <QWidget>

#include <memory>

ApiKeyWriter::ApiKeyWriter(OrgSession *session, MessageBar *messages, ApiKeysTableModel *table, KeySecrets *secrets,
                           QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_messages(messages)
    , m_table(table)
    , m_secrets(secrets)
    , m_dialogParent(dialogParent)
    , m_undoDisable(new QAction(tr("&Undo", "enable the API key again"), this))
{
    m_undoDisable->setObjectName(QStringLiteral("undoDisableKey"));
    m_undoDisable->setToolTip(tr("Enable the key again"));
    connect(m_undoDisable, &QAction::triggered, this,
            [this] { setKeyEnabled(m_undoDisable->data().toString(), true); });
}

void ApiKeyWriter::setKeyEnabled(const QString &keyId, bool enabled)
{
    const domain::ApiKey *key = m_session->models()->apiKeys()->find(keyId);
    if (!key || m_table->hasPendingEnabled(keyId) || !Gate::reason(m_session, domain::Action::ToggleApiKey).isEmpty())
        return;
    if (key->enabled == enabled)
        return; // already so (an Undo after someone else enabled it)
    const QString name = key->name;
    m_table->setPendingEnabled(keyId, enabled);
    emit pendingChanged();
    qCInfo(lcUi) << (enabled ? "enabling API key" : "disabling API key") << keyId;
    ApiKeyPatch patch;
    patch.enabled = enabled;
    auto *request = m_session->updateApiKey(keyId, patch);
    connect(request, &ApiRequest::failed, this, [this, keyId, name, enabled](const ApiError &error) {
        m_table->clearPendingEnabled(keyId);
        emit pendingChanged();
        if (error.kind != ApiError::Kind::Cancelled)
            m_messages->showError(enabled ? tr("Could not enable “%1”", "API key name").arg(name)
                                          : tr("Could not disable “%1”", "API key name").arg(name),
                                  error);
    });
    connect(request, &ApiRequest::succeeded, this, [this, keyId, name, enabled] {
        if (enabled) {
            m_messages->showMessage(MessageBar::Kind::Positive, tr("Key “%1” enabled.", "API key name").arg(name));
        } else {
            m_undoDisable->setData(keyId);
            m_messages->showMessage(MessageBar::Kind::Positive, tr("Key “%1” disabled.", "API key name").arg(name),
                                    {m_undoDisable});
        }
        // The sync the write started brings the row; should it not change it, stop showing
        // the pending state then anyway.
        connect(
            m_session, &OrgSession::syncFinished, this,
            [this, keyId] {
                m_table->clearPendingEnabled(keyId);
                emit pendingChanged();
            },
            Qt::SingleShotConnection);
    });
}

void ApiKeyWriter::confirmRemove(const QVector<domain::ApiKey> &keys)
{
    if (keys.isEmpty() || !Gate::reason(m_session, domain::Action::DeleteApiKey).isEmpty())
        return;
    const auto confirmed = [this, keys] { remove(keys); };
    if (keys.size() == 1) {
        ConfirmDialog::ask(m_dialogParent, tr("Remove API Key"),
                           tr("Remove the API key “%1”?", "API key name").arg(keys.first().name),
                           tr("Anything that uses this key stops working at once: the server refuses its very next "
                              "request. This cannot be undone."),
                           tr("&Remove", "remove an API key"), confirmed);
        return;
    }
    ConfirmDialog::ask(m_dialogParent, tr("Remove API Keys"),
                       tr("Remove these %n API key(s)?", nullptr, int(keys.size())),
                       tr("Anything that uses one of these keys stops working at once: the server refuses its very "
                          "next request. This cannot be undone."),
                       tr("&Remove", "remove an API key"), confirmed);
}

void ApiKeyWriter::remove(const QVector<domain::ApiKey> &keys)
{
    struct Tally
    {
        int waiting = 0;
        int removed = 0;
    };
    auto tally = std::make_shared<Tally>();
    tally->waiting = int(keys.size());
    for (const domain::ApiKey &key : keys) {
        const QString keyId = key.id;
        const QString name = key.name;
        qCInfo(lcUi) << "removing API key" << keyId;
        auto *request = m_session->deleteApiKey(keyId);
        m_messages->watch(request, tr("Could not remove “%1”", "API key name").arg(name));
        // (finished comes before succeeded/failed: the tally counts in those.)
        connect(request, &ApiRequest::failed, this, [tally] { --tally->waiting; });
        connect(request, &ApiRequest::succeeded, this, [this, keyId, name, tally, count = int(keys.size())] {
            m_secrets->forget(keyId);
            ++tally->removed;
            --tally->waiting;
            if (count == 1) {
                m_messages->showMessage(MessageBar::Kind::Positive, tr("Key “%1” removed.", "API key name").arg(name));
            } else if (tally->waiting == 0 && tally->removed == count) {
                // Several keys: one summary once all are gone (a failure stays on show instead).
                m_messages->showMessage(MessageBar::Kind::Positive,
                                        tr("%n API key(s) removed.", nullptr, tally->removed));
            }
        });
    }
}
