#!/usr/bin/env bash
# 200 concurrent clients race for the same 50 slots, ROUNDS times (100), against the published Release server on
# PostgreSQL: each round must give exactly 50 × 201 and 150 × 409, and the database must hold no slot with two active
# bookings. Throwaway PostgreSQL cluster unless TIEREDCARE_BENCH_POSTGRES is set.
source "$(dirname "$0")/common.sh"
rounds=${ROUNDS:-100}
build_server
data=$(mktemp -d /tmp/tieredcare-bench.XXXXXX)
trap 'stop_server; stop_postgres; rm -rf "$data"' EXIT
start_postgres
DATABASE=$pg_conn start_server "$data" --demo true --api_requests_per_second 100000000
echo "server up in ${elapsed}s on PostgreSQL"
prepare_accounts

python3 - "$url" "$book_token" "$patient" "$rounds" "$institution" "$department" "$admin_token" <<'PY'
import datetime, http.client, json, sys, threading, urllib.parse
url, token, patient, rounds, institution, department, admin = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7]
host = urllib.parse.urlparse(url)
day = (datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date() + datetime.timedelta(days=3)).isoformat()

def call(method, path, body, bearer):
    c = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    c.request(method, path, json.dumps(body), {"Content-Type": "application/json", "Authorization": f"Bearer {bearer}"})
    r = c.getresponse(); data = r.read(); c.close()
    return r.status, data

tally = {"201": 0, "409": 0, "other": 0}
bad_rounds = 0
for n in range(rounds):
    status, body = call("POST", "/api/v1/booking/schedules", {
        "institution": institution, "department": department, "kind": "outpatient", "doctor": f"RACE{n}", "from": day, "to": day,
        "weekdays": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        "sessionStart": "08:00", "sessionEnd": "08:30", "slotMinutes": 30, "parallel": 50, "reservedShare": 0}, admin)
    assert status == 201, body
    first = json.loads(body)["firstSlotId"]
    # One connection per client, opened before the start signal, so that the 200 requests really race.
    conns = [http.client.HTTPConnection(host.hostname, host.port, timeout=60) for _ in range(200)]
    for c in conns: c.connect()
    go = threading.Barrier(200)
    codes = [0] * 200
    def client(i):
        body = json.dumps({"slotId": first + i % 50, "patientId": patient, "idempotencyKey": f"race-{n}-{i}"})
        go.wait()
        conns[i].request("POST", "/api/v1/booking/bookings", body, {"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
        r = conns[i].getresponse(); r.read(); codes[i] = r.status; conns[i].close()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(200)]
    for t in threads: t.start()
    for t in threads: t.join()
    ok, conflict = codes.count(201), codes.count(409)
    tally["201"] += ok; tally["409"] += conflict; tally["other"] += 200 - ok - conflict
    if ok != 50 or conflict != 150:
        bad_rounds += 1
        print(f"round {n}: {ok} × 201, {conflict} × 409, others {sorted(set(codes) - {201, 409})}")
print(f"rounds {rounds}: {tally['201']} × 201, {tally['409']} × 409, {tally['other']} other; rounds off target: {bad_rounds}")
sys.exit(1 if bad_rounds else 0)
PY
status=$?
doubles=$(sql "SELECT count(*) FROM (SELECT \"SlotId\" FROM \"Bookings\" WHERE \"Status\" IN ('Booked','CheckedIn') GROUP BY \"SlotId\" HAVING count(*) > 1) d")
active=$(sql "SELECT count(*) FROM \"Bookings\" b JOIN \"Slots\" s ON s.\"Id\" = b.\"SlotId\" WHERE s.\"Resource\" LIKE 'RACE%' AND b.\"Status\" IN ('Booked','CheckedIn')")
echo "database: $active active bookings on the race slots (expected $((rounds * 50))), slots with two active bookings: $doubles"
[ "$status" -eq 0 ] && [ "$doubles" -eq 0 ] && [ "$active" -eq $((rounds * 50)) ]
