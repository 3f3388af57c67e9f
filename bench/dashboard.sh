#!/usr/bin/env bash
# Benchmark of 取りまとめ状況 (issue 14), run by hand; no test depends on it.
#
#   bench/dashboard.sh [plans]        # default 1000
#
# A synthetic year of N plans (jp.planreport.bench.SyntheticInput) is served by `bin/plan-report
# serve` with -Xmx1g from a fresh folder. One roll-up through the runs API first stores every sheet
# (so the dashboard counts a full store); then a second roll-up (--force) is started and, while it
# runs in the same process, GET /2022/dashboard is timed a second apart until it ends (curl's
# time_total); p50, p95 and max are printed, with the same figures on an idle server after it.
# Needs curl. Environment: BENCH_DIR (work folder), BENCH_SKIP_BUILD=1, PORT, BENCH_JAVA_OPTS (JVM options
# added, e.g. to compare JIT settings).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PLANS=${1:-1000}
WORK=${BENCH_DIR:-$(mktemp -d /tmp/plan-report-dashboard.XXXXXX)}
PORT=${PORT:-18081}
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
build

mkdir -p "$WORK/site"
java -cp "$CP" jp.planreport.bench.SyntheticInput "$PLANS" "$WORK/site/input" 2022 >&2
cd "$WORK/site"
echo "$PASSWORD" | "$ROOT/bin/plan-report" user add --login=kikaku --role=office >&2
serve 1g
jar=$WORK/cookies
sign_in kikaku "$jar"

# waits until run $1 no longer runs
wait_run() {
    while curl -s -u "kikaku:$PASSWORD" "$BASE/api/runs/$1" | grep -q '"status":"STAR'; do sleep 1; done
}
run_id() { sed 's/[^0-9]//g'; }

log "first roll-up of $PLANS plans (fills the store)"
first=$(curl -s -u "kikaku:$PASSWORD" -X POST "$BASE/api/2022/runs?job=rollup" | run_id)
wait_run "$first"

# times the dashboard $1 times (or, with $3, while run $3 runs), $2 seconds apart; prints p50 p95 max in ms
measure() {
    for _ in $(seq 1 "$1"); do
        if [ -n "${3:-}" ] && ! curl -s -u "kikaku:$PASSWORD" "$BASE/api/runs/$3" | grep -q '"status":"STAR'; then
            break
        fi
        curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$BASE/2022/dashboard"
        sleep "$2"
    done | awk '{print int($1 * 1000)}' | sort -n | awk '{a[NR]=$1} END {printf "p50 %d ms, p95 %d ms, max %d ms (n=%d)\n", a[int(NR*0.5)+0], a[int(NR*0.95)+0], a[NR], NR}'
}

log "second roll-up (--force) and the dashboard while it runs"
second=$(curl -s -u "kikaku:$PASSWORD" -X POST "$BASE/api/2022/runs?job=rollup&force=true" | run_id)
# a second apart, so that the requests meet every step of the run (intake, PDF, workbook, HTML)
echo "during the roll-up: $(measure 300 1 "$second")"
wait_run "$second"
echo "roll-up $second: $(curl -s -u "kikaku:$PASSWORD" "$BASE/api/runs/$second" | grep -o '"status":"[A-Z]*"' | head -1)"
echo "idle:               $(measure 30 0)"
echo "page: $(curl -s -b "$jar" "$BASE/2022/dashboard" | wc -c) bytes; $(curl -s -b "$jar" "$BASE/2022/dashboard" | tr -d '\n' | sed 's/<[^>]*>//g' | grep -o '全 [0-9]* プランのうち[^（]*' | tr -s ' ')"
