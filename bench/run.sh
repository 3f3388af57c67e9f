#!/usr/bin/env bash
# Benchmark of the year-end compilation (issue 8), run by hand; no test depends on it.
#
#   bench/run.sh [N ...]          default: 100 1000
#
# For each N it generates a synthetic input (jp.planreport.bench.SyntheticInput: 8 方針, 4 plans per
# department workbook, about two printed pages per plan), runs
#   JAVA_OPTS=-Xmx512m bin/plan-report compile --input=… --output=…   (the launcher, as an operator runs it)
# from a fresh working folder (so ./data, the H2 database, starts empty) and reports the wall time
# per step (read back from BATCH_STEP_EXECUTION), pages/s, peak RSS, output sizes and the time of an
# unchanged rerun. Then the path a user would take instead: LibreOffice converting the same
# workbooks to PDF (soffice --headless --convert-to pdf) merged with pdfunite. LibreOffice and
# poppler-utils are needed for the benchmark only (Debian: apt-get install libreoffice-calc-nogui
# poppler-utils time); without soffice that column is skipped.
#
# Environment:
#   BENCH_DIR=/path     work folder (default: a new one under /tmp; kept, it holds every output)
#   BENCH_PROFILE=1     then compile the largest N once more under JDK Flight Recorder with a GC log
#                       and print its summary (jp.planreport.bench.JfrProfile); stdout only
#   BENCH_SKIP_BUILD=1  use the jar and test classes already in target/
#   BENCH_DOC=path|-    where the results table goes (default docs/benchmarks.md; "-": stdout only)
#   BENCH_NOTE=text     a line printed under the machine description (e.g. "other builds running")
#   BENCH_JAVA_OPTS=…   JVM options added to -Xmx512m for every compile (to compare flags)
#   BENCH_NO_LIBREOFFICE=1  skip the LibreOffice column (it takes most of the time at large N)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(100 1000)
WORK=${BENCH_DIR:-$(mktemp -d /tmp/plan-report-bench.XXXXXX)}
mkdir -p "$WORK"
DOC=${BENCH_DOC:-docs/benchmarks.md}
YEAR=2022
JAR=$ROOT/target/plan-report.jar
# extra JVM options for every compile, e.g. BENCH_JAVA_OPTS=-XX:TieredStopAtLevel=1 to compare
read -r -a JAVA_OPTS <<< "-Xmx512m ${BENCH_JAVA_OPTS:-}"

log() { echo "[bench] $*" >&2; }
# the peer column when LibreOffice is installed and not turned off
libreoffice() { [ "${BENCH_NO_LIBREOFFICE:-0}" != 1 ] && command -v soffice >/dev/null; }

command -v /usr/bin/time >/dev/null || { echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building the jar and the test classes"
    ./mvnw -q -o package -DskipTests
    ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
fi
CP=$ROOT/target/test-classes:$ROOT/target/classes:$(cat target/bench-cp.txt)
H2_JAR=$(tr ':' '\n' < target/bench-cp.txt | grep -m1 '/h2-[0-9.]*\.jar$')

seconds() { # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.33" → 62.33
    awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.1f", s}' "$1"
}
cpu_seconds() { awk -F': ' '/(User|System) time/ { s += $2 } END { printf "%.1f", s }' "$1"; }
peak_mib() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }
pages() {
    if command -v pdfinfo >/dev/null; then pdfinfo "$1" | awk '/^Pages:/ {print $2}'
    else java -cp "$CP" jp.planreport.bench.PdfPages "$1"; fi
}
size() { stat -c %s "$1" | awk '{ if ($1 >= 1048576) printf "%.1f MiB", $1/1048576; else printf "%.0f KiB", $1/1024 }'; }
dir_size() { du -sb "$1" | awk '{ if ($1 >= 1048576) printf "%.1f MiB", $1/1048576; else printf "%.0f KiB", $1/1024 }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a/b; else print "–" }'; }
sql() { # sql DB_URL QUERY → rows "a|b|c" without the header
    java -cp "$H2_JAR" org.h2.tools.Shell -url "$1" -user sa -password "" -sql "$2" \
        | sed -n '2,$p' | grep -v '^(' | sed 's/ *| */|/g; s/ *$//'
}
now() { date +%s.%N; }

declare -A R
STEP_NAMES=()
FIRST_EXEC="(SELECT MIN(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)"

