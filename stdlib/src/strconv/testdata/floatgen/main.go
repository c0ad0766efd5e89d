// Floatgen writes the expected results of the randomized float tests (../floats.txt):
// FNV-1a hashes, per chunk of values, of strconv.FormatFloat in many formats and
// precisions and of strconv.ParseFloat reading texts back, for float64 and float32 values
// drawn from a splitmix64 sequence that floats.test.ts reproduces. Hashes keep the file small;
// -dump N prints chunk N's text to find a mismatch.
//
// Usage (in this directory): GO111MODULE=off go run main.go > ../floats.txt
package main

import (
	"flag"
	"fmt"
	"math"
	"strconv"
	"strings"
)

const (
	values = 24000
	chunk  = 100
	seed   = 0x5eed
)

var state uint64 = seed

func next() uint64 {
	state += 0x9e3779b97f4a7c15
	z := state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

type format struct {
	fmt  byte
	prec int
}

var formats = []format{
	{'g', -1}, {'e', -1}, {'f', -1}, {'G', -1}, {'E', -1}, {'b', -1}, {'x', -1}, {'X', -1},
	{'x', 0}, {'x', 3}, {'X', 5}, {'x', 13}, {'x', 20},
	{'e', 0}, {'e', 1}, {'e', 2}, {'e', 3}, {'e', 5}, {'e', 8}, {'e', 12}, {'e', 16}, {'e', 17}, {'e', 20}, {'e', 25}, {'E', 4},
	{'f', 0}, {'f', 1}, {'f', 2}, {'f', 3}, {'f', 5}, {'f', 8}, {'f', 12}, {'f', 20},
	{'g', 0}, {'g', 1}, {'g', 2}, {'g', 3}, {'g', 5}, {'g', 8}, {'g', 12}, {'g', 16}, {'g', 17}, {'g', 20}, {'G', 6},
}

// value returns the i'th test value and its bit size.
func value(i int) (float64, int) {
	switch i % 4 {
	case 0:
		return math.Float64frombits(next()), 64
	case 1:
		return float64(math.Float32frombits(uint32(next() >> 32))), 32
	case 2:
		r := next()
		k := 1 + r%17
		m := next() % pow10(k)
		e := int(next()%51) - 25
		s := strconv.FormatUint(m, 10) + "e" + strconv.Itoa(e)
		if r>>8&1 == 1 {
			s = "-" + s
		}
		bs := 64
		if r>>9&1 == 1 {
			bs = 32
		}
		f, _ := strconv.ParseFloat(s, bs)
		return f, bs
	default:
		r := next()
		m := r % (1 << 20)
		k := (r >> 20) % 12
		f := float64(m) / float64(uint64(1)<<k)
		if r>>40&1 == 1 {
			f = -f
		}
		bs := 64
		if r>>41&1 == 1 {
			bs = 32
		}
		return f, bs
	}
}

func pow10(k uint64) uint64 {
	p := uint64(1)
	for ; k > 0; k-- {
		p *= 10
	}
	return p
}

func parsed(s string, bs int) string {
	f, err := strconv.ParseFloat(s, bs)
	code := "ok"
	if err != nil {
		if err.(*strconv.NumError).Err == strconv.ErrRange {
			code = "range"
		} else {
			code = "syntax"
		}
	}
	if math.IsNaN(f) {
		return "NaN/" + code // payloads differ between implementations and do not matter
	}
	return fmt.Sprintf("%016x/%s", math.Float64bits(f), code)
}

// line is the text hashed for one value.
func line(f float64, bs int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%016x/%d", math.Float64bits(f), bs)
	for _, fm := range formats {
		b.WriteByte(' ')
		b.WriteString(strconv.FormatFloat(f, fm.fmt, fm.prec, bs))
	}
	// Reading back: the shortest form, a long form at both sizes, and for float32 values the
	// midpoint to the next float32 (ties to even) and texts just beside it.
	b.WriteString(" " + parsed(strconv.FormatFloat(f, 'g', -1, bs), bs))
	long := strconv.FormatFloat(f, 'e', 25, 64)
	b.WriteString(" " + parsed(long, 32) + " " + parsed(long, 64))
	if bs == 32 && !math.IsInf(f, 0) && !math.IsNaN(f) {
		up := float64(math.Nextafter32(float32(f), float32(math.Inf(1))))
		if !math.IsInf(up, 0) {
			mid := strconv.FormatFloat((f+up)/2, 'e', 120, 64)
			b.WriteString(" " + mid + " " + parsed(mid, 32))
			i := strings.IndexByte(mid, 'e')
			b.WriteString(" " + parsed(mid[:i]+"1"+mid[i:], 32))
		}
	}
	return b.String()
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	dump := flag.Int("dump", -1, "print the text of this chunk instead of the hashes")
	flag.Parse()
	fmt.Printf("values %d chunk %d seed %d\n", values, chunk, seed)
	var text strings.Builder
	for i := 0; i < values; i++ {
		f, bs := value(i)
		text.WriteString(line(f, bs))
		text.WriteByte('\n')
		if (i+1)%chunk == 0 {
			if *dump == i/chunk {
				fmt.Print(text.String())
				return
			}
			fmt.Printf("%08x\n", fnv(text.String()))
			text.Reset()
		}
	}
}
