#!/bin/sh
# Regenerates the expected output of the standard-library test programs with real Go:
# for each <pkg>/<name>.go, <name>.out gets its standard output and <name>.exit its exit
# status when that is not 0. Usage: GOROOT=/path/to/go1.23 stdlib/testdata/gen.sh [files...]
set -u
cd "$(dirname "$0")"
GO="${GOROOT:?set GOROOT to a Go 1.23 installation}/bin/go"
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
if [ $# -eq 0 ]; then set -- */*.go; fi
for f in "$@"; do
  f="${f#stdlib/testdata/}"
  base="${f%.go}"
  if ! (cd "$(dirname "$f")" && GO111MODULE=off "$GO" build -o "$bin/prog" "$(basename "$f")"); then
    echo "gen.sh: $f does not build" >&2
    continue
  fi
  (cd "$(dirname "$f")" && "$bin/prog" >"$(basename "$base").out" 2>/dev/null </dev/null)
  status=$?
  if [ "$status" -ne 0 ]; then echo "$status" >"$base.exit"; else rm -f "$base.exit"; fi
done
