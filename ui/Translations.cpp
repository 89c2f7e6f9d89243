#include "Translations.h"

#include "UiLog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Translations {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

// The translators in use, replaced on the next install().
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    // "Deutsch", "English": the name as its speakers write it at the start of a menu item.
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return name.isEmpty() ? code : name;
}

QString chosen(const QSettings &settings)
{
    const QString code = settings.value(kSettingsKey).toString();
    return available().contains(code) ? code : QString();
}

void setChosen(QSettings &settings, const QString &code)
{
    if (code.isEmpty() || !available().contains(code))
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    // The "C" locale (LANG unset, as in containers) has no words and odd money formats:
    // read it as US English, the source language.
    if (code.isEmpty())
        return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
    const QLocale language(code);
    const QLocale paired(language.language(), system.territory());
    // QLocale falls back to the language's main territory when the pair does not exist.
    return paired.language() == language.language() ? paired : language;
}

QString install(QCoreApplication *app, const QString &code)
{
    for (const QPointer<QTranslator> &old : std::as_const(installed())) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    installed().clear();

    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);

    QString loaded = QStringLiteral("en");
    auto *own = new QTranslator(app);
    // Tries orgdesk_de_AT, orgdesk_de, … for the locale's UI languages, in order.
    if (own->load(locale, QStringLiteral("orgdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        installed() << own;
        loaded = own->language().section(QLatin1Char('_'), 0, 0);
        if (loaded.isEmpty())
            loaded = locale.name().section(QLatin1Char('_'), 0, 0);
        // Qt's own words (standard buttons, a line edit's context menu), when installed.
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed() << qt;
        } else {
            qCInfo(lcUi) << "Qt's own translations for" << locale.name() << "are not installed";
            delete qt;
        }
    } else {
        delete own;
    }
    qCInfo(lcUi) << "language" << loaded << "locale" << locale.name();
    return loaded;
}

} // namespace Translations
