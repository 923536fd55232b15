#!/usr/bin/env bash
# A year of the `city` demo settled by the real server on PostgreSQL: the stored annual DRG point
# settlement (cases read from the database, grouped, settled, 60+ hospitals and ~800,000 case lines
# stored) and a what-if of one parameter, timed as the analyst waits for them (curl, wall clock).
# Figures to reach: each under 5 s. Needs the year's abstracts in PostgreSQL first:
#   MONTH=2025-12 bash bench/abstracts/import-month.sh      (imports 2024-12 … 2025-12)
# then TIEREDCARE_BENCH_POSTGRES=<that database> bash bench/payment/settle-city.sh
set -euo pipefail
source "$(dirname "$0")/../load/common.sh"
: "${TIEREDCARE_BENCH_POSTGRES:?a PostgreSQL connection string holding the city year, see the header}"
year=${YEAR:-2025}
data=$(mktemp -d /tmp/tieredcare-bench-settle.XXXXXX)
trap 'stop_server; rm -rf "$data"' EXIT
export TIEREDCARE_ADMIN_PASSWORD=${TIEREDCARE_ADMIN_PASSWORD:-Bench@2026-settle}

build_server
mkdir -p "$data/drg-tables"
cp -r "$repo/src/TieredCare.DemoData/DrgTables/qingchuan-demo-1.0" "$data/drg-tables/"
DATABASE=$TIEREDCARE_BENCH_POSTGRES start_server "$data" --api_requests_per_second 1000
token=$(token_for admin "$TIEREDCARE_ADMIN_PASSWORD")

timed() { # timed LABEL METHOD PATH BODY
  local out
  out=$(curl -s -o "$data/response.json" -w '%{http_code} %{time_total}' -X "$2" "$url$3" -H "authorization: Bearer $token" -H 'content-type: application/json' -d "$4")
  echo "$1: HTTP ${out% *}, ${out#* } s"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("  ", {k: d[k] for k in ("cases","pointValue","due") if k in d} or {k: d[k] for k in ("base","changed") if k in d})' "$data/response.json"
}
period="\"from\":\"$year-01-01\",\"to\":\"$year-12-31\",\"budget\":12000000000"
timed "annual settlement, stored" POST /api/v1/payment/settlements "{$period,\"title\":\"bench\"}"
timed "annual settlement, stored (second run)" POST /api/v1/payment/settlements "{$period,\"title\":\"bench 2\"}"
timed "what-if: budget +5 %" POST /api/v1/payment/what-if "{\"from\":\"$year-01-01\",\"to\":\"$year-12-31\",\"changes\":{\"budget\":12600000000}}"
