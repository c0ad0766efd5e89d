#!/bin/sh
# Regenerates the expected results of the compiler's behaviour tests from real Go: for each
# X.go (or only the files named as arguments) it builds the program with gc, runs it with
# GOMAXPROCS=1 in this directory, and writes X.out (stdout), X.exit (exit status, only when
# it is not 0) and X.stderr (stderr, only when the program writes to it). -trimpath keeps
# the paths of this machine out of the stack traces.
# Usage: testdata/run/gen.sh [X.go ...]   (set GO to the go command when it is not on PATH)
set -u
GO=${GO:-go}
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ $# -gt 0 ] || set -- *.go
status=0
for f in "$@"; do
	f=$(basename "$f")
	base=${f%.go}
	if ! "$GO" build -trimpath -o "$tmp/prog" "$f"; then
		echo "gen.sh: $f does not build" >&2
		status=1
		continue
	fi
	GOMAXPROCS=1 GOTRACEBACK=single "$tmp/prog" >"$base.go.out" 2>"$tmp/stderr"
	code=$?
	rm -f "$base.go.exit" "$base.go.stderr"
	[ "$code" -eq 0 ] || echo "$code" >"$base.go.exit"
	[ -s "$tmp/stderr" ] && cp "$tmp/stderr" "$base.go.stderr"
	echo "$f: exit $code"
done
exit $status
