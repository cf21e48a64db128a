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

# The browser tests drive Debian's Chromium (no browser download): installs the `chromium`
# package with apt-get when it is missing and this user may (root, or sudo without a password).
ensure_chromium() {
  local bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$bin" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    log "no Chromium at $bin and no apt-get: the browser tests will fail${CI:+ (CI=true)}; set CHROMIUM_PATH"
    return 0
  fi
  local sudo=""
  [ "$(id -u)" = 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && sudo="sudo -n"; } || true
  if [ "$(id -u)" != 0 ] && [ -z "$sudo" ]; then
    log "no Chromium at $bin and no root to install it: run 'sudo apt-get install chromium' (the browser tests will fail)"
    return 0
  fi
  log "installing Debian's chromium for the browser tests (apt-get install chromium)..."
  ($sudo apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 ||
    { $sudo apt-get update -q >/dev/null 2>&1 && $sudo apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1; }) ||
    log "apt-get could not install chromium: the browser tests will fail"
  [ -x "$bin" ] && log "chromium: $("$bin" --version 2>/dev/null)"
}
