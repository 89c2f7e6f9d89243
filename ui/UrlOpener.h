#pragma once

#include <QUrl>
#include <functional>

// The seam for "open this address in the system browser" (STYLE.md: GUI tests swap what
// leaves the app). Returns false when no browser could be started. The default is
// QDesktopServices::openUrl.
using UrlOpener = std::function<bool(const QUrl &url)>;

UrlOpener defaultUrlOpener();
