#!/usr/bin/env bash
# Installs what building and testing OrgDesk needs on Debian 12 (bookworm), if missing.
# Runs apt-get as root, through sudo when not root. Safe to run again.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev qt6-svg-dev
    libsodium-dev libcurl4-openssl-dev
    postgresql-15 postgresql-client-15
    python3 python3-aiosmtpd
    nodejs npm
    wrk curl
    gnome-keyring dbus
    desktop-file-utils appstream xvfb xauth fonts-dejavu-core
    poppler-utils qt6-translations-l10n
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Debian's nodejs package may be replaced by a newer node install; accept any node + npm.
if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}")
    missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]:-}"
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
