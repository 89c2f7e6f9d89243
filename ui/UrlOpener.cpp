#include "UrlOpener.h"

#include <QDesktopServices>

UrlOpener defaultUrlOpener()
{
    return [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}
