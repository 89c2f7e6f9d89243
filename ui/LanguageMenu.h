#pragma once

#include <QMenu>

class MessageBar;
class QActionGroup;
class QSettings;

// View › Language: System Language, then each language OrgDesk ships in its own words
// ("Deutsch"), so that someone who cannot read the current one still finds theirs. The
// choice goes into the settings (Translations::setChosen) and applies from the next start;
// the message bar says so.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    LanguageMenu(QSettings *settings, MessageBar *messages, QWidget *parent = nullptr);

private:
    void choose(const QString &code);

    QSettings *m_settings;
    MessageBar *m_messages;
    QActionGroup *m_group;
};
