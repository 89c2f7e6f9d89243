#!/usr/bin/env bash
# Starts Debian's PostgreSQL 15 cluster on 127.0.0.1:5432 (creating it if needed) and a
# login role the tests use to create one fresh database per test case.
# Prints the URL the tests take as ORGDESK_TEST_PG_URL.
set -euo pipefail
# Everything but the URL goes to stderr: callers capture stdout. (pg_ctlcluster prints
# notices such as "Removed stale pid file." on stdout, which once ended up inside the URL.)
# The server it starts must not inherit the captured stdout either, or $(...) never ends.
ver=15
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$ver main$"; then
    pg_createcluster "$ver" main --port 5432 >&2
fi
if ! pg_lsclusters -h | awk '$1=='"$ver"' && $2=="main" {print $4}' | grep -q online; then
    pg_ctlcluster "$ver" main start >&2
fi
for _ in $(seq 1 50); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 0.2
done
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -d postgres <<'SQL' >/dev/null
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'orgdesk_test') THEN
    CREATE ROLE orgdesk_test LOGIN CREATEDB PASSWORD 'orgdesk_test';
  END IF;
END $$;
SQL
echo "postgresql://orgdesk_test:orgdesk_test@127.0.0.1:5432/postgres"
