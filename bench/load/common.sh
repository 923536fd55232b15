# Shared by the load drivers: build the server in Release and run it on a data folder.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
publish="$repo/artifacts/bench-server"
port=${PORT:-5091}
url="http://127.0.0.1:$port"

build_server() {
  dotnet publish "$repo/src/TieredCare.Web" -c Release -o "$publish" -nologo -v quiet -p:SkipWebUi=true >/dev/null
}

server_pid=""
# start_server DATA_DIR [ARGS…] — returns once /health answers; sets $elapsed to the seconds it took.
# DATABASE overrides the SQLite file in DATA_DIR (e.g. a PostgreSQL connection string).
start_server() {
  local data=$1 started
  shift
  started=$(date +%s.%N)
  ! curl -sf "$url/health" >/dev/null || { echo "something already listens on $url" >&2; return 1; }
  (cd "$publish" && exec dotnet TieredCare.Web.dll --urls "$url" --database "${DATABASE:-$data/tieredcare.db}" --data "$data" "$@" >>"$data/server.log" 2>&1) &
  server_pid=$!
  until curl -sf "$url/health" >/dev/null; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$data/server.log"; return 1; }
    sleep 0.05
  done
  elapsed=$(python3 -c "import sys; print(f'{float(sys.argv[1]) - float(sys.argv[2]):.2f}')" "$(date +%s.%N)" "$started")
}

stop_server() {
  if [ -n "$server_pid" ]; then
    pkill -P "$server_pid" 2>/dev/null || true
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

token_for() {
  curl -sf -X POST "$url/api/v1/auth/token" -H 'content-type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"${2:-${TIEREDCARE_DEMO_PASSWORD:-Demo@2026}}\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}
