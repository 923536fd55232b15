#!/usr/bin/env bash
# GET /api/v1/institutions/{code} with a bearer token, 64 connections on loopback, with wrk.
# Figures to reach: at least 5,000 requests/s, p99 under 20 ms.
source "$(dirname "$0")/common.sh"
command -v wrk >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -q wrk >/dev/null; }
build_server
data=$(mktemp -d /tmp/tieredcare-bench.XXXXXX)
trap 'stop_server; rm -rf "$data"' EXIT
# The per-user API rate limit would answer 429 to a single load-test user; lift it here only.
start_server "$data" --api_requests_per_second 100000000
token=$(token_for admin)
code=$(curl -sf "$url/api/v1/institutions?tier=county&pageSize=1" -H "Authorization: Bearer $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["code"])')
echo "institution $code"
wrk -t2 -c64 -d${DURATION:-5}s -H "Authorization: Bearer $token" "$url/api/v1/institutions/$code" >/dev/null # warm-up
wrk -t2 -c64 -d${DURATION:-20}s --latency -H "Authorization: Bearer $token" "$url/api/v1/institutions/$code"
