#pragma once

#include <QWidget>

class QLabel;

// A page's stated state instead of an empty table: "not available offline", "your role does
// not show API keys". An icon, a title and a sentence, centred; the sentence takes the focus
// (a keyboard user lands on it, a screen reader reads it with the title) and is selectable.
class StatePanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatePanel(QWidget *parent = nullptr);

    void setText(const QString &title, const QString &explanation);
    QString title() const;
    QString explanation() const;
    // Where the focus goes on this panel.
    QWidget *focusTarget() const;

private:
    QLabel *m_title;
    QLabel *m_explanation;
};
