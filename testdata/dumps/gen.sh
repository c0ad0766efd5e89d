#!/bin/sh
# Records gc's standard error for each X.go here as X.stderr (built with -trimpath, run with
# GOMAXPROCS=1), for src/runnode.test.ts, which compares the main package's frames of each
# goroutine in the dump (function, file name and line) with gots' dump of the same program.
# Usage: testdata/dumps/gen.sh   (set GO to the go command when it is not on PATH)
set -u
GO=${GO:-go}
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in *.go; do
	"$GO" build -trimpath -o "$tmp/prog" "$f" || exit 1
	GOMAXPROCS=1 "$tmp/prog" 2>"${f%.go}.stderr" >/dev/null
	echo "$f: exit $?"
done
