#!/usr/bin/env bash
# Sets up, builds and runs every test: installs the Debian packages and the OpenAPI linter,
# starts PostgreSQL (the store suite runs on SQLite and on PostgreSQL), then ctest.
# ORGDESK_TEST_PG_URL may point at an existing PostgreSQL whose role can CREATE DATABASE;
# otherwise Debian's cluster on 127.0.0.1:5432 is started (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh

if [ -z "${ORGDESK_TEST_PG_URL:-}" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        ORGDESK_TEST_PG_URL=$(scripts/start-test-postgres.sh)
    else
        ORGDESK_TEST_PG_URL=$(sudo scripts/start-test-postgres.sh)
    fi
fi
export ORGDESK_TEST_PG_URL
# Fail here, in words, rather than in every PostgreSQL test case.
if ! psql "$ORGDESK_TEST_PG_URL" -qAtc 'SELECT 1' >/dev/null; then
    echo "test.sh: cannot connect to PostgreSQL at '$ORGDESK_TEST_PG_URL'" >&2
    exit 1
fi

# The OpenAPI linter, pinned, from the npm registry (ctest's openapi.lint runs it).
tools=build/tools
if [ ! -x "$tools/node_modules/.bin/redocly" ]; then
    mkdir -p "$tools"
    npm install --silent --no-audit --no-fund --prefix "$tools" @redocly/cli@2.77.0 >/dev/null
fi

cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci "$@"
