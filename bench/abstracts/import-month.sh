#!/usr/bin/env bash
# One month of the `city` demo's discharge abstracts (≈ 65,000, with their procedures) imported
# with quality control and grouping into PostgreSQL by the Release CLI. Figure to reach: < 10 s.
# First, not timed: the registry, the patient index and the twelve months before (≈ 780,000
# abstracts, month by month as hospitals send them). Then the month is imported twice: new
# abstracts, and the same file again, which replaces every one of them.
# PostgreSQL: TIEREDCARE_BENCH_POSTGRES (a connection string) or a throwaway cluster started here.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
month=${MONTH:-2025-03}
work=${WORK:-/tmp/tieredcare-bench-city}
cli="$repo/src/TieredCare.Cli/bin/Release/net10.0/tieredcare.dll"
dotnet build "$repo/src/TieredCare.Cli" -c Release -nologo -v quiet >/dev/null

[ -f "$work/city/manifest.json" ] || dotnet "$cli" demo generate --out "$work/city" --seed 42 --scale city

pg_dir=""
if [ -z "${TIEREDCARE_BENCH_POSTGRES:-}" ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pg_dir=$(mktemp -d /tmp/tieredcare-bench-pg.XXXXXX)
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  trap 'as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
  TIEREDCARE_BENCH_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
fi
db=$TIEREDCARE_BENCH_POSTGRES

# The registry and the patient index, as a region folder without activity.
mkdir -p "$work/registry" "$work/months"
for f in regions.csv region_population.csv institutions.csv institution_staff.csv departments.csv networks.csv network_members.csv patients.csv; do
  ln -sf "$work/city/$f" "$work/registry/$f"
done
echo "loading the registry and $(($(wc -l <"$work/city/patients.csv") - 1)) patients (not timed)…"
dotnet "$cli" import "$work/registry" --database "$db" >/dev/null

python3 - "$work/city" "$work/months" "$month" <<'PY'
import os, sys
src, dst, last = sys.argv[1:4]
y, m = map(int, last.split("-"))
months = [f"{(y * 12 + m - 1 - k) // 12:04d}-{(y * 12 + m - 1 - k) % 12 + 1:02d}" for k in range(12, -1, -1)]
outs, ids = {}, {}
with open(f"{src}/discharges.csv", encoding="utf-8") as f:
    header = f.readline()
    cols = header.rstrip("\n").split(",")
    at, key = cols.index("discharge_date"), cols.index("abstract_id")
    for mo in months:
        os.makedirs(f"{dst}/{mo}", exist_ok=True)
        outs[mo] = open(f"{dst}/{mo}/discharges.csv", "w", encoding="utf-8"); outs[mo].write(header)
    for line in f:
        cells = line.split(",")  # the demo writes no quoted commas in discharges.csv
        mo = cells[at][:7]
        if mo in outs:
            outs[mo].write(line); ids[cells[key]] = mo
procs = {mo: open(f"{dst}/{mo}/discharge_procedures.csv", "w", encoding="utf-8") for mo in months}
with open(f"{src}/discharge_procedures.csv", encoding="utf-8") as f:
    header = f.readline()
    for out in procs.values(): out.write(header)
    for line in f:
        mo = ids.get(line.split(",", 1)[0])
        if mo: procs[mo].write(line)
for out in [*outs.values(), *procs.values()]: out.close()
print(f"{last}: {sum(1 for v in ids.values() if v == last):,} abstracts; the 12 months before: {sum(1 for v in ids.values() if v != last):,}")
PY
for folder in $(ls -d "$work/months"/* | sort); do
  [ "$(basename "$folder")" = "$month" ] && continue
  dotnet "$cli" abstracts import "$folder/discharges.csv" --database "$db" | tail -1
done

for run in "new abstracts" "the same month again (replaces every abstract)"; do
  echo "import: $run"
  /usr/bin/time -f 'wall %e s, max RSS %M KiB' dotnet "$cli" abstracts import "$work/months/$month/discharges.csv" --database "$db" | tail -1
done
