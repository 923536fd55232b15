#!/usr/bin/env bash
# Server start times: the first start (generates and loads the small demo) and a start with
# the demo already loaded. Figures to reach: under 60 s and under 5 s.
source "$(dirname "$0")/common.sh"
build_server
data=$(mktemp -d /tmp/tieredcare-bench.XXXXXX)
trap 'stop_server; rm -rf "$data"' EXIT
first=$(start_server "$data"); stop_server
second=$(start_server "$data"); stop_server
third=$(start_server "$data"); stop_server
printf 'first start (generate + load small demo): %.1f s\nstart with the demo loaded: %.2f s, %.2f s\n' "$first" "$second" "$third"
