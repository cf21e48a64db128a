#!/usr/bin/env bash
# Installs, builds and starts Capaian in embedded mode: the three services in one Node process,
# PGlite event stores in ./.data/embedded, the in-process bus, demo data, dev tokens printed.
# Ports: the web console CONSOLE_PORT (3000), PLANNING_PORT (3001), MEASUREMENT_PORT (3002),
# EVALUATION_PORT (3003).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_deps
log "building the services and the web console (nx run-many -t build -p @capaian/embedded @capaian/web)..."
npx nx run-many -t build -p @capaian/embedded @capaian/web --outputStyle=static >/dev/null
log "starting embedded mode (Ctrl+C stops it gracefully)"
exec node apps/embedded/dist/main.js
