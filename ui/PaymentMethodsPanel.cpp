#include "PaymentMethodsPanel.h"

#include "ConfirmDialog.h"
#include "Gate.h"
#include "MessageBar.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "PaymentMethodDelegate.h"
#include "PaymentMethodsModel.h"
#include "Roles.h"
#include "SubscriptionObject.h"
#include "UiLog.h"
#include "api/BillingRequests.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Each card as one item whose text is the whole card in words: what a screen reader says
// and the tooltip shows (the delegate draws it).
class DescribedCards : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == 0
            && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole))
            return PaymentMethodDelegate::describe(index);
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

PaymentMethodsPanel::PaymentMethodsPanel(OrgSession *session, MessageBar *messages, QWidget *parent)
    : QGroupBox(tr("Pa&yment methods"), parent)
    , m_session(session)
    , m_messages(messages)
    , m_openUrl(defaultUrlOpener())
    , m_described(new DescribedCards(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_add(new QAction(tr("&Add Payment Method…"), this))
    , m_makeDefault(new QAction(tr("Make &Default", "make the selected card the default"), this))
    , m_remove(new QAction(tr("&Remove Card…"), this))
    , m_addButton(new QToolButton(this))
    , m_makeDefaultButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this))
    , m_copyPortalUrl(new QAction(tr("Copy Addr&ess", "copy the web address"), this))
{
    setObjectName(QStringLiteral("paymentMethodsPanel"));
    m_described->setSourceModel(session->models()->paymentMethods());

    m_list->setObjectName(QStringLiteral("paymentMethodsList"));
    m_list->setAccessibleName(tr("Payment methods"));
    m_list->setAccessibleDescription(tr("The cards on file; Delete removes the selected card"));
    m_list->setModel(m_described);
    m_list->setItemDelegate(new PaymentMethodDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(m_makeDefault);
    m_list->addAction(m_remove);
    const int rowHeight = m_list->fontMetrics().height() + 20;
    m_list->setMinimumHeight(3 * rowHeight + 2 * m_list->frameWidth());

    m_empty->setObjectName(QStringLiteral("paymentMethodsEmpty"));
    m_empty->setText(tr("No cards on file. Add one with Add Payment Method."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    m_add->setObjectName(QStringLiteral("addPaymentMethod"));
    m_add->setToolTip(tr("Add a card on the billing provider's page, in your browser"));
    m_makeDefault->setObjectName(QStringLiteral("setDefaultCard"));
    m_makeDefault->setToolTip(tr("Charge the selected card from now on"));
    m_remove->setObjectName(QStringLiteral("removeCard"));
    m_remove->setToolTip(tr("Remove the selected card (Delete)"));
    m_remove->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_add, m_makeDefault, m_remove})
        action->setShortcutVisibleInContextMenu(true);
    m_copyPortalUrl->setObjectName(QStringLiteral("copyPortalAddress"));
    m_copyPortalUrl->setToolTip(tr("Copy the billing portal's address, to open it in a browser yourself"));
    connect(m_copyPortalUrl, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_copyPortalUrl->data().toUrl().toString()); });
    connect(m_add, &QAction::triggered, this, &PaymentMethodsPanel::addPaymentMethod);
    connect(m_makeDefault, &QAction::triggered, this, &PaymentMethodsPanel::makeSelectedDefault);
    connect(m_remove, &QAction::triggered, this, &PaymentMethodsPanel::removeSelected);

    m_addButton->setObjectName(QStringLiteral("addPaymentMethodButton"));
    m_makeDefaultButton->setObjectName(QStringLiteral("setDefaultCardButton"));
    m_removeButton->setObjectName(QStringLiteral("removeCardButton"));
    // A tool button shows the action's iconText, which drops the mnemonic unless set.
    for (QAction *action : {m_add, m_makeDefault, m_remove})
        action->setIconText(action->text());
    m_addButton->setDefaultAction(m_add);
    m_makeDefaultButton->setDefaultAction(m_makeDefault);
    m_removeButton->setDefaultAction(m_remove);
    m_addButton->setAccessibleName(tr("Add payment method"));
    m_makeDefaultButton->setAccessibleName(tr("Make the selected card the default"));
    m_removeButton->setAccessibleName(tr("Remove the selected card"));
    for (QToolButton *button : {m_addButton, m_makeDefaultButton, m_removeButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    buttons->addWidget(m_makeDefaultButton);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PaymentMethodsPanel::selectionChanged);
    // The card with the focus frame is the one the actions mean (a list entered by Tab has a
    // current card before any arrow key).
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && !m_list->selectionModel()->isSelected(current))
            m_list->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
    });
    PaymentMethodsModel *model = session->models()->paymentMethods();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &PaymentMethodsPanel::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &PaymentMethodsPanel::updateCount);
    connect(model, &QAbstractItemModel::dataChanged, this, &PaymentMethodsPanel::selectionChanged);
    // The last-card rule depends on the subscription too.
    SubscriptionObject *sub = session->models()->subscription();
    for (auto signal : {&SubscriptionObject::statusChanged, &SubscriptionObject::pricePerSeatChanged,
                        &SubscriptionObject::isAvailableChanged})
        connect(sub, signal, this, &PaymentMethodsPanel::selectionChanged);
    updateCount();
}

QList<QWidget *> PaymentMethodsPanel::tabChain() const
{
    return {m_list, m_addButton, m_makeDefaultButton, m_removeButton};
}

