#!/usr/bin/env bash
# A MariaDB primary (127.0.0.1:3307) and an asynchronous replica of it (127.0.0.1:3308) on this
# machine, for trying HUM on replication (docs/operations.md, "On a MariaDB primary with a replica,
# or on Galera"). Both run from this machine's MariaDB binaries, with their files under DIR
# (default /tmp/hum-replication), root without a password on loopback only. Ctrl-C stops both.
#
#   hum-dev/scripts/mariadb-primary-replica.sh [DIR]
#
# Then point HUM at the primary: ./run finds MariaDB at 127.0.0.1:3306 only, so for a try run the
# test stand or a deployment with its pools' url set to jdbc:mariadb://127.0.0.1:3307/hum. Watch the
# replica follow: mariadb -h127.0.0.1 -P3308 -uroot -e 'SHOW REPLICA STATUS\G'
set -euo pipefail
dir="${1:-/tmp/hum-replication}"
mkdir -p "$dir"
trap 'exit 130' INT TERM
trap 'kill -TERM $(jobs -p) 2>/dev/null; wait' EXIT

start() { # name port server-id
  local data="$dir/$1"
  if [ ! -d "$data/mysql" ]; then
    mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$data" --auth-root-authentication-method=normal >/dev/null
  fi
  mariadbd --no-defaults --user="$(id -un)" --datadir="$data" --port="$2" --bind-address=127.0.0.1 --socket="$dir/$1.sock" \
    --pid-file="$dir/$1.pid" --server-id="$3" --log-bin="$1-bin" --binlog-format=ROW \
    --innodb-buffer-pool-size=128M --log-error="$dir/$1.err" &
  for _ in $(seq 1 60); do
    mariadb --no-defaults -h127.0.0.1 -P"$2" -uroot -e 'select 1' >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "$1 did not start: see $dir/$1.err" >&2
  exit 1
}

start primary 3307 1
start replica 3308 2
mariadb --no-defaults -h127.0.0.1 -P3307 -uroot -e \
  "CREATE USER IF NOT EXISTS 'repl'@'127.0.0.1' IDENTIFIED BY 'repl'; GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1'"
mariadb --no-defaults -h127.0.0.1 -P3308 -uroot -e \
  "STOP REPLICA; CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=3307, MASTER_USER='repl', MASTER_PASSWORD='repl',
   MASTER_USE_GTID=slave_pos; START REPLICA; SET GLOBAL read_only=1"
mariadb --no-defaults -h127.0.0.1 -P3307 -uroot -e "CREATE DATABASE IF NOT EXISTS replication_check"
sleep 2
if mariadb --no-defaults -h127.0.0.1 -P3308 -uroot -e 'SHOW DATABASES' | grep -q replication_check; then
  echo "Primary 127.0.0.1:3307 and replica 127.0.0.1:3308 running (files in $dir); the replica follows. Ctrl-C stops both."
else
  echo "The replica does not follow: SHOW REPLICA STATUS on 3308 says why" >&2
fi
wait
