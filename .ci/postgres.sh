# Starts a private PostgreSQL 15 (Debian's) for the storage tests and exports its URL.
# Sourced by .ci/run; stops the server when the calling shell exits.
pg_bin=/usr/lib/postgresql/15/bin
if [ ! -x "$pg_bin/initdb" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg_port=${NIANBAO_PG_PORT:-54329}
pg_dir=$(mktemp -d /tmp/nianbao-pg.XXXXXX)
chown postgres "$pg_dir"
as_postgres() { su postgres -s /bin/sh -c "$*"; }
as_postgres "$pg_bin/initdb -D $pg_dir/data --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8" >/dev/null
as_postgres "$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/log -w -o \"-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
trap 'as_postgres "$pg_bin/pg_ctl -D $pg_dir/data -m fast stop" >/dev/null 2>&1 || true' EXIT
as_postgres "$pg_bin/createdb -h 127.0.0.1 -p $pg_port nianbao_test"
export NIANBAO_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/nianbao_test"
echo "PostgreSQL ready at $NIANBAO_TEST_DATABASE_URL"
