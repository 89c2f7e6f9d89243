#!/usr/bin/env bash
# Sets up, builds and starts orgdesk-server with the demo data (SQLite in ./demo-data).
# Sign in as ada@acme.test / demo-password. Extra arguments go to the server,
# e.g. scripts/demo.sh --members 100000 --listen 127.0.0.1:8081
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target orgdesk-server
mkdir -p demo-data
echo "Demo users: ada@acme.test (admin), max@ (manager), uma@ (user), otto@ (observer), bea@ (business);"
echo "            gus@globex.test — all with the password demo-password. Mail lands in demo-data/outbox/."
exec build/dev/server/orgdesk-server --database sqlite:demo-data/orgdesk.db --seed demo "$@"
