#!/usr/bin/env bash
# Interview load benchmark (issue 5, "Benchmark"): publishes the app in Release, starts it on 127.0.0.1 with a
# fresh SQLite file and Serilog at Warning, waits for /health, runs bench/InnocentSpouse.LoadDriver at each
# client count (whole interviews over HTTP, then GET /ping and any --pages at the same concurrency), prints a markdown table
# and stops the server. Results: docs/performance.md, "Interview over HTTP".
#
# Usage: bench/run-interview-load.sh [driver options]   e.g. --clients 50,200 --duration 20 --warmup 5
# Environment: PORT (default 5099), KEEP=1 keeps the temp folder (server log, database),
#   DB=postgres runs against a throwaway PostgreSQL cluster (default settings, fsync on) on PG_PORT (55433)
#   on the same machine instead of SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-5099}"
url="http://127.0.0.1:${port}"
work="$(mktemp -d -t interview-load.XXXXXX)"
server_pid=""
db="${DB:-sqlite}"
pg_port="${PG_PORT:-55433}"
pg_bin=""

run_pg() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else bash -c "$*"; fi
}

cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
  fi
  if [[ -n "$pg_bin" ]]; then
    run_pg "'$pg_bin/pg_ctl' -D '$work/pg/data' -m fast stop" >/dev/null 2>&1 || true
  fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$work"; else echo "kept $work" >&2; fi
}
trap cleanup EXIT

echo "Publishing (Release) to $work/app ..." >&2
scripts/publish.sh "$work/app"
dotnet build bench/InnocentSpouse.LoadDriver -c Release -nologo -v q >&2

provider=Sqlite
connection="Data Source=$work/load.db"
if [[ "$db" == postgres ]]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  mkdir -p "$work/pg"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$work" "$work/pg"; fi
  run_pg "'$pg_bin/initdb' -D '$work/pg/data' -U postgres -A trust -E UTF8" >/dev/null
  run_pg "'$pg_bin/pg_ctl' -D '$work/pg/data' -l '$work/pg/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $pg_port -k '$work/pg'\" start" >/dev/null
  provider=Postgres
  connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=interview_load"
fi

echo "Starting the server on $url ($provider) ..." >&2
(
  cd "$work/app"
  ASPNETCORE_ENVIRONMENT=Production \
  Urls="$url" \
  Database__Provider="$provider" \
  ConnectionStrings__Default="$connection" \
  Serilog__MinimumLevel__Default=Warning \
  exec dotnet InnocentSpouse.Web.dll
) >"$work/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 60); do
  if curl -fsS "$url/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "$url/health" >/dev/null

echo "Server $(dotnet --list-runtimes | grep AspNetCore | tail -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
status=0
dotnet bench/InnocentSpouse.LoadDriver/bin/Release/net10.0/InnocentSpouse.LoadDriver.dll --url "$url" --server-pid "$server_pid" "$@" || status=$?

if grep -Eq '"Level":"(Error|Fatal)"|\[(ERR|FTL)\]| fail: ' "$work/server.log"; then
  echo "Server log has errors:" >&2
  grep -E '"Level":"(Error|Fatal)"|\[(ERR|FTL)\]| fail: ' "$work/server.log" | head -5 >&2
  status=1
fi
exit "$status"
