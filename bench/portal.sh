#!/usr/bin/env bash
# Benchmark of the portal (issue 13), run by hand; no test depends on it.
#
#   bench/portal.sh
#
# A synthetic year of 96 plans (jp.planreport.bench.SyntheticInput: 24 departments, one 4-plan
# workbook each, of which 20 take part) is served by `bin/plan-report serve` with -Xmx512m from a fresh folder. One account
# per department signs in through the sign-in page; then all 20 upload their workbook through the
# upload page at the same moment, and the time from the upload to the findings page (the POST's
# answer) is taken per department: p50, p95, max. Then the PDF preview of every plan sheet, once the
# server is warm (after one preview of each department's first plan): p50, p95, max. The server's
# heap after the run (jcmd GC.heap_info) and its peak RSS (VmHWM) are reported.
# Needs curl and the JDK's jcmd. Environment: BENCH_DIR (work folder), BENCH_SKIP_BUILD=1, PORT,
# DEPARTMENTS (how many upload at once, default 20), BENCH_JAVA_OPTS (e.g. a flight recording).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_DIR:-$(mktemp -d /tmp/plan-report-portal.XXXXXX)}
PORT=${PORT:-18080}
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
build

mkdir -p "$WORK/site" "$WORK/workbooks" "$WORK/cookies" "$WORK/out"
java -cp "$CP" jp.planreport.bench.SyntheticInput 96 "$WORK/site/input" 2022 >&2
find "$WORK/site/input/2022/submissions" -name '*.xlsx' | sort | head -"${DEPARTMENTS:-20}" | xargs -I{} mv {} "$WORK/workbooks/"
rm -rf "$WORK/site/input/2022/submissions"
cd "$WORK/site"

echo "$PASSWORD" | "$ROOT/bin/plan-report" user add --login=admin --role=admin >&2
LOAD=$(cut -d" " -f1 /proc/loadavg)
serve 512m

# the CSRF token of a page, with the session of jar $1
token_of() {
    curl -s -b "$1" -c "$1" "$BASE$2" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1
}

sign_in admin "$WORK/cookies/admin"
i=0
for book in "$WORK"/workbooks/*.xlsx; do
    department=$(basename "$book" .xlsx)
    i=$((i + 1))
    token=$(token_of "$WORK/cookies/admin" /admin/accounts)
    curl -s -o /dev/null -b "$WORK/cookies/admin" --data-urlencode "login=dept$i" --data-urlencode "role=department" \
        --data-urlencode "department=$department" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
        "$BASE/admin/accounts"
    echo "$i $department" >> "$WORK/departments.txt"
done
log "$(wc -l < "$WORK/departments.txt") department accounts"

while read -r n department; do
    sign_in "dept$n" "$WORK/cookies/dept$n"
    token_of "$WORK/cookies/dept$n" "/2022/departments/$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$department")" \
        > "$WORK/cookies/dept$n.token"
done < "$WORK/departments.txt"

# one warm-up upload (not counted): the first request of a JVM loads the readers and the templates
warm=$(head -1 "$WORK/departments.txt" | cut -d' ' -f1)
curl -s -o /dev/null -b "$WORK/cookies/dept$warm" -F "_csrf=$(cat "$WORK/cookies/dept$warm.token")" \
    -F "files=@$(ls "$WORK"/workbooks/*.xlsx | head -1)" "$BASE/2022/submissions"

stats() { sort -n | awk '{a[NR]=$1} END {p95=a[int((NR*95+99)/100)]; printf "n=%d p50=%.3f s p95=%.3f s max=%.3f s\n", NR, a[int((NR+1)/2)], p95, a[NR]}'; }
# every department uploads its workbook at the same moment; prints the figures of round $1
burst() {
    local round=$1
    while read -r n department; do
        ( curl -s -o "$WORK/out/upload$n-$round.html" -w "%{time_total}\n" -b "$WORK/cookies/dept$n" \
            -F "_csrf=$(cat "$WORK/cookies/dept$n.token")" -F "files=@$WORK/workbooks/$department.xlsx" \
            "$BASE/2022/submissions" > "$WORK/out/upload$n-$round.time" ) &
    done < "$WORK/departments.txt"
    wait $(jobs -p | grep -v "^$SERVER$") 2>/dev/null || true
    echo "$(cat "$WORK"/out/upload*-"$round".time | stats); accepted pages: $(grep -l "受け付けて保存しました" "$WORK"/out/upload*-"$round".html | wc -l)"
}
# round 1 meets a server just started (one upload before it); round 2, the same uploads again a
# minute later, a server that has run: what departments meet on a deadline day
log "$(wc -l < "$WORK/departments.txt") uploads at once, round 1 (just started)"
UPLOAD1=$(burst 1)
log "uploads, round 1: $UPLOAD1"
sleep 5
log "round 2 (the server has run)"
UPLOAD2=$(burst 2)
log "uploads, round 2: $UPLOAD2"

# previews: every plan of every department, warm (one preview first)
curl -s -u "dept$warm:$PASSWORD" "$BASE/api/2022/status" > /dev/null
office_versions() { curl -s -u "dept$1:$PASSWORD" "$BASE/api/2022/plans/$2/versions" | sed -n 's/^\[{"id":\([0-9]*\).*/\1/p'; }
: > "$WORK/out/preview.times"
first=1
while read -r n department; do
    for plan in $(curl -s -u "dept$n:$PASSWORD" "$BASE/api/2022/status" | grep -o '"planNo":[0-9]*' | cut -d: -f2); do
        v=$(office_versions "$n" "$plan")
        [ -n "$v" ] || continue
        t=$(curl -s -o "$WORK/out/preview-$plan.pdf" -w "%{time_total}" -b "$WORK/cookies/dept$n" \
            "$BASE/2022/plans/$plan/versions/$v/preview.pdf")
        if [ $first = 1 ]; then first=0; continue; fi
        echo "$t" >> "$WORK/out/preview.times"
    done
done < "$WORK/departments.txt"
PREVIEW=$(stats < "$WORK/out/preview.times")
log "previews: $PREVIEW"

HEAP=$(jcmd "$JVM" GC.heap_info 2>/dev/null | grep -i "used" | head -2 | tr -s ' ' | tr '\n' ' ')
RSS=$(grep VmHWM "/proc/$JVM/status" | tr -s ' ')
echo "portal benchmark ($(date -u +%F), $(nproc) cores, load before: $LOAD): uploads ($(wc -l < "$WORK/departments.txt") departments at once, upload → findings page): just started $UPLOAD1; having run $UPLOAD2"
echo "previews (warm, one plan sheet each): $PREVIEW"
echo "server: -Xmx512m; heap after: $HEAP; peak RSS: $RSS"
