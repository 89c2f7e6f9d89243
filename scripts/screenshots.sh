#!/usr/bin/env bash
# Renders every tab and dialog of the real app under Xvfb (the xcb platform, as on a Linux
# desktop), in English and in German, into build/shots/{en,de}/*.png, through
# tests/ui/tst_screenshots.cpp. Look at each before calling UI work done.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target tst_ui_screenshots orgdesk-server orgdesk
out=${ORGDESK_SHOTS_DIR:-$PWD/build/shots}
mkdir -p "$out"
for language in en de; do
    ORGDESK_TEST_LANGUAGE=$language ORGDESK_SHOTS_DIR="$out" xvfb-run -a -s "-screen 0 1280x800x24" \
        build/dev/tests/ui/tst_ui_screenshots -platform xcb
done
ls -1 "$out"/*/*.png
