#!/bin/sh
# Cold-ish start time of the built app-image, with and without its CDS archive: the median
# wall time of N runs of the launcher with the given arguments (default --version). With the
# app's warm-up mode (--cds-training: login window shown, then exit) this is the time to the
# login window; run it under xvfb-run on a machine without a display.
#
#   packaging/linux/measure-startup.sh [runs] [launcher arguments...]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LAUNCHER="$ROOT/target/installer/image/Ringside/bin/Ringside"
RUNS=${1:-15}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- --version

median() {
    sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'
}
measure() {
    i=0
    while [ "$i" -lt "$RUNS" ]; do
        start=$(date +%s%N)
        "$LAUNCHER" "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        echo $(((end - start) / 1000000))
        i=$((i + 1))
    done | median
}

echo "launcher: $LAUNCHER $*  ($RUNS runs, median ms)"
echo "with CDS:    $(measure "$@")"
echo "without CDS: $(JAVA_TOOL_OPTIONS=-Xshare:off measure "$@")"
