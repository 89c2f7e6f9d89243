#include "GeneralPage.h"

#include "Colors.h"
#include "ConfirmDialog.h"
#include "DeleteOrgDialog.h"
#include "DisplayText.h"
#include "Gate.h"
#include "LogoFile.h"
#include "LogoWidget.h"
#include "MembersModel.h"
#include "MessageBar.h"
#include "OrgModels.h"
#include "OrgNameField.h"
#include "OrgProfileObject.h"
#include "OrgSession.h"
#include "UiLog.h"
#include "api/OrgRequests.h"

#include <QAction>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// One action and the push button that stands for it on the page share text and state.
void gate(QAction *action, QPushButton *button, const QString &reason)
{
    Gate::apply(action, reason);
    if (button)
        Gate::apply(button, reason);
}

QLabel *factLabel(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // not a Tab stop
    return label;
}

} // namespace

GeneralPage::GeneralPage(OrgSession *session, MessageBar *messages, QWidget *parent)
    : TabPage(session, messages, parent)
    , m_chooseFile(defaultFileChooser())
{
    setObjectName(QStringLiteral("generalPage"));
    setAccessibleName(tr("General"));
    createActions();
    buildLayout();

    OrgProfileObject *org = session->models()->org();
    connect(org, &OrgProfileObject::nameChanged, this, [this] {
        updateLogo(); // the initials
        if (m_deleteDialog)
            m_deleteDialog->setOrgName(this->session()->models()->org()->name());
    });
    connect(org, &OrgProfileObject::logoChanged, this, &GeneralPage::updateLogo);
    connect(org, &OrgProfileObject::hasLogoChanged, this, &GeneralPage::updateActions);
    connect(org, &OrgProfileObject::createdAtChanged, this, &GeneralPage::updateFacts);
    connect(org, &OrgProfileObject::memberCountChanged, this, [this] {
        updateFacts();
        updateActions(); // "promote a member" needs another member
    });
    connect(org, &OrgProfileObject::isAvailableChanged, this, [this] {
        updateLogo();
        updateFacts();
        updateActions();
    });
    connect(session, &OrgSession::roleChanged, this, [this] {
        updateFacts();
        updateActions();
    });
    connect(session, &OrgSession::onlineChanged, this, &GeneralPage::updateActions);
    connect(session, &OrgSession::workOfflineChanged, this, &GeneralPage::updateActions); // the reason changes
    connect(session, &OrgSession::stateChanged, this, &GeneralPage::updateActions);
    connect(session, &OrgSession::orgChanged, this, [this] {
        if (m_deleteDialog)
            m_deleteDialog->reject(); // it named the previous org
        updateLogo();
        updateFacts();
        updateActions();
    });

    updateLogo();
    updateFacts();
    updateActions();
}

GeneralPage::~GeneralPage() = default;

void GeneralPage::createActions()
{
    const auto make = [this](const char *name, const QString &text, const QString &toolTip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(toolTip);
        action->setStatusTip(toolTip);
        return action;
    };
    m_rename = make("renameOrg", tr("&Rename Organization"), tr("Edit the organization's name (F2)"));
    // F2 is "edit the selected item" on every tab (DESIGN.md), so it is enabled only while
    // this tab is the current one (updateActions).
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WindowShortcut);
    connect(m_rename, &QAction::triggered, this, [this] { m_name->edit(); });

    m_uploadLogo
        = make("uploadLogo", tr("&Upload Logo…"), tr("Upload a PNG or JPEG logo (at most 1 MiB and 1024×1024 pixels)"));
    connect(m_uploadLogo, &QAction::triggered, this, &GeneralPage::uploadLogo);

    m_removeLogo = make("removeLogo", tr("Re&move Logo…"), tr("Remove the organization's logo"));
    connect(m_removeLogo, &QAction::triggered, this, &GeneralPage::removeLogo);

    m_leave = make("leaveOrg", tr("&Leave Organization…"), tr("Leave this organization; your access ends at once"));
    connect(m_leave, &QAction::triggered, this, &GeneralPage::leave);

    m_delete = make("deleteOrg", tr("&Delete Organization…"),
                    tr("Delete this organization for everyone, after typing its name"));
    connect(m_delete, &QAction::triggered, this, &GeneralPage::deleteOrg);

    // Offered in the message bar to the last admin who wants to leave (buttons there, so
    // sentence case like the page's buttons; D&elete, as &Delete is the page's own button).
    m_promoteMember
        = make("promoteMember", tr("&Promote a member…"), tr("Show the members, to make another member an admin"));
    connect(m_promoteMember, &QAction::triggered, this, &GeneralPage::promoteMemberRequested);
    m_deleteOffer = make("deleteOrgOffer", tr("D&elete organization…"), m_delete->toolTip());
    connect(m_deleteOffer, &QAction::triggered, m_delete, &QAction::trigger);

    m_actions = {m_rename, m_uploadLogo, m_removeLogo, nullptr, m_leave, m_delete};
}

