#!/usr/bin/env bash
# Minify the site's one script (docs/performance.md, "One script"): src/InnocentSpouse.Web/Scripts/site.js (the
# readable source, with its comments) -> src/InnocentSpouse.Web/wwwroot/js/site.js (what pages load). Terser is
# pinned in package.json / package-lock.json. The output's first line names the source's SHA-256;
# tests/InnocentSpouse.Web.Tests/Site/SiteScriptTests.cs fails when the source changed and this was not re-run.
# Building, testing and publishing never need node; only this script does.
# Usage: tools/js/minify-site-js.sh   (then commit both files)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
web="$(cd "$here/../../src/InnocentSpouse.Web" && pwd)"
src="$web/Scripts/site.js"
out="$web/wwwroot/js/site.js"

cd "$here"
npm ci --no-audit --no-fund --loglevel=error
version="$(node -p 'require("terser/package.json").version')"
hash="$(sha256sum "$src" | cut -d' ' -f1)"
mkdir -p "$(dirname "$out")"
{
  printf '/*! Built from Scripts/site.js (sha256 %s) by tools/js/minify-site-js.sh, terser %s. Edit the source. */\n' \
    "$hash" "$version"
  npx --no-install terser "$src" --compress --mangle --ecma 2017 --comments false
  printf '\n'
} > "$out"
echo "wrote $out ($(stat -c %s "$out") bytes) from $src"
