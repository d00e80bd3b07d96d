#!/usr/bin/env bash
# Runs every speed and memory benchmark that an issue sets a target for,
# with the flags BENCHMARKS.md quotes, and prints the machine first. Run it
# on an otherwise idle machine: the figures are per core, and on a 2-vCPU
# virtual machine a busy sibling thread slows the other by a third or more.
#
#   bench/targets.sh            # every target, about 4 minutes
#   bench/targets.sh pipeline   # only the lines whose name matches
set -euo pipefail
cd "$(dirname "$0")/.."
only=${1:-}

machine() {
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu:     $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "go:      $(go env GOVERSION)"
  echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"
}

# run NAME PACKAGE ARGS...: one target's benchmark, its result lines only.
run() {
  local name=$1 pkg=$2
  shift 2
  if [[ -n $only && $name != *$only* ]]; then
    return
  fi
  echo "== $name  (go test $pkg -run XXX $*)"
  go test "$pkg" -run XXX -benchmem "$@" | grep -E '^Benchmark' || true
}

machine
run "issue 2: pipeline core, one core" ./pipeline -bench 'PipelineCore$' -benchtime 6000x -count 5 -cpu 1
run "issue 2: memory after 10 M" ./pipeline -bench 'Memory10M' -benchtime 1x
run "issue 2: View at 200x60" ./tui -bench 'View$' -benchtime 2000x -count 3
run "issue 3: sentiment, one core" ./sentiment -bench 'Score(English|French)$|PeerGovader' -benchtime 2s -count 3 -cpu 1
run "issue 6: Jetstream through the pipeline, one core" ./feeds -bench 'JetstreamPipeline' -benchtime 100000x -count 5 -cpu 1
run "issue 6: matching 1,000 terms, one core" ./match -bench 'Match1000Terms' -benchtime 300000x -count 3 -cpu 1
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
