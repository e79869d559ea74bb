#!/usr/bin/env bash
# Refresh the vendored USWDS files (style.md decision 4; issue 11, "Ship only the USWDS CSS the pages use").
# Installs the versions pinned in package.json / package-lock.json (USWDS and PurgeCSS), then writes ONLY what the
# site uses to src/InnocentSpouse.Web/wwwroot/lib/uswds:
#   - css/uswds.min.css: USWDS's uswds.min.css purged against every .razor, .cs and .js file of the web app
#     (same name as USWDS's file, so every page and the status pages link it unchanged)
#     (purge-uswds.mjs, which also lists the classes built at run time and drops the @font-face rules: app.css
#     uses the device's own fonts, so no USWDS font is ever downloaded);
#   - every image the purged CSS still references with url();
#   - LICENSE.md, and PROVENANCE.md (versions, command, date).
# No USWDS JavaScript: no component we use needs it. Building, testing and publishing never need node; only this
# script does.
#
# Run it after changing the USWDS version, and after using a usa- class no page used before
# (tests/InnocentSpouse.Web.Tests/Site/UswdsStylesheetTests.cs fails until you do).
# Usage: tools/uswds/refresh-uswds.sh   (then review and commit src/InnocentSpouse.Web/wwwroot/lib/uswds)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
web="$(cd "$here/../../src/InnocentSpouse.Web" && pwd)"
out="$web/wwwroot/lib/uswds"
dist="$here/node_modules/@uswds/uswds/dist"

cd "$here"
npm ci --no-audit --no-fund --loglevel=error

rm -rf "$out"
mkdir -p "$out/css"
refs="$(node purge-uswds.mjs "$dist/css/uswds.min.css" "$web" "$out/css/uswds.min.css")"

# Every url(../img/…) the purged CSS makes, relative to dist/css. Anything else (a font, a remote URL) is a
# surprise: stop.
while read -r ref; do
  [[ -n "$ref" ]] || continue
  case "$ref" in
    ../img/*) ;;
    data:*) continue ;;
    *) echo "unexpected url() in the purged CSS: $ref" >&2; exit 1 ;;
  esac
  rel="${ref#../}"
  mkdir -p "$out/$(dirname "$rel")"
  cp "$dist/$rel" "$out/$rel"
done <<<"$refs"

cp "$here/node_modules/@uswds/uswds/LICENSE.md" "$out/LICENSE.md"

version() { node -p "require('$here/node_modules/$1/package.json').version"; }
full_bytes="$(stat -c %s "$dist/css/uswds.min.css")"
purged_bytes="$(stat -c %s "$out/css/uswds.min.css")"
cat >"$out/PROVENANCE.md" <<EOF
# Provenance of these files

- USWDS $(version @uswds/uswds) (\`@uswds/uswds\` on npm), purged with PurgeCSS $(version purgecss), both pinned in
  \`tools/uswds/package-lock.json\`; Node $(node --version).
- Command: \`tools/uswds/refresh-uswds.sh\` (runs \`tools/uswds/purge-uswds.mjs\`), on $(date -u +%F).
- \`css/uswds.min.css\`: \`dist/css/uswds.min.css\` ($full_bytes bytes) purged against every .razor, .cs and .js
  file of src/InnocentSpouse.Web, less its @font-face rules: $purged_bytes bytes.
- \`img/\`: the images the purged CSS references, copied unchanged from \`dist/img\`.
- \`LICENSE.md\`: the USWDS licence, unchanged.
EOF
echo "USWDS $(version @uswds/uswds) purged with PurgeCSS $(version purgecss): $full_bytes -> $purged_bytes bytes of CSS; $(find "$out" -type f | wc -l) files, $(du -sh "$out" | cut -f1)"
