#!/usr/bin/env bash
# Renders every tab and dialog of the real app under Xvfb (the xcb platform, as on a Linux
# desktop) into build/shots/*.png, through tests/ui/tst_screenshots.cpp, plus a picture of
# the whole Xvfb screen with the window on it. Look at each before calling UI work done.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target tst_ui_screenshots orgdesk-server orgdesk
out=${ORGDESK_SHOTS_DIR:-$PWD/build/shots}
mkdir -p "$out"
ORGDESK_SHOTS_DIR="$out" xvfb-run -a -s "-screen 0 1280x800x24" \
    build/dev/tests/ui/tst_ui_screenshots -platform xcb
ls -1 "$out"/*.png
