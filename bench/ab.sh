#!/usr/bin/env bash
# Interleaved A/B of the pipeline and Jetstream benchmarks between a git
# revision and the working tree. On a shared or virtual machine a run's
# speed swings with the host; alternating the two builds round by round
# exposes both to the same phases, so their ratio means something where the
# absolute figures do not.
#
#   bench/ab.sh OLD_REV [ROUNDS]      e.g. bench/ab.sh a7f5168 8
set -euo pipefail
old=${1:?usage: bench/ab.sh OLD_REV [ROUNDS]}
rounds=${2:-8}
cd "$(dirname "$0")/.."
root=$PWD
dir=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$dir/old" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT

git worktree add -q --detach "$dir/old" "$old"
for pkg in pipeline feeds; do
  (cd "$dir/old" && go test -c -o "$dir/$pkg.old" ./$pkg)
  go test -c -o "$dir/$pkg.new" ./$pkg
done

echo "A/B $old (old) against the working tree (new), $rounds rounds, -cpu 1, $(date -u '+%F %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$rounds"); do
  for v in old new; do
    (cd pipeline && "$dir/pipeline.$v" -test.run XXX -test.bench 'PipelineCore$' -test.benchtime 6000x -test.cpu 1) |
      awk -v v=$v '/^Benchmark/ {print $1, v, $5}'
    (cd feeds && "$dir/feeds.$v" -test.run XXX -test.bench 'JetstreamPipeline' -test.benchtime 100000x -test.cpu 1) |
      awk -v v=$v '/^Benchmark/ {print $1, v, $5}'
  done
done >"$dir/runs"

# One line per benchmark and build: the runs sorted, then the median.
sort -k1,1 -k2,2r -k3,3n "$dir/runs" | awk '
  function flush() { if (n) printf "%-34s %s  median %d  runs %s\n", key, build, (n % 2 ? r[(n+1)/2] : (r[n/2] + r[n/2+1]) / 2), list }
  { k = $1 " " $2; if (k != cur) { flush(); cur = k; key = $1; build = $2; n = 0; list = "" }
    r[++n] = $3; list = list (list ? " " : "") $3 }
  END { flush() }'
