#!/usr/bin/env bash
# Refresh the vendored USWDS files (style.md decision 4).
# Installs the version pinned in package.json / package-lock.json, then copies ONLY the files the site uses:
# the minified CSS, and every font and image the CSS references with url(), except the hero image (we have
# no hero). No USWDS JavaScript: no component we use needs it. Building, testing and publishing never need
# node; only this script does.
# Usage: tools/uswds/refresh-uswds.sh   (then review and commit src/InnocentSpouse.Web/wwwroot/lib/uswds)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/InnocentSpouse.Web/wwwroot/lib/uswds"
dist="$here/node_modules/@uswds/uswds/dist"

cd "$here"
npm ci --no-audit --no-fund --loglevel=error

rm -rf "$out"
mkdir -p "$out/css" "$out/img"
cp "$dist/css/uswds.min.css" "$out/css/"
cp "$dist/img/sprite.svg" "$out/img/"

# Every url(../fonts/…) and url(../img/…) in the CSS, relative to dist/css.
grep -o 'url([^)]*)' "$dist/css/uswds.min.css" \
  | sed -E "s/^url\([\"']?//; s/[\"']?\)$//" \
  | grep -E '^\.\./(fonts|img)/' \
  | grep -v 'hero\.jpg' \
  | sort -u \
  | while read -r ref; do
      rel="${ref#../}"
      mkdir -p "$out/$(dirname "$rel")"
      cp "$dist/$rel" "$out/$rel"
    done

cp "$here/node_modules/@uswds/uswds/LICENSE.md" "$out/LICENSE.md"
echo "USWDS $(node -p "require('$here/node_modules/@uswds/uswds/package.json').version") vendored: $(find "$out" -type f | wc -l) files, $(du -sh "$out" | cut -f1)"
