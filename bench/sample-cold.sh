#!/usr/bin/env bash
# A cold year-end compilation of the sample (input/2022, four workbooks) through bin/plan-report,
# interleaved with LibreOffice converting the same four workbooks to PDF (what an office would do
# by hand), ROUNDS times each (default 5); prints every run and the medians of wall and CPU time.
# Needs the packaged jar (./mvnw package), GNU time and LibreOffice (libreoffice-calc-nogui).
# VARIANTS compares launcher options in the same rounds: "name=JAVA_OPTS;name=JAVA_OPTS" (default
# "plan-report=", the launcher as it is), e.g. VARIANTS="aot=;no-aot=-Dspring.aot.enabled=false".
#
#   [VARIANTS=…] bench/sample-cold.sh [ROUNDS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${1:-5}
VARIANTS=${VARIANTS:-plan-report=}
WORK=$(mktemp -d /tmp/plan-report-sample-cold.XXXXXX)
cp -r "$ROOT/input" "$WORK/input"
mkdir -p "$WORK/lo"
IFS=';' read -r -a variants <<< "$VARIANTS"
for i in $(seq "$ROUNDS"); do
    for variant in "${variants[@]}"; do
        (cd "$WORK" && JAVA_OPTS="${variant#*=}" /usr/bin/time -f "${variant%%=*} %e %U %S" -a -o "$WORK/times.txt" \
            "$ROOT/bin/plan-report" compile --force --input="$WORK/input" --output="$WORK/output" > "$WORK/compile.log")
    done
    rm -rf "$WORK/lo/out"
    /usr/bin/time -f "libreoffice %e %U %S" -a -o "$WORK/times.txt" \
        soffice -env:UserInstallation=file://$WORK/lo/profile --headless --convert-to pdf \
        --outdir "$WORK/lo/out" "$WORK"/input/2022/submissions/*.xlsx > "$WORK/lo.log" 2>&1
done
cat "$WORK/times.txt"
median() { sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }'; }
for who in "${variants[@]%%=*}" libreoffice; do
    wall=$(awk -v w="$who" '$1 == w { print $2 }' "$WORK/times.txt" | median)
    cpu=$(awk -v w="$who" '$1 == w { print $3 + $4 }' "$WORK/times.txt" | median)
    echo "$who: median wall $wall s, CPU $cpu s ($ROUNDS runs)"
done
