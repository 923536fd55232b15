# Shared by the booking benchmarks: the published server (bench/load/common.sh), a throwaway PostgreSQL cluster unless
# TIEREDCARE_BENCH_POSTGRES is given, and the demo accounts that publish (yyadmin) and book (zzzx).
source "$(dirname "${BASH_SOURCE[0]}")/../load/common.sh"

pg_dir=""
start_postgres() {
  if [ -n "${TIEREDCARE_BENCH_POSTGRES:-}" ]; then
    local db="tc_bench_$$_$RANDOM"
    psql_admin=$TIEREDCARE_BENCH_POSTGRES
    psql "$(pg_uri "$psql_admin")" -qc "CREATE DATABASE $db" >/dev/null
    pg_conn=$(sed -E "s/Database=[^;]*/Database=$db/" <<<"$psql_admin")
    return
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$pg_bin" ] || pg_bin=$(dirname "$(command -v initdb)")
  pg_dir=$(mktemp -d /tmp/tieredcare-bench-pg.XXXXXX)
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  pg_conn="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
}

stop_postgres() {
  if [ -n "$pg_dir" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}

# Host=…;Port=…;Username=…;Database=… → postgresql://user@host:port/db for psql.
pg_uri() {
  python3 -c '
import sys
p = dict(kv.split("=", 1) for kv in sys.argv[1].split(";") if "=" in kv)
print("postgresql://%s@%s:%s/%s" % (p.get("Username", "postgres"), p["Host"], p.get("Port", "5432"), p.get("Database", "postgres")))' "$1"
}

sql() { psql "$(pg_uri "$pg_conn")" -Atqc "$1"; }

# db_scalar SQL — on the server's database, PostgreSQL or the SQLite file ($sqlite_file).
db_scalar() {
  if [ -n "${sqlite_file:-}" ]; then
    python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$sqlite_file" "$1"
  else
    sql "$1"
  fi
}

# publish DOCTOR FROM TO SESSION_END PARALLEL — prints the schedule's JSON.
publish() {
  curl -sf -X POST "$url/api/v1/booking/schedules" -H "Authorization: Bearer $admin_token" -H 'content-type: application/json' -d "{
    \"institution\":\"$institution\",\"department\":\"$department\",\"kind\":\"outpatient\",\"doctor\":\"$1\",\"from\":\"$2\",\"to\":\"$3\",
    \"weekdays\":[\"monday\",\"tuesday\",\"wednesday\",\"thursday\",\"friday\",\"saturday\",\"sunday\"],
    \"sessionStart\":\"08:00\",\"sessionEnd\":\"$4\",\"slotMinutes\":30,\"parallel\":$5,\"reservedShare\":0}"
}

json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# Signs in, finds yyadmin's institution, one of its departments and a patient.
prepare_accounts() {
  admin_token=$(token_for yyadmin)
  book_token=$(token_for zzzx)
  institution=$(curl -sf "$url/api/v1/auth/me" -H "Authorization: Bearer $admin_token" | json_field '["scopeCode"]')
  department=$(curl -sf "$url/api/v1/institutions/$institution" -H "Authorization: Bearer $admin_token" | json_field '["departments"][0]["code"]')
  patient=$(db_scalar 'SELECT min("Id") FROM "Patients"')
  echo "institution $institution, department $department, patient $patient"
}
