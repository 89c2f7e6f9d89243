#pragma once

#include <QFont>

// The platform's fixed-pitch font (for key prefixes and secrets), falling back to the
// "monospace" family where the platform names none (the offscreen and minimal platforms
// answer with the proportional default).
QFont monospaceFont();
