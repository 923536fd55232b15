#!/usr/bin/env bash
# The referral inbox of a county hospital with 100,000 referrals on file: GET /api/v1/referrals?box=incoming
# (first page, 20 rows, newest first, with the total) as its referral centre, on the small demo region (SQLite) and,
# with TIEREDCARE_BENCH_POSTGRES, on PostgreSQL. Figure to reach: first page under 50 ms.
# 100,000 referrals to the county hospital are added through the CLI's region-folder import (referrals.csv) first.
source "$(dirname "$0")/../load/common.sh"
command -v wrk >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -q wrk >/dev/null; }
build_server
dotnet build "$repo/src/TieredCare.Cli" -c Release -nologo -v quiet >/dev/null
cli="$repo/src/TieredCare.Cli/bin/Release/net10.0/tieredcare.dll"
data=$(mktemp -d /tmp/tieredcare-bench-inbox.XXXXXX)
trap 'stop_server; rm -rf "$data"' EXIT
export DATABASE=${TIEREDCARE_BENCH_POSTGRES:-$data/tieredcare.db}
start_server "$data" --demo true --api_requests_per_second 100000000
admin=$(token_for admin)
centre=$(token_for zzzx)
hospital=$(curl -sf "$url/api/v1/auth/me" -H "Authorization: Bearer $centre" | python3 -c 'import json,sys; print(json.load(sys.stdin)["scopeCode"])')
senders=$(curl -sf "$url/api/v1/institutions?tier=grassroots&pageSize=100" -H "Authorization: Bearer $admin" | python3 -c 'import json,sys; print(" ".join(i["code"] for i in json.load(sys.stdin)["items"]))')
mkdir -p "$data/referrals"
python3 - "$data/referrals/referrals.csv" "$hospital" $senders <<'PY'
import random, sys, datetime
out, hospital, senders = sys.argv[1], sys.argv[2], sys.argv[3:]
rnd = random.Random(7)
start = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
with open(out, "w", encoding="utf-8") as f:
    f.write("referral_id,direction,from_institution_code,to_institution_code,to_department_code,patient_id,diagnosis_code,is_emergency,is_inpatient,status,submitted_at,accepted_at,arrived_at,completed_at,reject_reason\n")
    for i in range(100_000):
        at = start + datetime.timedelta(minutes=rnd.randrange(0, 500_000))
        f.write(f"{90_000_000 + i},up,{rnd.choice(senders)},{hospital},,,I10,false,false,submitted,{at.isoformat()},,,,\n")
PY
echo "importing 100,000 referrals to $hospital…"
dotnet "$cli" import "$data/referrals" --database "$DATABASE" | tail -2
page="$url/api/v1/referrals?box=incoming&pageSize=20"
curl -sf "$page" -H "Authorization: Bearer $centre" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("inbox total", d["total"])'
for c in 1 8; do
  wrk -t1 -c$c -d3s -H "Authorization: Bearer $centre" "$page" >/dev/null # warm-up
  echo "== $c connection(s)"
  wrk -t1 -c$c -d${DURATION:-15}s --latency -H "Authorization: Bearer $centre" "$page" | grep -E "Requests/sec|50%|99%|Non-2xx"
done
