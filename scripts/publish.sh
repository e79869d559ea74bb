#!/usr/bin/env bash
# The one publish command, used by the Dockerfile and checked by scripts/test.sh, so both use the same arguments.
# Usage: scripts/publish.sh <output-folder>
set -euo pipefail
out="${1:?usage: scripts/publish.sh <output-folder>}"
cd "$(dirname "$0")/.."
dotnet publish src/InnocentSpouse.Web/InnocentSpouse.Web.csproj \
  --configuration Release \
  --output "$out" \
  -p:UseAppHost=false \
  -p:TreatWarningsAsErrors=true \
  -nologo -v q
