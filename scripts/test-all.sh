#!/usr/bin/env bash
# The whole test suite, the same on a laptop and in CI (.ci/run calls this via `npm test`).
# Brings up what it can: the project's own Kafka broker (infra/kafka) when none answers and
# Java is present; PostgreSQL must be reachable at DATABASE_URL (default 127.0.0.1:5432).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
export KAFKAJS_NO_PARTITIONER_WARNING=1
export CAPAIAN_RESULTS_DIR="$ROOT/.data/test-results"
started_kafka=0

# The install and the suite must leave tracked files as they found them (checked at the end).
tracked_before="$(git status --porcelain --untracked-files=no 2>/dev/null || true)"
ensure_deps
ensure_chromium

read -r pg_host pg_port < <(pg_host_port)
if tcp_open "$pg_host" "$pg_port"; then
  log "PostgreSQL reachable at $pg_host:$pg_port"
else
  log "PostgreSQL NOT reachable at $pg_host:$pg_port (DATABASE_URL). PostgreSQL tests will fail${CI:+ (CI=true)} or be skipped."
fi

kafka_host="${KAFKA_BROKERS%%,*}"; kafka_port="${kafka_host##*:}"; kafka_host="${kafka_host%%:*}"
if tcp_open "$kafka_host" "$kafka_port"; then
  log "Kafka reachable at $kafka_host:$kafka_port"
elif command -v java >/dev/null 2>&1 && [ "$kafka_host" = "127.0.0.1" -o "$kafka_host" = "localhost" ]; then
  log "no Kafka at $kafka_host:$kafka_port: starting the project's own broker (infra/kafka)"
  KAFKA_PORT="$kafka_port" bash infra/kafka/kafka.sh start
  started_kafka=1
else
  log "Kafka NOT reachable at $KAFKA_BROKERS and no Java to start one: Kafka tests will fail${CI:+ (CI=true)} or be skipped."
fi

cleanup() {
  if [ "$started_kafka" = 1 ] && [ -z "${KEEP_KAFKA:-}" ]; then
    log "stopping the Kafka broker this run started (KEEP_KAFKA=1 keeps it)"
    KAFKA_PORT="$kafka_port" bash infra/kafka/kafka.sh stop || true
  fi
}
trap cleanup EXIT

rm -rf "$CAPAIAN_RESULTS_DIR"
status=0
log "running: nx run-many -t lint test build (unit, integration, conformance, e2e)"
npx nx run-many -t lint test build --outputStyle=stream --skipNxCache --nxBail=false "$@" || status=$?

node - "$CAPAIAN_RESULTS_DIR" <<'NODE' || true
const fs = require('node:fs'); const path = require('node:path');
const dir = process.argv[2]; let p = 0, f = 0, s = 0; const rows = [];
for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  const r = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  p += r.passed; f += r.failed; s += r.skipped; rows.push(`  ${r.project.padEnd(22)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
}
console.log('\nTest totals per project:\n' + rows.sort().join('\n'));
console.log(`${p} passed, ${f} failed, ${s} skipped`);
NODE
tracked_after="$(git status --porcelain --untracked-files=no 2>/dev/null || true)"
if [ "$tracked_before" != "$tracked_after" ]; then
  log "the test run changed tracked files (it must not):"
  diff <(echo "$tracked_before") <(echo "$tracked_after") || true
  status=1
fi
exit $status
