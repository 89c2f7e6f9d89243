#include "MonospaceFont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(font).fixedPitch()) {
        const QStringList families {QStringLiteral("monospace"), QStringLiteral("DejaVu Sans Mono"),
                                    QStringLiteral("Noto Sans Mono"), QStringLiteral("Courier New")};
        font.setFamilies(families);
        font.setStyleHint(QFont::TypeWriter);
        font.setFixedPitch(true);
    }
    return font;
}