void GeneralPage::buildLayout()
{
    // --- Profile ------------------------------------------------------------------------
    auto *profile = new QGroupBox(tr("Profile"), this);
    profile->setObjectName(QStringLiteral("profileGroup"));
    auto *form = new QFormLayout(profile);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);

    m_name = new OrgNameField(session(), messages(), profile);
    auto *nameLabel = new QLabel(tr("&Name:"), profile);
    nameLabel->setBuddy(m_name->lineEdit());
    form->addRow(nameLabel, m_name);

    m_logo = new LogoWidget(profile);
    m_uploadButton = new QPushButton(tr("&Upload logo…"), profile);
    m_uploadButton->setObjectName(QStringLiteral("uploadLogoButton"));
    m_uploadButton->setAccessibleName(tr("Upload logo"));
    m_uploadButton->setToolTip(m_uploadLogo->toolTip());
    m_uploadButton->setAutoDefault(false);
    m_removeButton = new QPushButton(tr("&Remove logo…", "remove the logo"), profile);
    m_removeButton->setObjectName(QStringLiteral("removeLogoButton"));
    m_removeButton->setAccessibleName(tr("Remove logo"));
    m_removeButton->setToolTip(m_removeLogo->toolTip());
    m_removeButton->setAutoDefault(false);
    m_logoHint = new QLabel(tr("PNG or JPEG, at most 1 MiB and 1024×1024 pixels."), profile);
    m_logoHint->setObjectName(QStringLiteral("logoHint"));
    m_logoHint->setWordWrap(true);
    m_logoHint->setForegroundRole(QPalette::PlaceholderText);
    // The two logo buttons share one width, as do the two in the danger zone.
    const int logoButtonWidth = qMax(m_uploadButton->sizeHint().width(), m_removeButton->sizeHint().width());
    m_uploadButton->setMinimumWidth(logoButtonWidth);
    m_removeButton->setMinimumWidth(logoButtonWidth);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_uploadButton, 0, Qt::AlignLeft);
    logoButtons->addWidget(m_removeButton, 0, Qt::AlignLeft);
    logoButtons->addWidget(m_logoHint);
    logoButtons->addStretch(1);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 0, Qt::AlignTop);
    logoRow->addSpacing(8);
    logoRow->addLayout(logoButtons, 1);
    auto *logoLabel = new QLabel(tr("Logo:"), profile);
    logoLabel->setBuddy(m_uploadButton);
    form->addRow(logoLabel, logoRow);

    m_created = factLabel(profile, "createdAt", tr("Created"));
    m_memberCount = factLabel(profile, "memberCount", tr("Members"));
    m_role = factLabel(profile, "yourRole", tr("Your role"));
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Members:"), m_memberCount);
    form->addRow(tr("Your role:", "your role in the organization"), m_role);

    // --- Danger zone ----------------------------------------------------------------------
    auto *danger = new QGroupBox(tr("Danger zone"), this);
    danger->setObjectName(QStringLiteral("dangerGroup"));
    auto *grid = new QGridLayout(danger);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(0, 1);
    const auto describe = [danger](const QString &title, const QString &text) {
        auto *label
            = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()), danger);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        return label;
    };
    m_leaveButton = new QPushButton(tr("&Leave organization…"), danger);
    m_leaveButton->setObjectName(QStringLiteral("leaveOrgButton"));
    m_leaveButton->setAccessibleName(tr("Leave organization"));
    m_leaveButton->setToolTip(m_leave->toolTip());
    m_leaveButton->setAutoDefault(false);
    grid->addWidget(
        describe(tr("Leave this organization"), tr("Your access ends at once. To rejoin, you need a new invitation.")),
        0, 0);
    grid->addWidget(m_leaveButton, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    auto *line = new QFrame(danger);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    grid->addWidget(line, 1, 0, 1, 2);
    m_deleteButton = new QPushButton(tr("&Delete organization…"), danger);
    m_deleteButton->setObjectName(QStringLiteral("deleteOrgButton"));
    m_deleteButton->setAccessibleName(tr("Delete organization"));
    m_deleteButton->setToolTip(m_delete->toolTip());
    m_deleteButton->setAutoDefault(false);
    QPalette red = m_deleteButton->palette();
    const QColor dangerText = Colors::text(Colors::Tone::Error, red);
    red.setColor(QPalette::Active, QPalette::ButtonText, dangerText);
    red.setColor(QPalette::Inactive, QPalette::ButtonText, dangerText);
    m_deleteButton->setPalette(red);
    grid->addWidget(describe(tr("Delete this organization"),
                             tr("Deletes it for everyone: members lose access, and invitations, API keys and "
                                "billing records are removed. This cannot be undone.")),
                    2, 0);
    grid->addWidget(m_deleteButton, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    const int dangerButtonWidth = qMax(m_leaveButton->sizeHint().width(), m_deleteButton->sizeHint().width());
    m_leaveButton->setMinimumWidth(dangerButtonWidth);
    m_deleteButton->setMinimumWidth(dangerButtonWidth);

    // A settings page reads best at a moderate width, whatever the window's.
    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(18);
    columnLayout->addWidget(profile);
    columnLayout->addWidget(danger);
    columnLayout->addStretch(1);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(18, 18, 18, 18);
    outer->addStretch(0);
    outer->addWidget(column, 1);
    outer->addStretch(0);

    setTabOrder(m_name->saveButton(), m_uploadButton);
    setTabOrder(m_uploadButton, m_removeButton);
    setTabOrder(m_removeButton, m_leaveButton);
    setTabOrder(m_leaveButton, m_deleteButton);

    connect(m_uploadButton, &QPushButton::clicked, m_uploadLogo, &QAction::trigger);
    connect(m_removeButton, &QPushButton::clicked, m_removeLogo, &QAction::trigger);
    connect(m_leaveButton, &QPushButton::clicked, m_leave, &QAction::trigger);
    connect(m_deleteButton, &QPushButton::clicked, m_delete, &QAction::trigger);
}

void GeneralPage::focusStart()
{
    m_name->lineEdit()->setFocus(Qt::OtherFocusReason);
}

void GeneralPage::setFileChooser(FileChooser chooser)
{
    m_chooseFile = chooser ? std::move(chooser) : defaultFileChooser();
}

// --- Showing the org ---------------------------------------------------------------------

void GeneralPage::updateLogo()
{
    const OrgProfileObject *org = session()->models()->org();
    m_logo->setLogo(org->isAvailable() ? org->logo() : QByteArray(), org->name());
}

void GeneralPage::updateFacts()
{
    const OrgProfileObject *org = session()->models()->org();
    const QString unknown = tr("—", "a fact that is not known (yet)");
    if (org->isAvailable() && org->createdAt().isValid()) {
        m_created->setText(QLocale().toString(org->createdAt().toLocalTime().date(), QLocale::LongFormat));
        m_created->setToolTip(DisplayText::longDateTime(org->createdAt()));
    } else {
        m_created->setText(unknown);
        m_created->setToolTip(QString());
    }
    m_memberCount->setText(org->isAvailable() ? QLocale().toString(org->memberCount()) : unknown);
    const auto role = session()->role();
    m_role->setText(role ? DisplayText::roleName(*role) : unknown);
}

void GeneralPage::updateActions()
{
    if (!m_name)
        return; // called from TabPage::setActive before the page is built
    const OrgProfileObject *org = session()->models()->org();
    const QString editWhy = Gate::reason(session(), domain::Action::EditOrg);

    Gate::apply(m_rename, editWhy);
    if (!isActive())
        m_rename->setEnabled(false); // F2 belongs to the current tab

    const QString uploadWhy = editWhy.isEmpty() && m_uploading ? tr("A logo change is being saved.") : editWhy;
    gate(m_uploadLogo, m_uploadButton, uploadWhy);
    QString removeWhy = uploadWhy;
    if (removeWhy.isEmpty() && !org->hasLogo())
        removeWhy = tr("The organization has no logo.");
    gate(m_removeLogo, m_removeButton, removeWhy);

    gate(m_leave, m_leaveButton, Gate::reason(session(), domain::Action::LeaveOrg));
    gate(m_delete, m_deleteButton, Gate::reason(session(), domain::Action::DeleteOrg));
    Gate::apply(m_deleteOffer, Gate::reasonOf(m_delete));

    QString promoteWhy = Gate::reason(session(), domain::Action::ChangeMemberRole);
    if (promoteWhy.isEmpty() && org->isAvailable() && org->memberCount() <= 1)
        promoteWhy = tr("There is no other member to promote. Invite someone first, or delete the organization.");
    Gate::apply(m_promoteMember, promoteWhy);

    m_name->updateState();
}

// --- Writes ------------------------------------------------------------------------------

void GeneralPage::uploadLogo()
{
    if (!Gate::reasonOf(m_uploadLogo).isEmpty() || m_uploading)
        return;
    const QString path = m_chooseFile(this, tr("Choose a Logo"), tr("Images (*.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    const LogoFile file = LogoFile::load(path);
    if (!file.isValid()) {
        // Explained before anything is sent: the server would refuse it for the same reason.
        qCInfo(lcUi) << "logo not uploaded:" << file.errorString();
        messages()->showMessage(MessageBar::Kind::Error, tr("The logo was not uploaded: %1").arg(file.errorString()));
        return;
    }
    m_uploading = true;
    updateActions();
    PutLogoRequest *request = session()->setLogo(file.bytes(), file.contentType());
    messages()->watch(request, tr("Could not upload the logo"));
    connect(request, &ApiRequest::finished, this, [this] {
        m_uploading = false;
        updateActions();
    });
}

void GeneralPage::removeLogo()
{
    if (!Gate::reasonOf(m_removeLogo).isEmpty() || m_uploading)
        return;
    ConfirmDialog::ask(this, tr("Remove Logo"), tr("Remove the logo of %1?").arg(session()->models()->org()->name()),
                       tr("The organization's initials are shown in its place until a new logo is uploaded."),
                       tr("&Remove", "remove the logo"), [this] {
                           m_uploading = true;
                           updateActions();
                           DeleteLogoRequest *request = session()->removeLogo();
                           messages()->watch(request, tr("Could not remove the logo"));
                           connect(request, &ApiRequest::finished, this, [this] {
                               m_uploading = false;
                               updateActions();
                           });
                       });
}

bool GeneralPage::isLastAdmin() const
{
    if (session()->role() != domain::Role::Admin)
        return false;
    const MembersModel *members = session()->models()->members();
    if (members->count() == 0)
        return false; // not known here: the server decides (409 last_admin)
    return !members->hasAdminOtherThan({session()->user().id});
}

void GeneralPage::explainLastAdmin(const ApiError *serverError)
{
    const QList<QAction *> offers {m_promoteMember, m_deleteOffer};
    if (serverError)
        messages()->showError(tr("Could not leave the organization"), *serverError, offers);
    else
        messages()->showMessage(
            MessageBar::Kind::Warning,
            tr("You are the only admin. Promote another member to admin or delete the organization."), offers);
    // The keyboard user lands on the first offer that can be taken.
    for (const char *name : {"promoteMemberButton", "deleteOrgOfferButton"}) {
        if (auto *button = messages()->findChild<QPushButton *>(QLatin1String(name)); button && button->isEnabled()) {
            button->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void GeneralPage::leave()
{
    if (!Gate::reasonOf(m_leave).isEmpty())
        return;
    if (isLastAdmin()) {
        explainLastAdmin(nullptr);
        return;
    }
    const QString name = session()->models()->org()->name();
    ConfirmDialog::ask(this, tr("Leave Organization"), tr("Leave %1?").arg(name),
                       tr("Your access ends at once. To rejoin, you need a new invitation."), tr("&Leave"), [this] {
                           LeaveOrgRequest *request = session()->leaveOrg();
                           connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
                               if (error.kind == ApiError::Kind::Cancelled)
                                   return;
                               if (error.code == domain::ProblemCode::LastAdmin)
                                   explainLastAdmin(&error);
                               else
                                   messages()->showError(tr("Could not leave the organization"), error);
                           });
                       });
}

void GeneralPage::deleteOrg()
{
    if (!Gate::reasonOf(m_delete).isEmpty())
        return;
    if (m_deleteDialog) {
        m_deleteDialog->raise();
        m_deleteDialog->activateWindow();
        return;
    }
    m_deleteDialog = new DeleteOrgDialog(session()->models()->org()->name(), this);
    m_deleteDialog->setAttribute(Qt::WA_DeleteOnClose);
    DeleteOrgDialog *dialog = m_deleteDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        DeleteOrgRequest *request = session()->deleteOrg(dialog->typedName());
        messages()->watch(request, tr("Could not delete the organization"));
    });
    dialog->open();
}
