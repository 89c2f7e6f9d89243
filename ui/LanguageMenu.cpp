#include "LanguageMenu.h"

#include "MessageBar.h"
#include "Translations.h"

#include <QActionGroup>
#include <QSettings>

LanguageMenu::LanguageMenu(QSettings *settings, MessageBar *messages, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_messages(messages)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    const QString chosen = m_settings ? Translations::chosen(*m_settings) : QString();
    QStringList codes = Translations::available();
    codes.prepend(QString());
    for (const QString &code : std::as_const(codes)) {
        auto *language = new QAction(code.isEmpty() ? tr("&System Language") : Translations::nativeName(code), m_group);
        language->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        language->setCheckable(true);
        language->setChecked(code == chosen);
        connect(language, &QAction::triggered, this, [this, code] { choose(code); });
    }
    addActions(m_group->actions());
}

void LanguageMenu::choose(const QString &code)
{
    if (!m_settings)
        return;
    Translations::setChosen(*m_settings, code);
    const QString name = code.isEmpty() ? tr("the system language") : Translations::nativeName(code);
    // The window's texts are made once; the new language applies from the next start.
    m_messages->showMessage(MessageBar::Kind::Information,
                            tr("OrgDesk will use %1 the next time it starts.").arg(name));
}
