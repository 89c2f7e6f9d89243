#include "TabPage.h"

#include "DisplayText.h"
#include "OrgSession.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>

TabPage::Unavailable TabPage::unavailableFor(domain::Action view, const UnavailableTexts &texts) const
{
    const OrgSession *s = session();
    if (s->orgId().isEmpty())
        return {tr("Not signed in"), texts.signedOut};
    const auto role = s->role();
    if (role && !domain::Permissions::can(*role, view))
        return {tr("Not shown for your role"), texts.forRole.arg(DisplayText::roleName(*role))};
    if (!s->isDataAvailable()) {
        if (s->isOnline())
            return {tr("Downloading"), texts.downloading};
        return {tr("Not available offline"), texts.offline};
    }
    return {};
}

void TabPage::popupRowMenu(QAbstractItemView *view, QMenu *menu, const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    QItemSelectionModel *selection = view->selectionModel();
    if (!selection->isRowSelected(index.row(), QModelIndex()))
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    updateActions();
    menu->popup(globalPos);
    if (!menu->activeAction()) {
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->isEnabled() && !action->isSeparator()) {
                menu->setActiveAction(action);
                break;
            }
        }
    }
}
