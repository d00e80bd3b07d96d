#!/usr/bin/env bash
# End-to-end load over loopback: the simulator sends RATE mentions/s for
# SECONDS to `warroom tail --format none --stats`, and the two sides' counts
# are compared: every id the simulator sent must be counted exactly once
# (received = sent, unique = sent - resends, duplicates = resends).
#   bench/loopback/run.sh [RATE] [SECONDS]      (defaults 50000 60)
set -euo pipefail
rate=${1:-50000}
secs=${2:-60}
cd "$(dirname "$0")/../.."
dir=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$dir"' EXIT
go build -o "$dir/warroom" ./cmd/warroom
port=$((20000 + RANDOM % 20000))

"$dir/warroom" simulate --listen "127.0.0.1:$port" --rate "$rate" --duration "${secs}s" \
  >"$dir/sim.out" 2>"$dir/sim.err" &
sleep 0.5
start=$(date +%s.%N)
/usr/bin/time -v "$dir/warroom" tail --url "ws://127.0.0.1:$port/" --all --format none --stats \
  --duration "$((secs + 10))s" >/dev/null 2>"$dir/tail.err" &
tailpid=$!
wait %1 || true # the simulator ends after $secs
sleep 2
kill -INT $tailpid 2>/dev/null || true
wait $tailpid || true
end=$(date +%s.%N)

sent=$(grep -o '"mentions":[0-9]*' "$dir/sim.err" | tail -1 | cut -d: -f2)
resent=$(grep -o '"duplicates":[0-9]*' "$dir/sim.err" | tail -1 | cut -d: -f2)
final=$(grep '"final":true' "$dir/tail.err" | tail -1)
received=$(echo "$final" | grep -o '"received":[0-9]*' | cut -d: -f2)
unique=$(echo "$final" | grep -o '"unique":[0-9]*' | cut -d: -f2)
dups=$(echo "$final" | grep -o '"duplicates":[0-9]*' | head -1 | cut -d: -f2)
rss=$(grep "Maximum resident" "$dir/tail.err" | awk '{print $NF}')
echo "rate=$rate/s seconds=$secs"
echo "simulator: sent=$sent resent=$resent"
echo "tail:      received=$received unique=$unique duplicates=$dups max_rss_kb=$rss"
echo "achieved:  $(echo "$received / $secs" | bc) mentions/s"
if [ "$received" = "$sent" ] && [ "$unique" = "$((sent - resent))" ] && [ "$dups" = "$resent" ]; then
  echo "PASS: every id counted exactly once"
else
  echo "FAIL: counts differ"; exit 1
fi
