#!/usr/bin/env bash
# CPU trace of the interview under load (docs/performance.md, "Where a request's time goes"): publishes the
# app in Release, starts it with a fresh SQLite file, drives interviews with bench/InnocentSpouse.LoadDriver
# (no /ping phase) and records 10 s of `dotnet-trace` thread-time samples in the middle of the run, then
# converts them for https://www.speedscope.app (open the .speedscope.json there; "Left Heavy" view).
#
# Usage: bench/trace-interview.sh [clients]   (default 20)   Output: the folder printed at the end.
# Needs: dotnet-trace (`dotnet tool install -g dotnet-trace`).
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-20}"
port="${PORT:-5097}"
url="http://127.0.0.1:${port}"
out="$(mktemp -d -t interview-trace.XXXXXX)"
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-trace >/dev/null || { echo "dotnet-trace is missing: dotnet tool install -g dotnet-trace" >&2; exit 1; }

scripts/publish.sh "$out/app" >/dev/null
dotnet build bench/InnocentSpouse.LoadDriver -c Release -nologo -v q >&2
(
  cd "$out/app"
  ASPNETCORE_ENVIRONMENT=Production Urls="$url" Database__Provider=Sqlite \
  ConnectionStrings__Default="Data Source=$out/load.db" Serilog__MinimumLevel__Default=Warning \
  exec dotnet InnocentSpouse.Web.dll
) >"$out/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fsS "$url/health" >/dev/null 2>&1 && break; sleep 0.5; done

dotnet bench/InnocentSpouse.LoadDriver/bin/Release/net10.0/InnocentSpouse.LoadDriver.dll \
  --url "$url" --server-pid "$server_pid" --clients "$clients" --duration 30 --warmup 10 --ping false >"$out/driver.txt" 2>&1 &
driver_pid=$!
sleep 15
dotnet-trace collect -p "$server_pid" --profile dotnet-sampled-thread-time --duration 00:00:00:10 -o "$out/trace.nettrace" >"$out/trace.log" 2>&1
wait "$driver_pid"
dotnet-trace convert "$out/trace.nettrace" --format Speedscope -o "$out/trace" >/dev/null
grep '^interview' "$out/driver.txt" >&2 || cat "$out/driver.txt" >&2
echo "$out"