void PaymentMethodsPanel::updateCount()
{
    const int count = m_session->models()->paymentMethods()->rowCount();
    const bool hadFocus = m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentWidget(count == 0 ? static_cast<QWidget *>(m_empty) : m_list);
    if (hadFocus)
        m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
    // With one card there is nothing to choose: it is the one the actions mean.
    if (count == 1 && !m_list->selectionModel()->hasSelection())
        m_list->selectionModel()->setCurrentIndex(m_described->index(0, 0), QItemSelectionModel::ClearAndSelect);
    emit selectionChanged();
}

QString PaymentMethodsPanel::selectedId() const
{
    // The list shows the model's first column only: a selected card is a selected index.
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? QString() : selected.first().data(ItemRoles::IdRole).toString();
}

bool PaymentMethodsPanel::selectCard(const QString &last4)
{
    for (int row = 0; row < m_described->rowCount(); ++row) {
        const QModelIndex index = m_described->index(row, 0);
        if (index.data(ItemRoles::Last4Role).toString() == last4) {
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            return true;
        }
    }
    return false;
}

QString PaymentMethodsPanel::cardName(const QString &id) const
{
    const domain::PaymentMethod *card = m_session->models()->paymentMethods()->find(id);
    if (!card)
        return QString();
    return tr("%1 %2", "card brand and number: Visa •••• 4242")
        .arg(PaymentMethodsModel::brandText(card->brand), PaymentMethodsModel::numberText(card->last4));
}

QString PaymentMethodsPanel::lastCardRule() const
{
    if (m_session->models()->paymentMethods()->rowCount() != 1)
        return {};
    const SubscriptionObject *sub = m_session->models()->subscription();
    if (!sub->isAvailable() || sub->status() != QLatin1String("active") || sub->pricePerSeat() <= 0)
        return {};
    return tr("This is the only card of an active paid subscription. Add another payment method before removing it.");
}

void PaymentMethodsPanel::updateActions(const QString &pageReason)
{
    const auto reasonFor = [this, &pageReason](domain::Action action) {
        QString reason = Gate::reason(m_session, action);
        return reason.isEmpty() ? pageReason : reason;
    };
    const QString id = selectedId();
    const domain::PaymentMethod *card = id.isEmpty() ? nullptr : m_session->models()->paymentMethods()->find(id);
    const QString noSelection = card ? QString() : tr("Select a card first.");

    QString add = reasonFor(domain::Action::OpenBillingPortal);
    if (add.isEmpty() && m_portalRequest)
        add = tr("Waiting for the billing portal's address…");
    Gate::apply(m_add, add);

    QString makeDefault = reasonFor(domain::Action::SetDefaultPaymentMethod);
    if (makeDefault.isEmpty())
        makeDefault = noSelection;
    if (makeDefault.isEmpty() && card->isDefault)
        makeDefault = tr("This is the default card already.");
    Gate::apply(m_makeDefault, makeDefault);

    QString remove = reasonFor(domain::Action::RemovePaymentMethod);
    if (remove.isEmpty())
        remove = noSelection;
    if (remove.isEmpty())
        remove = lastCardRule();
    Gate::apply(m_remove, remove);
}

void PaymentMethodsPanel::addPaymentMethod()
{
    if (!m_add->isEnabled())
        return;
    BillingPortalRequest *request = m_session->billingPortal();
    m_portalRequest = request;
    emit selectionChanged(); // the action waits for the answer
    m_messages->watch(request, tr("Could not open the billing portal"));
    connect(request, &ApiRequest::finished, this, [this] {
        m_portalRequest.clear();
        emit selectionChanged();
    });
    connect(request, &ApiRequest::succeeded, this, [this, request] {
        const QUrl url = request->url();
        if (m_openUrl(url)) {
            qCInfo(lcUi) << "opened the billing portal in the browser";
            m_messages->showMessage(MessageBar::Kind::Information,
                                    tr("The billing portal opened in your browser. Add the card there; it appears "
                                       "here with the next sync."));
            return;
        }
        m_copyPortalUrl->setData(url);
        m_messages->showMessage(
            MessageBar::Kind::Error,
            tr("No browser could be opened. Open %1 in a browser to add a card.").arg(url.toDisplayString()),
            {m_copyPortalUrl});
    });
}

void PaymentMethodsPanel::makeSelectedDefault()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_makeDefault->isEnabled())
        return;
    const QString name = cardName(id);
    auto *request = m_session->setDefaultPaymentMethod(id);
    m_messages->watch(request, tr("Could not make %1 the default card").arg(name));
    connect(request, &ApiRequest::succeeded, this, [this, name] {
        m_messages->showMessage(MessageBar::Kind::Positive, tr("%1 is now the default card.").arg(name));
    });
}

void PaymentMethodsPanel::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_remove->isEnabled())
        return;
    const domain::PaymentMethod *card = m_session->models()->paymentMethods()->find(id);
    const QString name = cardName(id);
    const QString consequence = card->isDefault
        ? tr("It is the default card: the newest of the other cards becomes the default. To use this card again, "
             "add it on the billing portal.")
        : tr("It is no longer charged. To use it again, add it on the billing portal.");
    ConfirmDialog::ask(window(), tr("Remove Card"), tr("Remove %1?").arg(name), consequence,
                       tr("&Remove", "remove a card"), [this, id, name] {
                           auto *request = m_session->removePaymentMethod(id);
                           m_messages->watch(request, tr("Could not remove %1").arg(name));
                           connect(request, &ApiRequest::succeeded, this, [this, name] {
                               m_messages->showMessage(MessageBar::Kind::Positive, tr("%1 was removed.").arg(name));
                           });
                       });
}