for N in "${SIZES[@]}"; do
    IN=$WORK/input-$N
    RUN=$WORK/run-$N
    rm -rf "$IN" "$RUN"
    mkdir -p "$RUN"
    log "N=$N: generating the input"
    t0=$(now)
    java -cp "$CP" jp.planreport.bench.SyntheticInput "$N" "$IN" "$YEAR" >&2
    R[$N,gen]=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b-a }')
    mapfile -t BOOKS < <(cd "$IN/$YEAR/submissions" && find . -name '*.xlsx' | sed 's|^\./||' | sort)
    R[$N,books]="$N / ${#BOOKS[@]}"
    R[$N,insize]=$(dir_size "$IN/$YEAR/submissions")

    log "N=$N: compile (java ${JAVA_OPTS[*]} -jar target/plan-report.jar compile)"
    set +e
    (cd "$RUN" && /usr/bin/time -v -o "$RUN/time.txt" env JAVA_OPTS="${JAVA_OPTS[*]}" PLAN_REPORT_JAR="$JAR" "$ROOT/bin/plan-report" compile \
        --input="$IN" --output="$RUN/output" --fiscal-year=$YEAR > "$RUN/console.txt" 2>&1)
    rc=$?
    set -e
    if [ $rc != 0 ]; then
        log "N=$N: compile failed (exit $rc); console:"
        tail -20 "$RUN/console.txt" >&2
        grep -m1 -A25 'Exception\|Error' "$RUN/data/plan-report.log" >&2 || true
        R[$N,failed]="exit $rc"
        continue
    fi
    R[$N,wall]=$(seconds "$RUN/time.txt")
    R[$N,rss]=$(peak_mib "$RUN/time.txt")
    R[$N,cpu]=$(cpu_seconds "$RUN/time.txt")
    PDF=$RUN/output/$YEAR/report-$YEAR.pdf
    R[$N,pages]=$(pages "$PDF")
    R[$N,pdf]=$(size "$PDF")
    R[$N,xlsx]=$(size "$RUN/output/$YEAR/summary-$YEAR.xlsx")
    R[$N,db]=$(size "$RUN/data/plan-report.mv.db")
    R[$N,pps]=$(div "${R[$N,pages]}" "${R[$N,wall]}")
    R[$N,plps]=$(div "$N" "${R[$N,wall]}")

    DB="jdbc:h2:file:$RUN/data/plan-report"
    R[$N,job]=$(sql "$DB" "SELECT DATEDIFF('MILLISECOND', START_TIME, END_TIME) FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = $FIRST_EXEC" | head -1)
    while IFS='|' read -r step ms; do
        [ -n "$step" ] || continue
        [[ " ${STEP_NAMES[*]} " == *" $step "* ]] || STEP_NAMES+=("$step")
        R[$N,step,$step]=$(awk -v m="$ms" 'BEGIN { printf "%.1f", m/1000 }')
    done < <(sql "$DB" "SELECT STEP_NAME, DATEDIFF('MILLISECOND', START_TIME, END_TIME) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = $FIRST_EXEC ORDER BY STEP_EXECUTION_ID")
    R[$N,other]=$(awk -v w="${R[$N,wall]}" -v j="${R[$N,job]}" 'BEGIN { printf "%.1f", w - j/1000 }')

    log "N=$N: the same command again on unchanged input"
    (cd "$RUN" && /usr/bin/time -v -o "$RUN/time-rerun.txt" env JAVA_OPTS="${JAVA_OPTS[*]}" PLAN_REPORT_JAR="$JAR" "$ROOT/bin/plan-report" compile \
        --input="$IN" --output="$RUN/output" --fiscal-year=$YEAR > "$RUN/console-rerun.txt" 2>&1) || true
    R[$N,rerun]=$(seconds "$RUN/time-rerun.txt")

    if libreoffice; then
        LO=$WORK/libreoffice-$N
        rm -rf "$LO"
        mkdir -p "$LO/pdf"
        PROFILE_DIR=$WORK/libreoffice-profile
        if [ ! -d "$PROFILE_DIR" ]; then
            log "warming up LibreOffice's user profile (not timed)"
            soffice --headless --norestore "-env:UserInstallation=file://$PROFILE_DIR" --convert-to pdf \
                --outdir "$WORK/libreoffice-warmup" "$IN/$YEAR/submissions/${BOOKS[0]}" >/dev/null 2>&1 || true
        fi
        # batches of 32 files per soffice: one call with hundreds of files silently dropped the last ones
        log "N=$N: LibreOffice converts ${#BOOKS[@]} workbooks"
        t0=$(now)
        lo_convert_files() { # lo_convert_files LOG FILE... (relative to the submissions folder)
            local out=$1; shift
            (cd "$IN/$YEAR/submissions" && /usr/bin/time -v -o "$out" soffice --headless --norestore \
                "-env:UserInstallation=file://$PROFILE_DIR" --convert-to pdf --outdir "$LO/pdf" "$@" \
                >> "$LO/console.txt" 2>&1) || true
        }
        for ((i = 0; i < ${#BOOKS[@]}; i += 32)); do
            lo_convert_files "$LO/time-convert-$i.txt" "${BOOKS[@]:i:32}"
        done
        for b in "${BOOKS[@]}"; do # one more try, one by one, for any file that did not come out
            f=$LO/pdf/$(basename "${b%.xlsx}").pdf
            [ -f "$f" ] || { log "LibreOffice missed $b; trying it alone"; lo_convert_files "$LO/time-convert-retry.txt" "$b"; }
        done
        R[$N,lo_convert]=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b-a }')
        R[$N,lo_rss]=$(cat "$LO"/time-convert-*.txt | awk -F': ' '/Maximum resident/ { if ($2 > m) m = $2 } END { printf "%.0f", m/1024 }')
        R[$N,lo_cpu]=$(cat "$LO"/time-convert-*.txt | awk -F': ' '/(User|System) time/ { s += $2 } END { printf "%.1f", s }')
        PDFS=()
        for b in "${BOOKS[@]}"; do
            f=$LO/pdf/$(basename "${b%.xlsx}").pdf
            [ -f "$f" ] && PDFS+=("$f")
        done
        R[$N,lo_converted]="${#PDFS[@]} of ${#BOOKS[@]}"
        if command -v pdfunite >/dev/null && [ ${#PDFS[@]} -gt 0 ]; then
            /usr/bin/time -v -o "$LO/time-merge.txt" pdfunite "${PDFS[@]}" "$LO/merged.pdf"
            R[$N,lo_merge]=$(seconds "$LO/time-merge.txt")
            R[$N,lo_pages]=$(pages "$LO/merged.pdf")
            R[$N,lo_pdf]=$(size "$LO/merged.pdf")
        fi
        R[$N,lo_total]=$(awk -v a="${R[$N,lo_convert]}" -v b="${R[$N,lo_merge]:-0}" 'BEGIN { printf "%.1f", a+b }')
        R[$N,lo_pps]=$(div "${R[$N,lo_pages]:-0}" "${R[$N,lo_total]}")
        R[$N,lo_plps]=$(div "$N" "${R[$N,lo_total]}")
        R[$N,ratio]=$(div "${R[$N,lo_total]}" "${R[$N,wall]}")
    fi
done

# ---------------------------------------------------------------- report
row() { # row LABEL KEY [SUFFIX]
    local line="| $1 |"
    for N in "${SIZES[@]}"; do
        local v=${R[$N,$2]:-–}
        [ "$v" = "–" ] || v="$v${3:-}"
        line+=" $v |"
    done
    echo "$line"
}

report() {
    local first=${SIZES[0]} last=${SIZES[${#SIZES[@]}-1]}
    echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`${BENCH_JAVA_OPTS:+BENCH_JAVA_OPTS=\"$BENCH_JAVA_OPTS\" }bench/run.sh ${SIZES[*]}\` (commit $(git rev-parse --short HEAD))."
    echo
    echo "Machine: $(nproc) cores, $(lscpu | awk -F': *' '/Model name/ {print $2; exit}'), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM;"\
         "$(java -version 2>&1 | head -1); $(soffice --version 2>/dev/null | head -1 || echo 'LibreOffice absent');"\
         "load average before the run: ${LOAD_BEFORE}."
    [ -z "${BENCH_NOTE:-}" ] || { echo; echo "$BENCH_NOTE"; }
    echo
    local header="| | " sep="|---|"
    for N in "${SIZES[@]}"; do header+="N = $N | "; sep+="---:|"; done
    echo "$header"
    echo "$sep"
    row "plans / department workbooks" books
    row "input (xlsx, total)" insize
    row "**plan-report, wall time end to end**" wall " s"
    row "  CPU time used (user + sys; 2 cores = 2 s per wall second)" cpu " s"
    row "  JVM start, plan master check, input digest (wall − job)" other " s"
    for step in "${STEP_NAMES[@]}"; do
        local label=$step
        case $step in
            intake) label="intake (read, validate, store)";;
            aggregate) label="aggregate";;
            renderReport) label="renderReport (PDF)";;
            renderSummary) label="renderSummary (workbook)";;
            publish) label="publish";;
        esac
        row "  step $label" "step,$step" " s"
    done
    row "pages (PDF)" pages
    row "**pages/s end to end**" pps
    row "plans/s end to end" plps
    row "peak RSS (java ${JAVA_OPTS[*]})" rss " MiB"
    row "PDF size" pdf
    row "summary workbook size" xlsx
    row "H2 database size" db
    row "same command again, input unchanged (wall)" rerun " s"
    if libreoffice; then
        row "**LibreOffice**: workbooks converted" lo_converted
        row "  soffice --convert-to pdf, 32 files per call (wall)" lo_convert " s"
        row "  CPU time used (user + sys)" lo_cpu " s"
        row "  pdfunite (wall)" lo_merge " s"
        row "  pages" lo_pages
        row "  pages/s" lo_pps
        row "  plans/s" lo_plps
        row "  peak RSS" lo_rss " MiB"
        row "  merged PDF size" lo_pdf
        row "**LibreOffice time ÷ plan-report time**" ratio "×"
    else
        echo
        echo "LibreOffice (soffice) is absent or turned off (BENCH_NO_LIBREOFFICE): the peer column is skipped."
    fi
    if [ "$first" != "$last" ] && [ -n "${R[$first,wall]:-}" ] && [ -n "${R[$last,wall]:-}" ]; then
        echo
        echo "Scaling N = $first → $last ($(div "$last" "$first")× the plans): wall time ×$(div "${R[$last,wall]}" "${R[$first,wall]}"),"\
             "peak RSS ×$(div "${R[$last,rss]}" "${R[$first,rss]}")."
    fi
    for N in "${SIZES[@]}"; do
        [ -z "${R[$N,failed]:-}" ] || { echo; echo "N = $N: the compilation FAILED (${R[$N,failed]}); see $WORK/run-$N."; }
    done
    echo
    echo "Generating the input (not part of the measurement): $(for N in "${SIZES[@]}"; do printf 'N = %s %s s; ' "$N" "${R[$N,gen]}"; done)work folder \`$WORK\`."
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
TABLE=$(report)
echo "$TABLE"

if [ "${BENCH_PROFILE:-0}" = 1 ]; then
    # a separate run, so the recording's overhead stays out of the numbers above
    N=${SIZES[${#SIZES[@]}-1]}
    PROF=$WORK/profile-$N
    rm -rf "$PROF"
    mkdir -p "$PROF"
    log "N=$N: compile again under JDK Flight Recorder (settings=profile) with a GC log"
    # the launcher's quick JIT, given by hand to the recorded JVM
    (cd "$PROF" && /usr/bin/time -v -o "$PROF/time.txt" java "${JAVA_OPTS[@]}" -XX:TieredStopAtLevel=1 \
        -XX:StartFlightRecording=filename=$PROF/recording.jfr,settings=profile "-Xlog:gc*:file=$PROF/gc.log" \
        -jar "$JAR" compile --input="$WORK/input-$N" --output="$PROF/output" --fiscal-year=$YEAR > "$PROF/console.txt" 2>&1) || true
    echo
    echo "Profile of N = $N (wall $(seconds "$PROF/time.txt") s under the recorder; $PROF/recording.jfr, GC log $PROF/gc.log):"
    echo
    java -cp "$CP" jp.planreport.bench.JfrProfile "$PROF/recording.jfr" "jdbc:h2:file:$PROF/data/plan-report"
fi

if [ "$DOC" != "-" ]; then
    # only the part between the markers is rewritten; the hand-written analysis around it stays
    START='<!-- bench:results:start -->'
    END='<!-- bench:results:end -->'
    mkdir -p "$(dirname "$DOC")"
    if [ ! -f "$DOC" ] || ! grep -q "$START" "$DOC"; then
        printf '# Benchmarks\n\n%s\n%s\n' "$START" "$END" >> "$DOC"
    fi
    printf '%s\n' "$TABLE" > "$WORK/table.md"
    awk -v start="$START" -v end="$END" -v table="$WORK/table.md" '
        $0 == start { print; while ((getline line < table) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$DOC" > "$WORK/doc.md"
    cp "$WORK/doc.md" "$DOC"
    log "results written to $DOC"
fi
