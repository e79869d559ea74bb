#!/usr/bin/env bash
# Lighthouse on the published app (issue 11, "Targets"): publishes with scripts/publish.sh (or uses APP), starts it
# on a free 127.0.0.1 port with a fresh SQLite file in a temp folder, plays one interview with curl (first option
# everywhere, like a question missing from tests/Shared/Truths.cs) so that a question page and the results page
# can be audited with that session's cookie, then runs Lighthouse (pinned in bench/lighthouse/package-lock.json)
# in its default mobile mode (simulated slow 4G, 4x CPU slowdown) with Debian's Chromium, RUNS times per page,
# and prints the median run of each page. Then bench/measure-first-page.sh for the first-page weight on the wire.
# Results: docs/performance.md, "Page weight and Lighthouse".
#
# Targets: first page <= 60 KB on the wire; LCP <= 1.0 s; performance, accessibility, best-practices all 100.
#
# Usage: bench/lighthouse.sh
# Environment: APP=<folder of a published app> (skip publishing), RUNS (default 3), PORT (default: a free one),
#   KEEP=1 keeps the temp folder (server log, database, Lighthouse JSON reports).
# Needs: /usr/bin/chromium, npm, and Node >= 22 for Lighthouse 13: the system node if new enough, otherwise the
#   Node that the Microsoft.Playwright NuGet package ships (restored with the browser test project).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
runs="${RUNS:-3}"
work="$(mktemp -d -t lighthouse.XXXXXX)"
server_pid=""

cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
  fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$work"; else echo "kept $work" >&2; fi
}
trap cleanup EXIT

# --- Node >= 22 -------------------------------------------------------------------------------------------------
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
node_bin=""
if command -v node >/dev/null && (( $(node_major node) >= 22 )); then
  node_bin="$(command -v node)"
