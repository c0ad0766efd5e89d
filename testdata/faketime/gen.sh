#!/bin/sh
# Regenerates X.out for each X.go here from real Go built with the playground's virtual clock
# (go build -tags faketime). That build frames every write to standard output and error as a
# playback record ("\0\0PB", an 8-byte time, a 4-byte length, the bytes); X.out keeps the
# bytes written to standard output. Programs run with GOMAXPROCS=1, like gots.
# Usage: GO=/path/to/go testdata/faketime/gen.sh
set -eu
GO=${GO:-go}
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in *.go; do
	"$GO" build -tags faketime -o "$tmp/prog" "$f"
	GOMAXPROCS=1 "$tmp/prog" 2>/dev/null | python3 -c '
import sys
data = sys.stdin.buffer.read()
out = bytearray()
i = 0
while i < len(data):
    assert data[i:i+4] == b"\0\0PB", "not a playback record"
    n = int.from_bytes(data[i+12:i+16], "big")
    out += data[i+16:i+16+n]
    i += 16 + n
sys.stdout.buffer.write(out)
' >"${f%.go}.out"
	echo "$f"
done
