#!/usr/bin/env bash
# The whole test suite, as README.md gives it and .ci/run calls it.
#  1. installs Chromium, PostgreSQL and the Liberation fonts (fonts-liberation2) with apt when they are missing (needs root or sudo);
#  2. starts a throwaway PostgreSQL cluster on 127.0.0.1 (removed on exit);
#  3. builds with warnings as errors and checks both providers' migrations are up to date;
#  4. checks the Dockerfile's publish command succeeds;
#  5. runs every test project on SQLite, then the database-backed projects again on PostgreSQL;
#  6. prints "N passed, N failed" summed from the test results, and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
results="$root/TestResults"
pg_port="${INNOCENTSPOUSE_PG_PORT:-55432}"

log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. System packages ---------------------------------------------------------------------------
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
# The PDF record's fonts (Liberation Sans); the app refuses to start without them (src/InnocentSpouse.Web/Record/LiberationFonts.cs).
[ -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] || need+=(fonts-liberation2)
if [ ${#need[@]} -gt 0 ]; then
  log "Installing ${need[*]} with apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. Throwaway PostgreSQL cluster -------------------------------------------------------------
log "Starting a throwaway PostgreSQL on 127.0.0.1:$pg_port"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pg_root="$(mktemp -d -t innocentspouse-pg.XXXXXX)"
run_pg() {
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pg_root"; su postgres -c "$*"; else bash -c "$*"; fi
}
cleanup() {
  run_pg "'$pg_bin/pg_ctl' -D '$pg_root/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$pg_root"
}
trap cleanup EXIT
run_pg "'$pg_bin/initdb' -D '$pg_root/data' -U postgres -A trust --no-sync -E UTF8" >/dev/null
run_pg "'$pg_bin/pg_ctl' -D '$pg_root/data' -l '$pg_root/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $pg_port -k '$pg_root' -c fsync=off\" start" >/dev/null
pg_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Database=postgres"

# 3. Build and migration checks ---------------------------------------------------------------
log "Restoring tools and packages"
dotnet tool restore >/dev/null
dotnet restore InnocentSpouse.sln -v q >/dev/null

log "Building with warnings as errors"
dotnet build InnocentSpouse.sln --no-restore -warnaserror -nologo -v q

log "Checking both providers' migrations match the model"
for context in SqliteInterviewDbContext PostgresInterviewDbContext; do
  dotnet ef migrations has-pending-model-changes --project src/InnocentSpouse.Data --context "$context" --no-build
done
rm -f src/InnocentSpouse.Data/design.db

# 4. Publish check (same command as the Dockerfile) -------------------------------------------
log "Publishing with the Dockerfile's command"
publish_dir="$(mktemp -d -t innocentspouse-publish.XXXXXX)"
scripts/publish.sh "$publish_dir"
test -f "$publish_dir/InnocentSpouse.Web.dll"
rm -rf "$publish_dir"

# 5. Tests ---------------------------------------------------------------------------------------
rm -rf "$results"
status=0
runs=0
run_tests() { # $1 = label, $2 = project, $3 = optional test filter; extra environment comes from the caller
  local label="$1" project="$2" filter="${3:-}" name
  runs=$((runs + 1))
  name="$(basename "$project" .csproj)"
  log "Testing $name on $label"
  dotnet test "$project" --no-build --nologo -v q ${filter:+--filter "$filter"} \
    --logger "trx;LogFileName=$name-$label.trx" --results-directory "$results" || status=1
}
for project in tests/*/*.csproj; do
  run_tests sqlite "$project"
done
# On PostgreSQL: all data and web tests except the 10,000 hostile requests (Category=Hostile, input handling,
# not the database), and the browser tests marked Category=Postgres (the home page and one whole interview):
# the rest of the browser suite exercises pages, not the database, and would double CI time.
for project in tests/InnocentSpouse.Data.Tests/*.csproj tests/InnocentSpouse.Web.Tests/*.csproj; do
  INNOCENTSPOUSE_TEST_PG="$pg_connection" run_tests postgres "$project" "Category!=Hostile"
done
INNOCENTSPOUSE_TEST_PG="$pg_connection" run_tests postgres tests/InnocentSpouse.EndToEnd/InnocentSpouse.EndToEnd.csproj "Category=Postgres"

# 6. Summary --------------------------------------------------------------------------------------
passed=0; failed=0; files=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  files=$((files + 1))
  counters="$(grep -o '<Counters [^>]*>' "$f")"
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
done
if [ "$files" -ne "$runs" ]; then
  echo "Expected $runs test result files (one per test run), found $files: a test run did not complete." >&2
  status=1
fi
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit "$status"
