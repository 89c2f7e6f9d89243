#pragma once

#include "FileChooser.h"
#include "TabPage.h"

#include <QPointer>

class ApiError;
class DeleteOrgDialog;
class LogoWidget;
class OrgNameField;
class QLabel;
class QPushButton;

// The General tab: the org's name (editable by admins, validated as the server does it), its
// logo (upload PNG/JPEG checked before sending, remove), facts (created, members, your role),
// and a danger zone to leave or delete the org. Every write goes through OrgSession; what
// the role or the connection does not allow is disabled with the reason (Gate).
class GeneralPage : public TabPage
{
    Q_OBJECT
public:
    GeneralPage(OrgSession *session, MessageBar *messages, QWidget *parent = nullptr);
    ~GeneralPage() override;

    QString menuTitle() const override { return tr("&Organization"); }
    QList<QAction *> menuActions() const override { return m_actions; }
    void focusStart() override;

    // The "open a file" seam for Upload Logo (tests swap it).
    void setFileChooser(FileChooser chooser);

    // Page actions (also in menuActions()), by objectName: renameOrg, uploadLogo,
    // removeLogo, leaveOrg, deleteOrg. promoteMember and deleteOrgOffer are offered to the
    // last admin in the message bar (buttons promoteMemberButton, deleteOrgOfferButton).
    QAction *renameAction() const { return m_rename; }
    QAction *uploadLogoAction() const { return m_uploadLogo; }
    QAction *removeLogoAction() const { return m_removeLogo; }
    QAction *leaveAction() const { return m_leave; }
    QAction *deleteAction() const { return m_delete; }

signals:
    // The last admin wants to promote someone before leaving: MainWindow shows the Members
    // tab.
    void promoteMemberRequested();

protected:
    void updateActions() override;

private:
    void createActions();
    void buildLayout();
    void updateLogo();
    void updateFacts();

    void uploadLogo();
    void removeLogo();
    void leave();
    void deleteOrg();
    bool isLastAdmin() const;
    void explainLastAdmin(const ApiError *serverError);

    FileChooser m_chooseFile;
    QList<QAction *> m_actions;
    QAction *m_rename = nullptr;
    QAction *m_uploadLogo = nullptr;
    QAction *m_removeLogo = nullptr;
    QAction *m_leave = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_promoteMember = nullptr;
    QAction *m_deleteOffer = nullptr;

    OrgNameField *m_name = nullptr;
    LogoWidget *m_logo = nullptr;
    QPushButton *m_uploadButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_logoHint = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_memberCount = nullptr;
    QLabel *m_role = nullptr;
    QPushButton *m_leaveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPointer<DeleteOrgDialog> m_deleteDialog;

    bool m_uploading = false; // a logo upload or removal is on its way
};
