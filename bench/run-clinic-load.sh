#!/usr/bin/env bash
# Clinic workspace load benchmark (issue 14: "20 staff browsing a list of 2,000 cases, with p95 per page under
# 100 ms"): publishes the app in Release (scripts/publish.sh), seeds a fresh SQLite file with one clinic, 20 staff
# accounts with an authenticator key and 2,000 cases (bench/InnocentSpouse.Benchmarks clinic-seed, through the app's
# own ClinicCases store and CaseScreening), starts the published app on https://127.0.0.1 (the workspace cookies
# are Secure; a throwaway self-signed certificate, pinned by the driver), then runs
# bench/InnocentSpouse.LoadDriver clinic: each staff member signs in (password, then the TOTP code computed by the
# driver) and browses list pages, filtered lists and case pages in a closed loop. Prints p50/p95/p99 per page type
# and stops the server. Results: docs/performance.md, "Clinic workspace".
#
# Usage: bench/run-clinic-load.sh [driver options]   e.g. --duration 60 --warmup 10 --think-ms 0
# Environment: PORT (default 5443), CASES (2000), STAFF (20), KEEP=1 keeps the temp folder (server log, database),
#   STALE=1 seeds every case's summary under an older rules revision (as after a deployment that changed the rules),
#   so the app must recompute them.
# Sign-in posts are rate-limited per address (RateLimits:SignInPerMinute, 10 by default); every simulated staff
# member comes from 127.0.0.1, so the bench server allows 1,000 a minute. Nothing else is changed.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-5443}"
url="https://127.0.0.1:${port}"
work="$(mktemp -d -t clinic-load.XXXXXX)"
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
dotnet build bench/InnocentSpouse.Benchmarks -c Release -nologo -v q >&2

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
  -keyout "$work/server.key" -out "$work/server.pem" 2>/dev/null

connection="Data Source=$work/load.db"
stale=()
if [[ -n "${STALE:-}" ]]; then stale=(--rules-revision "seeded under older rules"); fi
echo "Seeding ${CASES:-2000} cases and ${STAFF:-20} staff ..." >&2
dotnet bench/InnocentSpouse.Benchmarks/bin/Release/net10.0/InnocentSpouse.Benchmarks.dll clinic-seed \
  --connection "$connection" --out "$work/seed.json" --now "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --cases "${CASES:-2000}" --staff "${STAFF:-20}" \
  "${stale[@]}"

echo "Starting the server on $url (Sqlite) ..." >&2
(
  cd "$work/app"
  ASPNETCORE_ENVIRONMENT=Production \
  Urls="$url" \
  Kestrel__Certificates__Default__Path="$work/server.pem" \
  Kestrel__Certificates__Default__KeyPath="$work/server.key" \
  Database__Provider=Sqlite \
  ConnectionStrings__Default="$connection" \
  RateLimits__SignInPerMinute=1000 \
  Serilog__MinimumLevel__Default=Warning \
  exec dotnet InnocentSpouse.Web.dll
) >"$work/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 60); do
  if curl -fsSk "$url/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fsSk "$url/health" >/dev/null

echo "Server $(dotnet --list-runtimes | grep AspNetCore | tail -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
status=0
dotnet bench/InnocentSpouse.LoadDriver/bin/Release/net10.0/InnocentSpouse.LoadDriver.dll clinic --url "$url" --seed "$work/seed.json" \
  --cert "$work/server.pem" --server-pid "$server_pid" "$@" || status=$?

if grep -Eq '"Level":"(Error|Fatal)"|\[(ERR|FTL)\]| fail: ' "$work/server.log"; then
  echo "Server log has errors:" >&2
  grep -E '"Level":"(Error|Fatal)"|\[(ERR|FTL)\]| fail: ' "$work/server.log" | head -5 >&2
  status=1
fi
exit "$status"
