#pragma once

#include "RowMenuTableView.h"

class ApiKeyCopyDelegate;
class ApiKeyToggleDelegate;
class MemberActionsDelegate;

// The API keys table: whole-row extended selection, fixed row heights, the header's sort
// arrow, the cells' delegates (the enabled switch, the copy icon, the ⋯ button) and a row's
// menu from the keyboard (the Menu key, Shift+F10) as well as from a right click. Ctrl+C
// never copies a cell's text here: that key copies a secret or says why it cannot.
class ApiKeysTableView : public RowMenuTableView
{
    Q_OBJECT
public:
    explicit ApiKeysTableView(QWidget *parent = nullptr);

    // The column widths and resize modes a first start shows (after setModel()).
    void setDefaultColumns();

    // The ids of the selected keys, in display order.
    QStringList selectedKeyIds() const;
    // The current row's key id when that row is selected, else the first selected key's.
    QString currentKeyId() const;

signals:
    // A click on a row's switch / copy icon.
    void toggleRequested(const QModelIndex &index);
    void copyRequested(const QModelIndex &index);
    // Ctrl+C reached the table (the page's Copy Secret action was disabled, or it would
    // have taken the key).
    void copyKeyPressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    ApiKeyToggleDelegate *m_toggleDelegate;
    ApiKeyCopyDelegate *m_copyDelegate;
    MemberActionsDelegate *m_actionsDelegate;
};
