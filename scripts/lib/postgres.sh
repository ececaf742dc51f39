# Starts (installing and initialising if needed) a private PostgreSQL for tests on 127.0.0.1:$PGPORT and prints
# its connection string. Idempotent: fast when the server is already running.
# shellcheck shell=bash

start_test_postgres() {
  local port="${PGPORT:-55432}" data="${PGDATA_DIR:-/tmp/jixiao-pg-${PGPORT:-55432}}" pass="${PGPASS:-postgres}"
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then need_apt postgresql; fi
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  local as_pg=(runuser -u postgres --)
  [ "$(id -u)" -eq 0 ] || as_pg=()
  if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    if [ ! -s "$data/PG_VERSION" ]; then
      rm -rf "$data"; mkdir -p "$data"
      [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data"
      chmod 700 "$data"
      printf '%s\n' "$pass" > "$data.pw"; [ "$(id -u)" -eq 0 ] && chown postgres "$data.pw"
      "${as_pg[@]}" "$bin/initdb" -D "$data" -U postgres --pwfile="$data.pw" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >/dev/null
      rm -f "$data.pw"
    fi
    # fsync off: test data only, never production settings.
    "${as_pg[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c max_connections=200" start >/dev/null
  fi
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$pass"
}
