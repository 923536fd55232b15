#!/usr/bin/env bash
# End-to-end DRG grouping, TSV file to TSV file: 1,000,000 cases made of the conformance cases
# repeated under new ids, grouped by the Release CLI. Figures to reach: ≥ 300,000 cases/s, < 1 GiB.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
tables="$repo/../shared/data/chs-drg-1.1"
work=$(mktemp -d /tmp/tieredcare-drg.XXXXXX)
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/TieredCare.Cli" -c Release -nologo -v quiet >/dev/null
python3 - "$tables/conformance/cases.tsv" "$work/cases.tsv" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(lines[0] + "\n")
    for n in range(1_000_000):
        cells = lines[1 + n % (len(lines) - 1)].split("\t")
        cells[0] = f"R{n:07d}"
        out.write("\t".join(cells) + "\n")
PY
/usr/bin/time -f 'wall %e s, max RSS %M KiB' dotnet "$repo/src/TieredCare.Cli/bin/Release/net10.0/tieredcare.dll" \
  drg group --tables "$tables" --input "$work/cases.tsv" --output "$work/out.tsv"
