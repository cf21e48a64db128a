# Shared helpers for the project's scripts. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '[capaian] %s\n' "$*"; }

# Installs dependencies when node_modules is missing or older than package-lock.json.
ensure_deps() {
  if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    log "installing dependencies (npm ci)..."
    # The lock file lists every platform's optional binaries (@swc/core-*, @nx/nx-*...), so `npm ci`
    # accepts it anywhere. Should it still refuse (an npm that resolves differently), install the
    # locked versions without writing package.json or package-lock.json: a clone stays clean.
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) ||
      { log "npm ci refused the lock file: installing without saving (npm install --no-save)"; (cd "$ROOT" && npm install --no-save --no-audit --no-fund --loglevel=error); }
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
