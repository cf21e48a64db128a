# Shared helpers for the project's scripts. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '[capaian] %s\n' "$*"; }

# Installs dependencies when node_modules is missing or older than package-lock.json.
ensure_deps() {
  if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    log "installing dependencies (npm ci)..."
    # npm 11.19 here omits other platforms' optional binaries (@swc/core-darwin-*...) from the lock
    # file and then refuses `npm ci` ("Missing ... from lock file"), whatever the project; fall back
    # to `npm install`, which keeps the locked versions and adds only what is missing.
    (cd "$ROOT" && npm ci --no-audit --no-fund >/dev/null 2>&1) ||
      { log "npm ci refused the lock file: falling back to npm install"; (cd "$ROOT" && npm install --no-audit --no-fund --loglevel=error); }
  fi
}

# tcp_open HOST PORT -> 0 when something listens.
tcp_open() { (exec 3<>"/dev/tcp/$1/$2") >/dev/null 2>&1; }

# Parses host and port out of DATABASE_URL (postgres://user@host:port/db).
pg_host_port() {
  local url="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
  local rest="${url#*://}"; rest="${rest#*@}"; rest="${rest%%/*}"
  local host="${rest%%:*}"; local port="${rest##*:}"
  [ "$port" = "$rest" ] && port=5432
  echo "$host $port"
}
