#!/usr/bin/env bash
# Runs the whole TieredCare test suite on a fresh machine: installs what is missing (as root,
# from Debian's apt), starts a throwaway PostgreSQL cluster on a free loopback port, runs every
# test project (engines, web on SQLite and PostgreSQL, browser in Chromium, UI unit tests) and
# stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

log() { printf '\n== %s\n' "$*"; }

need_packages=()
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || need_packages+=(postgresql)
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need_packages+=(fonts-noto-cjk)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages: ${need_packages[*]}; run as root or install them with apt-get." >&2
    exit 1
  fi
  log "Installing ${need_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${need_packages[@]}" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "${need_packages[@]}" >/dev/null; }
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# A throwaway PostgreSQL cluster; initdb refuses to run as root, so it runs as 'postgres'.
pg_dir=$(mktemp -d /tmp/tieredcare-pg.XXXXXX)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
stop_postgres() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
log "Starting PostgreSQL on 127.0.0.1:$pg_port"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
export TIEREDCARE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true"
export TIEREDCARE_REQUIRE_POSTGRES=1
export TIEREDCARE_REQUIRE_CHROMIUM=1
export TIEREDCARE_REQUIRE_DRG_TABLES=1   # the national CHS-DRG table set beside the project, at ../shared

log "Building"
dotnet build TieredCare.slnx -c Release -nologo -v quiet

status=0
for project in tests/*/*.Tests.csproj; do
  log "Testing $(basename "$project" .csproj)"
  # minimal verbosity prints a failing test's message and stack; each passing test's line is dropped
  dotnet test "$project" -c Release --no-build -nologo -v minimal 2>&1 | grep -vE '^\s+Passed ' || status=1
done

if [ -f web/package.json ]; then
  log "Testing the web UI units (vitest)"
  (cd web && { [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null; } && npm test --silent) || status=1
fi

[ $status -eq 0 ] && log "All tests passed" || log "Some tests failed"
exit $status
