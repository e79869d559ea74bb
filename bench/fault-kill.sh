#!/usr/bin/env bash
# Fault test (issue 6, "Faults"; results in docs/reliability.md): SIGKILL the server in the middle of a load run,
# restart it on the same database, and check that every answer that got a success response is still there.
#  1. publishes the app in Release (scripts/publish.sh) and builds the load driver;
#  2. starts the server on a fresh database (SQLite file, or a fresh PostgreSQL database with PROVIDER=postgres);
#  3. runs `LoadDriver fault-load`: CLIENTS clients answer questions (a random option on each page) session after
#     session and journal every answer acknowledged with a 302, with the session's resume code;
#  4. after KILL_AFTER seconds sends SIGKILL (kill -9) to the server; the clients keep trying until DURATION is up
#     and count the requests that failed (connection refused or cut);
#  5. restarts the server on the same database and runs `LoadDriver fault-verify`: each journalled session is
#     re-opened with its resume code in a fresh cookie jar and every acknowledged answer is read back from its
#     question page. Exit code 0 only when missing = 0 and wrong = 0. (The resume rate limit is lifted with
#     RateLimits__PerMinute, since every session is re-opened from one address.)
#
# Usage: bench/fault-kill.sh
# Environment: CLIENTS (50), DURATION (20 s), KILL_AFTER (10 s), SEED (1), PORT (5098),
#   PROVIDER (sqlite | postgres), PG (PostgreSQL server connection string, needed for postgres),
#   APP (an already published folder: skips step 1), KEEP=1 keeps the temp folder (logs, journal, database).
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${CLIENTS:-50}"; duration="${DURATION:-20}"; kill_after="${KILL_AFTER:-10}"; seed="${SEED:-1}"
port="${PORT:-5098}"; provider="${PROVIDER:-sqlite}"
url="http://127.0.0.1:${port}"
work="$(mktemp -d -t fault-kill.XXXXXX)"
server_pid=""

cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
  fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$work"; else echo "kept $work" >&2; fi
}
trap cleanup EXIT

case "$provider" in
  sqlite) db_provider=Sqlite; connection="Data Source=$work/fault.db" ;;
  postgres)
    db_provider=Postgres
    : "${PG:?PROVIDER=postgres needs PG, e.g. Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres;Database=postgres}"
    connection="$(sed -E 's/;?Database=[^;]*//' <<<"$PG");Database=fault_kill_$(date +%s)"
    ;;
  *) echo "PROVIDER must be sqlite or postgres" >&2; exit 2 ;;
esac

app="${APP:-}"
if [[ -z "$app" ]]; then
  echo "Publishing (Release) to $work/app ..." >&2
  scripts/publish.sh "$work/app"
  app="$work/app"
fi
dotnet build bench/InnocentSpouse.LoadDriver -c Release -nologo -v q >&2
driver=(dotnet bench/InnocentSpouse.LoadDriver/bin/Release/net10.0/InnocentSpouse.LoadDriver.dll)

start_server() { # $1 = label; extra environment from the caller
  (
    cd "$app"
    ASPNETCORE_ENVIRONMENT=Production \
    Urls="$url" \
    Database__Provider="$db_provider" \
    ConnectionStrings__Default="$connection" \
    Serilog__MinimumLevel__Default=Warning \
    RateLimits__PerMinute=1000000 \
    exec dotnet InnocentSpouse.Web.dll
  ) >>"$work/server-$1.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do
    if curl -fsS "$url/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server-$1.log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "server did not become healthy" >&2; cat "$work/server-$1.log" >&2; exit 1
}

echo "Starting the server on $url ($provider) ..." >&2
start_server before
echo "Load: $clients clients for $duration s; SIGKILL after $kill_after s. $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"${driver[@]}" fault-load --url "$url" --journal "$work/journal.json" --clients "$clients" --duration "$duration" --seed "$seed" &
driver_pid=$!
sleep "$kill_after"
kill -9 "$server_pid"
wait "$server_pid" 2>/dev/null || true
echo "Sent SIGKILL to the server (pid $server_pid) at $(date -u +%T)." >&2
server_pid=""
wait "$driver_pid"

if [[ "$provider" == sqlite ]]; then
  ls -l "$work"/fault.db* | awk '{print "  " $5 "\t" $9}' >&2
fi

echo "Restarting the server on the same database ..." >&2
start_server after
status=0
"${driver[@]}" fault-verify --url "$url" --journal "$work/journal.json" || status=$?

for log in "$work"/server-*.log; do
  if grep -Eq '"Level":"(Error|Fatal)"|\[(ERR|FTL)\]| fail: ' "$log"; then
    echo "$(basename "$log") has errors:" >&2
    grep -E '"Level":"(Error|Fatal)"|\[(ERR|FTL)\]| fail: ' "$log" | head -5 >&2
  fi
done
if [[ "$provider" == postgres ]]; then
  echo "(database left on the server: ${connection##*Database=})" >&2
fi
exit "$status"
