#!/usr/bin/env bash
# Sustained booking load against the published Release server: SLOTS (200,000) free slots published in one request,
# then wrk books a different slot with every request (CONNECTIONS 32, DURATION 20 s, after a 5 s warm-up on other
# slots). Reports successful bookings/s (counted in the database) and wrk's latency percentiles, on PostgreSQL and on
# SQLite (PROVIDERS="postgres sqlite"). Figures to reach: ≥1,500/s with p99 < 50 ms on PostgreSQL, ≥500/s on SQLite.
source "$(dirname "$0")/common.sh"
command -v wrk >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -q wrk >/dev/null; }
duration=${DURATION:-20}
connections=${CONNECTIONS:-32}
threads=2
build_server

run_one() {
  local provider=$1 data
  data=$(mktemp -d /tmp/tieredcare-bench.XXXXXX)
  if [ "$provider" = postgres ]; then
    start_postgres
    sqlite_file=""
    DATABASE=$pg_conn start_server "$data" --demo true --api_requests_per_second 100000000
  else
    sqlite_file="$data/tieredcare.db"
    start_server "$data" --demo true --api_requests_per_second 100000000
  fi
  echo "== $provider: server up in ${elapsed}s"
  prepare_accounts
  local from to started schedule first count
  from=$(python3 -c 'import datetime as d; print((d.datetime.now(d.timezone(d.timedelta(hours=8))).date() + d.timedelta(days=1)).isoformat())')
  to=$(python3 -c "import datetime as d; print((d.date.fromisoformat('$from') + d.timedelta(days=$(( (${SLOTS:-200000} + 1999) / 2000 - 1 )))).isoformat())")
  started=$(date +%s.%N)
  schedule=$(publish LOAD "$from" "$to" 18:00 100)
  first=$(json_field '["firstSlotId"]' <<<"$schedule")
  count=$(json_field '["slotCount"]' <<<"$schedule")
  echo "published $count slots ($from … $to) in $(python3 -c "import sys; print(f'{float(sys.argv[1]) - float(sys.argv[2]):.1f}')" "$(date +%s.%N)" "$started") s"
  export TOKEN=$book_token PATIENT=$patient THREADS=$threads
  FIRST_SLOT=$first wrk -t$threads -c"$connections" -d5s -s "$(dirname "$0")/book.lua" "$url" >/dev/null # warm-up
  local before after
  before=$(db_scalar 'SELECT count(*) FROM "Bookings"')
  FIRST_SLOT=$((first + 50000)) wrk -t$threads -c"$connections" -d"${duration}s" --latency -s "$(dirname "$0")/book.lua" "$url" | tee "$data/wrk.txt"
  after=$(db_scalar 'SELECT count(*) FROM "Bookings"')
  local doubles
  doubles=$(db_scalar "SELECT count(*) FROM (SELECT \"SlotId\" FROM \"Bookings\" WHERE \"Status\" IN ('Booked','CheckedIn') GROUP BY \"SlotId\" HAVING count(*) > 1) d")
  echo "== $provider: $((after - before)) bookings in ${duration} s = $(( (after - before) / duration )) successful bookings/s; p99 $(awk '/ 99%/{print $2}' "$data/wrk.txt"); slots booked twice: $doubles"
  stop_server
  [ "$provider" = postgres ] && stop_postgres
  rm -rf "$data"
}

trap 'stop_server; stop_postgres' EXIT
for provider in ${PROVIDERS:-postgres sqlite}; do
  run_one "$provider"
done
