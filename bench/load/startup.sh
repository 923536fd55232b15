#!/usr/bin/env bash
# Server start times: the first start (generates and loads the small demo) and a start with
# the demo already loaded. Figures to reach: under 60 s and under 5 s.
source "$(dirname "$0")/common.sh"
build_server
data=$(mktemp -d /tmp/tieredcare-bench.XXXXXX)
trap 'stop_server; rm -rf "$data"' EXIT
start_server "$data"; first=$elapsed; stop_server
start_server "$data"; second=$elapsed; stop_server
start_server "$data"; third=$elapsed; stop_server
echo "first start (generate + load the small demo): $first s"
echo "start with the demo loaded: $second s, $third s"
