#!/usr/bin/env bash
# Interview load benchmark (issue 5, "Benchmark"): publishes the app in Release, starts it on 127.0.0.1 with a
# fresh SQLite file and Serilog at Warning, waits for /health, runs bench/InnocentSpouse.LoadDriver at each
# client count (whole interviews over HTTP, then GET /ping at the same concurrency), prints a markdown table
# and stops the server. Results: docs/performance.md, "Interview over HTTP".
#
# Usage: bench/run-interview-load.sh [driver options]   e.g. --clients 50,200 --duration 20 --warmup 5
# Environment: PORT (default 5099), KEEP=1 keeps the temp folder (server log, database).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-5099}"
url="http://127.0.0.1:${port}"
work="$(mktemp -d -t interview-load.XXXXXX)"
server_pid=""

cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
  fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$work"; else echo "kept $work" >&2; fi
}
trap cleanup EXIT

echo "Publishing (Release) to $work/app ..." >&2
scripts/publish.sh "$work/app"
dotnet build bench/InnocentSpouse.LoadDriver -c Release -nologo -v q >&2

echo "Starting the server on $url (SQLite $work/load.db) ..." >&2
(
  cd "$work/app"
  ASPNETCORE_ENVIRONMENT=Production \
  Urls="$url" \
  Database__Provider=Sqlite \
  ConnectionStrings__Default="Data Source=$work/load.db" \
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
