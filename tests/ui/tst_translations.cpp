// The German translation is complete and current: lupdate over today's sources finds no
// string the .ts file lacks, and every message has a finished translation that keeps the
// source's placeholders and mnemonic. Then the app really speaks it: the window's words,
// the locale's dates and money.
#include "UiTestSupport.h"

#include "CommandPalette.h"
#include "Translations.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    QString key() const { return context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message {};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                inMessage = true;
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).remove(QLatin1Char('L'));
    found.sort();
    return found;
}

int mnemonicCount(const QString &text)
{
    int count = 0;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

QString tsPath(const QString &language = QStringLiteral("de"))
{
    return QStringLiteral(ORGDESK_SOURCE_DIR "/translations/orgdesk_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    // German has every string; English (the source language) only the plural forms.
    void theTsFileIsCurrent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("extraOption");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("de") << QStringLiteral("de") << QString() << 400;
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("-pluralonly") << 10;
    }

    // lupdate over the sources into a copy of the committed file: if it finds a string the
    // file lacks (or the file keeps one the sources dropped), the file is not current.
    void theTsFileIsCurrent()
    {
        QFETCH(QString, language);
        QFETCH(QString, extraOption);
        QFETCH(int, atLeast);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("orgdesk_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments = QStringLiteral(ORGDESK_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!extraOption.isEmpty())
            arguments << extraOption;
        for (const char *folder : {"models", "ui", "app"})
            arguments << QStringLiteral(ORGDESK_SOURCE_DIR "/") + QLatin1String(folder);
        arguments << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(ORGDESK_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate finishes");
        QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> committed = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> current = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(current.size() > atLeast, "lupdate found the app's strings");

        QSet<QString> committedKeys;
        for (const Message &m : committed)
            committedKeys << m.key();
        QSet<QString> currentKeys;
        for (const Message &m : current)
            currentKeys << m.key();
        QStringList missing;
        for (const Message &m : current) {
            if (!committedKeys.contains(m.key()))
                missing << m.key();
        }
        QStringList stale;
        for (const Message &m : committed) {
            if (!currentKeys.contains(m.key()))
                stale << m.key();
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("strings in the sources but not in orgdesk_de.ts "
                                           "(build the update_translations target):\n")
                            + missing.join(QLatin1Char('\n'))));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("strings in orgdesk_de.ts the sources no longer have:\n")
                            + stale.join(QLatin1Char('\n'))));
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (!m.type.isEmpty()) {
                problems << where + QStringLiteral(" is ") + m.type;
                continue;
            }
            if (m.translations.isEmpty() || (m.numerus && m.translations.size() < 2)) {
                problems << where + QStringLiteral(" lacks a translation (German has two plural forms)");
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(" has an empty translation");
                    continue;
                }
                QStringList wanted = placeholders(m.source);
                if (m.numerus)
                    wanted.removeAll(QStringLiteral("%n")); // a singular form may spell "one" out
                QStringList got = placeholders(t);
                if (m.numerus)
                    got.removeAll(QStringLiteral("%n"));
                if (got != wanted)
                    problems << where + QStringLiteral(" → \"") + t + QStringLiteral("\" changes the placeholders");
                if (mnemonicCount(t) != mnemonicCount(m.source))
                    problems << where + QStringLiteral(" → \"") + t + QStringLiteral("\" changes the mnemonics");
                if (m.source.endsWith(QChar(0x2026)) && !t.endsWith(QChar(0x2026)))
                    problems << where + QStringLiteral(" → \"") + t
                            + QStringLiteral("\" drops the … that says a dialog follows");
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + QStringLiteral(" problems:\n")
                            + problems.join(QLatin1Char('\n'))));
    }

    // The compiled-in German is what the app loads, and the locale follows it.
    void theAppSpeaksGerman()
    {
        installTestLanguage(); // what UiHarness does first; then German over it
        QCOMPARE(Translations::install(qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        auto *tabs = w->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(MainWindow::MembersTab), QStringLiteral("Mitglieder"));
        QStringList menuTitles;
        for (QMenu *menu : w->menus())
            menuTitles << menu->title();
        QVERIFY2(menuTitles.contains(QStringLiteral("&Datei")), qPrintable(menuTitles.join(QLatin1Char(','))));
        // No action of the window or its pages keeps an English text the .ts translates.
        QString error;
        QSet<QString> english;
        for (const Message &m : readTs(tsPath(), &error)) {
            if (m.type.isEmpty() && !m.translations.isEmpty() && m.translations.first() != m.source)
                english << m.source;
        }
        for (QAction *action : w->allActions())
            QVERIFY2(!english.contains(action->text()),
                     qPrintable(action->objectName() + QStringLiteral(": ") + action->text()));
        QCOMPARE(w->action(QStringLiteral("syncNow"))->text(), QCoreApplication::translate("MainWindow", "Sync &Now"));
        QVERIFY(w->action(QStringLiteral("syncNow"))->text() != QStringLiteral("Sync &Now"));
        // A date the way Germans write it.
        QCOMPARE(QLocale().toString(QDate(2026, 12, 24), QLocale::ShortFormat), QStringLiteral("24.12.26"));

        QCOMPARE(QCoreApplication::translate("ApiError", "Too many attempts. Try again in %n second(s).", nullptr, 2),
                 QStringLiteral("Zu viele Versuche. Versuchen Sie es in 2 Sekunden erneut."));

        // And back: English is the source language; only its plural forms are translated.
        QCOMPARE(Translations::install(qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Sync &Now"), QStringLiteral("Sync &Now"));
        QCOMPARE(QCoreApplication::translate("ApiError", "Too many attempts. Try again in %n second(s).", nullptr, 1),
                 QStringLiteral("Too many attempts. Try again in 1 second."));
        QCOMPARE(QCoreApplication::translate("ApiError", "Too many attempts. Try again in %n second(s).", nullptr, 5),
                 QStringLiteral("Too many attempts. Try again in 5 seconds."));
    }

    // View › Language › Deutsch keeps the choice for the next start and says so; System
    // Language forgets it.
    void theLanguageMenuKeepsTheChoice()
    {
        UiHarness h;
        QVERIFY(h.startServer());
        QVERIFY(h.signIn(QStringLiteral("ada@acme.test")));
        MainWindow *w = h.window();
        QAction *german = w->findChild<QAction *>(QStringLiteral("language_de"));
        QAction *system = w->findChild<QAction *>(QStringLiteral("language_system"));
        QVERIFY(german && system);
        QVERIFY(system->isChecked());
        QCOMPARE(german->text(), QStringLiteral("Deutsch")); // in its own words, whatever the UI language
        german->trigger();
        QVERIFY(german->isChecked());
        QCOMPARE(Translations::chosen(*h.settings()), QStringLiteral("de"));
        QVERIFY2(w->messageBar()->text().contains(QStringLiteral("Deutsch")), qPrintable(w->messageBar()->text()));
        system->trigger();
        QCOMPARE(Translations::chosen(*h.settings()), QString());
    }

    void theChoiceIsKeptInTheSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(Translations::chosen(settings), QString());
        Translations::setChosen(settings, QStringLiteral("de"));
        QCOMPARE(Translations::chosen(settings), QStringLiteral("de"));
        Translations::setChosen(settings, QStringLiteral("xx")); // not shipped: back to the system's
        QCOMPARE(Translations::chosen(settings), QString());
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        QCOMPARE(Translations::chosen(settings), QString());
        QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Translations::localeFor(QStringLiteral("de")).language(), QLocale::German);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
