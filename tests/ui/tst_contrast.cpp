// Colour and icons hold up in light and dark palettes: every colour OrgDesk adds (error,
// warning and good-news text, message-bar washes, name badges) keeps WCAG AA contrast
// (4.5:1) on the palette it is drawn on; every icon of the set exists, draws something,
// and follows the palette's text colour.
#include "UiTestSupport.h"

#include "Colors.h"
#include "Icons.h"
#include "MessageBar.h"

#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>

namespace {

QPalette darkPalette()
{
    // What dark themes look like (Breeze Dark, Adwaita dark, Windows dark mode).
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x71, 0x75));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x71, 0x75));
    return p;
}

QPalette lightPalette()
{
    return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
}

// Counts the pixels of `image` close to `colour` (anti-aliasing leaves some in between).
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200 && qAbs(c.red() - colour.red()) < 40 && qAbs(c.green() - colour.green()) < 40
                && qAbs(c.blue() - colour.blue()) < 40)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT
private slots:
    void contrastRatio()
    {
        QCOMPARE(qRound(Colors::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(Colors::contrast(Qt::red, Qt::red), 1.0);
    }

    void colouredText_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }
    void colouredText()
    {
        QFETCH(QPalette, palette);
        for (Colors::Tone tone : {Colors::Tone::Error, Colors::Tone::Warning, Colors::Tone::Positive}) {
            const QColor text = Colors::text(tone, palette);
            QVERIFY2(Colors::contrast(text, palette.color(QPalette::Window)) >= 4.5, qPrintable(text.name()));
            QVERIFY2(Colors::contrast(text, palette.color(QPalette::Base)) >= 4.5, qPrintable(text.name()));
            const QColor wash = Colors::wash(tone, palette);
            QVERIFY2(Colors::contrast(palette.color(QPalette::WindowText), wash) >= 4.5, qPrintable(wash.name()));
        }
        QVERIFY(Colors::contrast(palette.color(QPalette::WindowText), Colors::highlightWash(palette)) >= 4.5);
        // Badges for many people: initials readable on every hue.
        for (int i = 0; i < 500; ++i) {
            const QColor badge = Colors::badge(QStringLiteral("person%1@example.com").arg(i), palette);
            QVERIFY2(Colors::contrast(Colors::badgeText(badge), badge) >= 4.5, qPrintable(badge.name()));
        }
        // A dark palette gets light error text and a light one dark: the tone follows.
        QCOMPARE(Colors::isDark(palette), Colors::relativeLuminance(palette.color(QPalette::Window)) < 0.2);
    }

    // The message bar itself, drawn in each palette: its text stays readable on its wash.
    void messageBarInBothPalettes_data() { colouredText_data(); }
    void messageBarInBothPalettes()
    {
        QFETCH(QPalette, palette);
        QWidget parent;
        parent.setPalette(palette);
        MessageBar bar(&parent);
        for (MessageBar::Kind kind : {MessageBar::Kind::Information, MessageBar::Kind::Positive,
                                      MessageBar::Kind::Warning, MessageBar::Kind::Error}) {
            bar.showMessage(kind, QStringLiteral("Something happened"));
            const QColor background = bar.palette().color(QPalette::Window);
            const QColor text = bar.palette().color(QPalette::WindowText);
            QVERIFY2(Colors::contrast(text, background) >= 4.5,
                     qPrintable(text.name() + QStringLiteral(" on ") + background.name()));
            // The icon has words for a screen reader.
            const auto labels = bar.findChildren<QLabel *>();
            const bool named = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
                return !l->pixmap().isNull() && !l->accessibleName().isEmpty();
            });
            QVERIFY(named);
        }
    }

    // Every icon exists, draws in the palette's text colour, greys out when disabled, and
    // follows a palette change.
    void iconsFollowThePalette()
    {
        const QStringList names = Icons::names();
        QVERIFY2(names.size() >= 20, qPrintable(names.join(QLatin1Char(','))));
        const QPalette original = QApplication::palette();
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            QApplication::setPalette(palette);
            const QColor text = palette.color(QPalette::WindowText);
            for (const QString &name : names) {
                const QIcon icon = Icons::icon(name);
                QVERIFY2(!icon.isNull(), qPrintable(name));
                const QImage normal = icon.pixmap(32, 32).toImage();
                QVERIFY2(pixelsNear(normal, text) > 12, qPrintable(name + QStringLiteral(" draws nothing")));
                const QImage disabled = icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage();
                QVERIFY2(disabled != normal, qPrintable(name + QStringLiteral(" looks the same disabled")));
            }
        }
        QApplication::setPalette(original);
        QVERIFY(Icons::icon(QStringLiteral("no-such-icon")).isNull());
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
