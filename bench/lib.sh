# What the portal's benchmarks (bench/portal.sh, bench/dashboard.sh) share; sourced, not run.
# Needs ROOT, WORK and PORT set. Environment: BENCH_SKIP_BUILD=1 (use target/ as it is),
# BENCH_JAVA_OPTS (JVM options added to the server's).

BASE=http://127.0.0.1:$PORT
PASSWORD=bench-password-1
log() { echo "[bench] $*" >&2; }

# builds the jar and the test classes (SyntheticInput) unless told not to; sets CP
build() {
    if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
        (cd "$ROOT" && ./mvnw -q -o package -DskipTests \
            && ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test)
    fi
    CP=$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/bench-cp.txt")
}

# starts `bin/plan-report serve` in the current folder with heap $1 and waits until it answers;
# sets SERVER (the script's child) and JVM (the Java process), stops it when the script ends
serve() {
    JAVA_OPTS="-Xmx$1 ${BENCH_JAVA_OPTS:-}" "$ROOT/bin/plan-report" serve --server.port="$PORT" > "$WORK/serve.log" 2>&1 &
    SERVER=$!
    trap 'kill $SERVER 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do curl -sf -o /dev/null "$BASE/login" && break; sleep 1; done
    JVM=$(pgrep -f "plan-report.jar serve --server.port=$PORT" | head -1)
}

# signs in as $1 through the sign-in page, the session kept in cookie jar $2
sign_in() {
    local jar=$2 token
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$token" "$BASE/login"
}