else
  pw="$(grep -oP 'Include="Microsoft.Playwright" Version="\K[^"]+' Directory.Packages.props)"
  candidate="${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.playwright/$pw/.playwright/node/linux-x64/node"
  if [[ ! -x "$candidate" ]]; then
    echo "Restoring tests/InnocentSpouse.EndToEnd for the Node that Playwright $pw ships ..." >&2
    dotnet restore tests/InnocentSpouse.EndToEnd -v q >&2
  fi
  node_bin="$candidate"
fi
[[ -x "$node_bin" ]] && (( $(node_major "$node_bin") >= 22 )) || { echo "no Node >= 22 found" >&2; exit 1; }

(cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error >&2)
lighthouse_version="$("$node_bin" -p "require('$root/bench/lighthouse/node_modules/lighthouse/package.json').version")"

# --- The app ------------------------------------------------------------------------------------------------------
app="${APP:-}"
if [[ -z "$app" ]]; then
  echo "Publishing (Release) to $work/app ..." >&2
  scripts/publish.sh "$work/app"
  app="$work/app"
fi
port="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
base="http://127.0.0.1:${port}"
(
  cd "$app"
  ASPNETCORE_ENVIRONMENT=Production \
  Urls="$base" \
  Database__Provider=Sqlite \
  ConnectionStrings__Default="Data Source=$work/lighthouse.db" \
  Serilog__MinimumLevel__Default=Warning \
  exec dotnet InnocentSpouse.Web.dll
) >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  if curl -fsS "$base/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "$base/health" >/dev/null

# --- One interview with curl ------------------------------------------------------------------------------------
jar="$work/cookies.txt"
# GET path; POST its interview form (the one with _handler) with the extra fields given; echo the redirect target.
step() {
  local path="$1"; shift
  local page token handler
  page="$(curl -fsS -c "$jar" -b "$jar" "$base$path")"
  token="$(grep -oP 'name="__RequestVerificationToken" value="\K[^"]+' <<<"$page" | head -1)"
  handler="$(grep -oP 'name="_handler" value="\K[^"]+' <<<"$page" | head -1)"
  local args=(--data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=$handler")
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  if [[ $# -eq 0 ]]; then
    # A question: a date (day, month, year boxes), else the first radio option, else a number.
    if grep -q 'name="Input.Day"' <<<"$page"; then
      args+=(--data-urlencode "Input.Day=15" --data-urlencode "Input.Month=9" --data-urlencode "Input.Year=2025")
    elif first="$(grep -oP 'type="radio" name="Input.Value" value="\K[^"]*' <<<"$page" | head -1)" && [[ -n "$first" ]]; then
      args+=(--data-urlencode "Input.Value=$first")
    else
      args+=(--data-urlencode "Input.Value=2")
    fi
  fi
  curl -fsS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "${args[@]}" "$base$path" | sed -E "s#^$base##"
}
next="$(step /interview)"
[[ "$next" == /interview/years ]] || { echo "start: redirected to '$next'" >&2; exit 1; }
next="$(step /interview/years "years=2021")"
question=""
for _ in $(seq 1 150); do
  [[ "$next" == */q/* ]] || break
  [[ -n "$question" ]] || question="$next"
  next="$(step "$next")"
done
[[ "$next" == /interview/check-answers && -n "$question" ]] || { echo "interview ended at '$next'" >&2; exit 1; }
curl -fsS -b "$jar" -o /dev/null "$base/interview/check-answers"
curl -fsS -b "$jar" "$base/interview/results" | grep -q "What to do next" || { echo "no results page" >&2; exit 1; }
cookie="$(sed 's/^#HttpOnly_//' "$jar" | awk -F'\t' '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')"

# --- Lighthouse -----------------------------------------------------------------------------------------------------
pages=(/ /interview "$question" /interview/results /letters/4390 /deadlines)
echo "Lighthouse $lighthouse_version, $("$node_bin" --version), $(/usr/bin/chromium --version 2>/dev/null | head -1); mobile (simulated); median of $runs runs; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| Page | Performance | Accessibility | Best practices | LCP | FCP | Transferred |"
echo "|---|---:|---:|---:|---:|---:|---:|"
status=0
headers="$work/headers.json"
"$node_bin" -e 'console.log(JSON.stringify({ Cookie: process.argv[1] }))' "$cookie" >"$headers"
for path in "${pages[@]}"; do
  reports=()
  for run in $(seq 1 "$runs"); do
    out="$work/lh-$(tr '/' '_' <<<"$path")-$run.json"
    extra=()
    [[ "$path" == /interview/* ]] && extra=(--extra-headers="$headers")
    CHROME_PATH=/usr/bin/chromium "$node_bin" bench/lighthouse/node_modules/lighthouse/cli/index.js "$base$path" \
      --quiet --output=json --output-path="$out" --form-factor=mobile \
      --only-categories=performance,accessibility,best-practices "${extra[@]}" \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync" \
      >/dev/null 2>>"$work/lighthouse.log" || { echo "Lighthouse failed on $path (see $work/lighthouse.log)" >&2; status=1; continue; }
    reports+=("$out")
  done
  [[ ${#reports[@]} -gt 0 ]] || continue
  "$node_bin" - "$path" "${reports[@]}" <<'EOF' || status=1
const [path, ...files] = process.argv.slice(2);
const runs = files.map(f => require(f)).map(r => ({
  r,
  lcp: r.audits['largest-contentful-paint'].numericValue,
  score: k => Math.round(r.categories[k].score * 100),
}));
runs.sort((a, b) => a.lcp - b.lcp);
const { r, lcp, score } = runs[Math.floor((runs.length - 1) / 2)];
const fcp = r.audits['first-contentful-paint'].numericValue;
const bytes = r.audits['total-byte-weight'].numericValue;
const s = ['performance', 'accessibility', 'best-practices'].map(score);
if (r.finalDisplayedUrl.replace(/^https?:\/\/[^/]+/, '') !== path) {
  console.error(`${path}: Lighthouse ended at ${r.finalDisplayedUrl}`);
  process.exitCode = 1;
}
console.log(`| \`${path}\` | ${s.join(' | ')} | ${(lcp / 1000).toFixed(2)} s | ${(fcp / 1000).toFixed(2)} s | ${(bytes / 1024).toFixed(1)} KB |`);
// What costs points: the scored audits of the three categories that did not pass.
for (const category of Object.values(r.categories)) {
  for (const ref of category.auditRefs.filter(x => x.weight > 0)) {
    const a = r.audits[ref.id];
    if (a.score !== null && a.score < 1) {
      console.error(`  ${path}: ${category.id}: ${ref.id} ${a.score} ${a.displayValue ?? ''}`);
    }
  }
}
EOF
done

echo
echo "Median by LCP; Transferred is Lighthouse's total-byte-weight (bodies and headers, favicon included)."
echo
echo "First page on the wire (bench/measure-first-page.sh):"
bench/measure-first-page.sh "$base" / /interview

if grep -Eq '"Level":"(Error|Fatal)"|\[(ERR|FTL)\]| fail: ' "$work/server.log"; then
  echo "Server log has errors:" >&2
  grep -E '"Level":"(Error|Fatal)"|\[(ERR|FTL)\]| fail: ' "$work/server.log" | head -5 >&2
  status=1
fi
exit "$status"
