#pragma once

#include <QWidget>

class QLabel;

// A page's stated state instead of an empty table: "not available offline", "your role does
// not show API keys". A title and a sentence, centred; the text is selectable and read by
// screen readers.
class StatePanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatePanel(QWidget *parent = nullptr);

    void setText(const QString &title, const QString &explanation);
    QString title() const;
    QString explanation() const;

private:
    QLabel *m_title;
    QLabel *m_explanation;
};
