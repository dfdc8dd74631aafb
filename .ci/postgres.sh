#!/usr/bin/env bash
# Installs (if missing) and starts PostgreSQL from Debian's packages for the storage tests, then prints ONE line on
# stdout: `export FANDOMBOT_TEST_POSTGRES=...`. Everything else goes to stderr, so the CI script can simply do
#   eval "$(bash .ci/postgres.sh)"
# Idempotent: safe to run again on a machine where it already ran. Runs as root on Debian 12 without systemd.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

readonly role=fandombot
readonly password=fandombot
readonly database=fandombot_test

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! command -v psql >/dev/null 2>&1; then
    log "installing postgresql from Debian's packages"
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
fi

# Whichever major version Debian installed (15 on Debian 12).
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if [[ -z "$version" ]]; then
    log "no PostgreSQL server found under /usr/lib/postgresql"
    exit 1
fi

if ! pg_lsclusters --no-header | awk '{print $1" "$2}' | grep -qx "$version main"; then
    log "creating cluster $version/main"
    pg_createcluster "$version" main >&2
fi

# Only loopback: tests and the bot talk to 127.0.0.1, nothing else should reach this server. A drop-in under conf.d
# (included by Debian's postgresql.conf) leaves the packaged file untouched.
conf_dir="/etc/postgresql/$version/main/conf.d"
drop_in="$conf_dir/fandombot.conf"
wanted="listen_addresses = '127.0.0.1'"
needs_restart=false
if [[ ! -f "$drop_in" ]] || [[ "$(cat "$drop_in")" != "$wanted" ]]; then
    log "writing $drop_in ($wanted)"
    mkdir -p "$conf_dir"
    printf '%s\n' "$wanted" >"$drop_in"
    needs_restart=true
fi

status="$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" {print $4}')"
if [[ "$status" != online* ]]; then
    log "starting cluster $version/main"
    pg_ctlcluster "$version" main start >&2
elif [[ "$needs_restart" == true ]]; then
    log "restarting cluster $version/main to apply listen_addresses"
    pg_ctlcluster "$version" main restart >&2
fi

port="$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"

for _ in $(seq 1 60); do
    if pg_isready -q -h 127.0.0.1 -p "$port"; then
        break
    fi
    sleep 0.5
done
if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
    log "PostgreSQL did not become ready on 127.0.0.1:$port within 30 s"
    exit 1
fi

as_postgres() { runuser -u postgres -- "$@"; }

# CREATEDB: every test class makes and drops its own database, so runs never collide.
as_postgres psql -v ON_ERROR_STOP=1 -q -p "$port" -d postgres >&2 <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
        CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
    ELSE
        ALTER ROLE $role LOGIN CREATEDB PASSWORD '$password';
    END IF;
END
\$\$;
SQL

if ! as_postgres psql -tA -p "$port" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -qx 1; then
    log "creating database $database"
    as_postgres createdb -p "$port" -O "$role" "$database" >&2
fi

log "PostgreSQL $version ready on 127.0.0.1:$port"
echo "export FANDOMBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=$database'"
