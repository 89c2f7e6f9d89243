#!/usr/bin/env bash
# The demo: sets up, builds, starts orgdesk-server with the demo data (SQLite in ./demo-data)
# and opens the OrgDesk window signed in as the demo admin, ada@acme.test. Closing the
# window stops the server.
#   scripts/demo.sh                 the server and the app
#   scripts/demo.sh --server-only   the server alone (Ctrl+C stops it)
# Other arguments go to the server, e.g. scripts/demo.sh --members 100000
# ORGDESK_DEMO_PORT (default 8080) picks the port; ORGDESK_DEMO_EMAIL another demo user.
set -euo pipefail
cd "$(dirname "$0")/.."

server_only=0
server_args=()
for arg in "$@"; do
    if [ "$arg" = "--server-only" ]; then server_only=1; else server_args+=("$arg"); fi
done
port=${ORGDESK_DEMO_PORT:-8080}
email=${ORGDESK_DEMO_EMAIL:-ada@acme.test}

scripts/setup-debian.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target orgdesk-server orgdesk
mkdir -p demo-data

echo "Demo users: ada@acme.test (admin), max@ (manager), uma@ (user), otto@ (observer), bea@ (business);"
echo "            gus@globex.test — all with the password demo-password. Mail lands in demo-data/outbox/."
if [ "$server_only" -eq 1 ]; then
    exec build/dev/server/orgdesk-server --database sqlite:demo-data/orgdesk.db --seed demo \
        --listen "127.0.0.1:$port" "${server_args[@]}"
fi

log=demo-data/server.log
build/dev/server/orgdesk-server --database sqlite:demo-data/orgdesk.db --seed demo \
    --listen "127.0.0.1:$port" "${server_args[@]}" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    grep -q "listening on" "$log" 2>/dev/null && break
    if ! kill -0 "$server" 2>/dev/null; then
        echo "demo.sh: the server did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done
grep -q "listening on" "$log" || { echo "demo.sh: the server did not start in 30 s; see $log" >&2; exit 1; }
echo "Server: http://127.0.0.1:$port (log: $log)"

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "demo.sh: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
    echo "         The server keeps running; Ctrl+C stops it. Under Xvfb: xvfb-run -a scripts/demo.sh" >&2
    wait "$server"
    exit 0
fi
# The password of the demo account, for the demo only (never on the command line: ps shows it).
ORGDESK_PASSWORD=demo-password build/dev/app/orgdesk --server "http://127.0.0.1:$port" --email "$email"
