#!/usr/bin/env bash
# First-page weight (issue 5: "The first page weighs 120 KB compressed at most"). Requests a page and every
# stylesheet and script it links, with the Accept-Encoding a browser sends, and sums the bytes on the wire
# (compressed body as served by MapStaticAssets; headers not counted). Fonts: the @font-face files of the
# families the site's own CSS names (app.css), in the weights and styles any rule asks for — an upper bound
# on "fonts actually used" (a browser downloads a face only when text on the page uses it).
#
# Issue 11 adds the icon linked with <link rel="icon">; bench/lighthouse.sh runs this script.
# Usage: bench/measure-first-page.sh http://127.0.0.1:5099 [/ /interview]
set -uo pipefail
base="${1:?usage: measure-first-page.sh <base-url> [paths...]}"
shift || true
paths=("$@")
[[ ${#paths[@]} -gt 0 ]] || paths=(/ /interview)
enc="${ACCEPT_ENCODING:-br, gzip}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

size() { # bytes transferred for one URL, and its content encoding
  curl -sS -o "$tmp/body" -D "$tmp/headers" -H "Accept-Encoding: $enc" "$1"
  local ce; ce="$( (grep -i '^content-encoding:' "$tmp/headers" || true) | tr -d '\r' | awk '{print $2}')"
  printf '%s\t%s\n' "$(stat -c %s "$tmp/body")" "${ce:-identity}"
}
plain() { curl -sS --compressed "$1"; }

for path in "${paths[@]}"; do
  echo "## $path (Accept-Encoding: $enc)"
  total=0
  read -r bytes ce < <(size "$base$path"); total=$((total + bytes))
  printf '%8d  %-8s %s\n' "$bytes" "$ce" "$path (HTML)"
  html="$(plain "$base$path")"
  # Stylesheets and scripts (src, or data-src for blazor.web.js, which site.js loads after the first paint), and the
  # icon a browser fetches on a first visit.
  mapfile -t assets < <( (grep -oE '(href|src)="[^"]+\.(css|js)"' <<<"$html"; grep -oE '<link rel="icon" href="[^"]+"' <<<"$html") \
    | sed -E 's/^.*(href|src)="//; s/"$//' | sort -u)
  fontfaces=""
  for asset in "${assets[@]}"; do
    url="$base/${asset#/}"
    read -r bytes ce < <(size "$url"); total=$((total + bytes))
    printf '%8d  %-8s %s\n' "$bytes" "$ce" "$asset"
    if [[ "$asset" == *.css ]]; then
      css="$(plain "$url")"
      # @font-face blocks: family, weight, style, first woff2 url (resolved against the stylesheet).
      fontfaces+="$(grep -oE '@font-face\{[^}]*\}' <<<"$css" | while read -r face; do
        fam="$(grep -oE 'font-family:[^;]+' <<<"$face" | sed -E 's/font-family://; s/"//g')"
        wt="$(grep -oE 'font-weight:[^;]+' <<<"$face" | sed -E 's/font-weight://')"
        st="$(grep -oE 'font-style:[^;]+' <<<"$face" | sed -E 's/font-style://')"
        src="$(grep -oE 'url\([^)]+\.woff2\)' <<<"$face" | head -1 | sed -E 's/url\(//; s/\)//; s/"//g')"
        printf '%s|%s|%s|%s/%s\n' "$fam" "$wt" "$st" "$(dirname "$asset")" "$src"
      done)"$'\n'
    fi
  done
  # Families the site's own stylesheet asks for.
  families="$(plain "$base/app.css" | grep -oE 'font-family:[^;]+' | sed -E 's/font-family:\s*//; s/"//g' | cut -d, -f1 | sort -u)"
  while IFS='|' read -r fam wt st src; do
    [[ -n "$fam" ]] || continue
    grep -qxF "$fam" <<<"$families" || continue
    # weights 400/700, normal style: what body text and headings/bold use on these pages
    [[ "$wt" == 400 || "$wt" == 700 ]] && [[ "$st" == normal ]] || continue
    url="$(python3 -c 'import sys,posixpath;print(posixpath.normpath(sys.argv[1]))' "$src")"
    read -r bytes ce < <(size "$base/${url#/}"); total=$((total + bytes))
    printf '%8d  %-8s %s\n' "$bytes" "$ce" "$url ($fam $wt $st)"
  done <<<"$(sort -u <<<"$fontfaces")"
  printf '%8d  total = %.1f KB (1 KB = 1024 bytes)\n\n' "$total" "$(bc -l <<<"$total/1024")"
done
