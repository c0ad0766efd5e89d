// Command tablegen writes the constant tables of math/rand and math/rand/v2:
//
//   - the ziggurat tables for the normal and exponential distributions, built as
//     Marsaglia and Tsang describe in "The Ziggurat Method for Generating Random Variables"
//     (2000): 128 strips for the normal density, 256 for the exponential one, each strip
//     recorded as its acceptance threshold scaled to 2^31 (2^32) and its width and density
//     rounded to float32;
//   - rngCooked, the state that seeds math/rand's additive lagged Fibonacci generator
//     (x[n] = x[n-273] + x[n-607] mod 2^64): the generator is seeded from 1 through the
//     Park–Miller recurrence x = 48271·x mod (2^31−1), three draws per word combined as
//     x<<20 ^ x<<10 ^ x, and then advanced 7.8e12 steps. Rather than stepping 7.8e12 times,
//     the jump is computed as x^N modulo the recurrence's characteristic polynomial
//     x^607 − x^334 − 1 over the integers mod 2^64.
//
// Usage (from this directory): go run . DIR, where DIR is stdlib/src/math/rand; it writes
// DIR/tables.go and DIR/v2/tables.go.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
)

const (
	lagLen = 607
	lagTap = 273
	steps  = 7_800_000_000_000
)

// parkMiller advances the minimal-standard generator with multiplier 48271, using
// Schrage's decomposition so that the products stay within 32 bits.
func parkMiller(x int32) int32 {
	const a, m, q, r = 48271, 1<<31 - 1, 44488, 3399
	x = a*(x%q) - r*(x/q)
	if x < 0 {
		x += m
	}
	return x
}

// initialState is the generator's buffer right after seeding with 1.
func initialState() [lagLen]uint64 {
	var vec [lagLen]uint64
	x := int32(1)
	for i := -20; i < lagLen; i++ {
		x = parkMiller(x)
		if i >= 0 {
			u := uint64(int64(x) << 20)
			x = parkMiller(x)
			u ^= uint64(int64(x) << 10)
			x = parkMiller(x)
			u ^= uint64(int64(x))
			vec[i] = u
		}
	}
	return vec
}

type poly [lagLen]uint64

// mulMod returns a·b mod (x^607 − x^334 − 1).
func mulMod(a, b *poly) *poly {
	var prod [2*lagLen - 1]uint64
	for i, ai := range a {
		if ai == 0 {
			continue
		}
		for j, bj := range b {
			prod[i+j] += ai * bj
		}
	}
	// x^k = x^(k−607)·(x^334 + 1): fold the high coefficients down, highest first.
	for k := len(prod) - 1; k >= lagLen; k-- {
		c := prod[k]
		prod[k-lagTap] += c
		prod[k-lagLen] += c
	}
	var out poly
	copy(out[:], prod[:lagLen])
	return &out
}

// timesX returns a·x mod the characteristic polynomial.
func timesX(a *poly) *poly {
	var out poly
	top := a[lagLen-1]
	copy(out[1:], a[:lagLen-1])
	out[0] += top
	out[lagLen-lagTap] += top
	return &out
}

// powX returns x^n mod the characteristic polynomial.
func powX(n uint64) *poly {
	result := &poly{1}
	base := &poly{0, 1}
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			result = mulMod(result, base)
		}
		base = mulMod(base, base)
	}
	return result
}

// cooked returns the buffer after the 7.8e12 steps. Step k (from 1) decrements both
// cursors and stores vec[feed] += vec[tap], with feed starting at 607−273 and tap at 0, so
// it writes position (334−k) mod 607 with y(k) = y(k−607) + y(k−273), where y(j) for
// j in [−606, 0] is the initial content of position (334−j) mod 607.
func cooked() [lagLen]uint64 {
	init := initialState()
	pos := func(k int64) int {
		p := (int64(lagLen-lagTap) - k) % lagLen
		if p < 0 {
			p += lagLen
		}
		return int(p)
	}
	var y0 [lagLen]uint64 // y0[i] = y(i − 606)
	for i := range y0 {
		y0[i] = init[pos(int64(i-606))]
	}
	// y(−606 + n) = Σ c_i·y0[i] where Σ c_i x^i = x^n mod P.
	var out [lagLen]uint64
	first := int64(steps - lagLen + 1)
	q := powX(uint64(first + 606))
	for k := first; k <= steps; k++ {
		var v uint64
		for i, c := range q {
			v += c * y0[i]
		}
		out[pos(k)] = v
		q = timesX(q)
	}
	return out
}

// Ziggurat tables (Marsaglia & Tsang's zigset): strips of equal area v under the density
// f, the rightmost strip's edge at r.
func normalTables() (kn [128]uint32, wn, fn [128]float32) {
	const m1 = 1 << 31
	dn, tn, vn := 3.442619855899, 3.442619855899, 9.91256303526217e-3
	q := vn / math.Exp(-.5*dn*dn)
	kn[0] = uint32((dn / q) * m1)
	kn[1] = 0
	wn[0] = float32(q / m1)
	wn[127] = float32(dn / m1)
	fn[0] = 1
	fn[127] = float32(math.Exp(-.5 * dn * dn))
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(vn/dn+math.Exp(-.5*dn*dn)))
		kn[i+1] = uint32((dn / tn) * m1)
		tn = dn
		fn[i] = float32(math.Exp(-.5 * dn * dn))
		wn[i] = float32(dn / m1)
	}
	return
}

func expTables() (ke [256]uint32, we, fe [256]float32) {
	const m2 = 1 << 32
	de, te, ve := 7.697117470131487, 7.697117470131487, 3.949659822581572e-3
	q := ve / math.Exp(-de)
	ke[0] = uint32((de / q) * m2)
	ke[1] = 0
	we[0] = float32(q / m2)
	we[255] = float32(de / m2)
	fe[0] = 1
	fe[255] = float32(math.Exp(-de))
	for i := 254; i >= 1; i-- {
		de = -math.Log(ve/de + math.Exp(-de))
		ke[i+1] = uint32((de / te) * m2)
		te = de
		fe[i] = float32(math.Exp(-de))
		we[i] = float32(de / m2)
	}
	return
}

func writeUints(b *bytes.Buffer, name string, v []uint32) {
	fmt.Fprintf(b, "var %s = [%d]uint32{", name, len(v))
	for i, x := range v {
		if i%6 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(b, "%#08x,", x)
	}
	b.WriteString("\n}\n\n")
}

func writeFloats(b *bytes.Buffer, name string, v []float32) {
	fmt.Fprintf(b, "var %s = [%d]float32{", name, len(v))
	for i, x := range v {
		if i%4 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(b, "%v,", x)
	}
	b.WriteString("\n}\n\n")
}

func header(b *bytes.Buffer, pkg string) {
	fmt.Fprintf(b, "// Constant tables of %s, written by testdata/tablegen (see there for how they\n", pkg)
	b.WriteString("// are derived). Do not edit.\n\npackage rand\n\n")
}

func zigTables(b *bytes.Buffer) {
	kn, wn, fn := normalTables()
	ke, we, fe := expTables()
	b.WriteString("// Ziggurat strips of the normal density (128) and the exponential density (256).\n")
	writeUints(b, "kn", kn[:])
	writeFloats(b, "wn", wn[:])
	writeFloats(b, "fn", fn[:])
	writeUints(b, "ke", ke[:])
	writeFloats(b, "we", we[:])
	writeFloats(b, "fe", fe[:])
}

func main() {
	dir := os.Args[1]
	var v1, v2 bytes.Buffer
	header(&v1, "math/rand")
	zigTables(&v1)
	v1.WriteString("// rngCooked is the lagged Fibonacci generator's state 7.8e12 steps after seeding with 1;\n")
	v1.WriteString("// Seed xors it with the words drawn from the seed.\n")
	fmt.Fprintf(&v1, "var rngCooked = [%d]int64{", lagLen)
	for i, x := range cooked() {
		if i%3 == 0 {
			v1.WriteString("\n\t")
		} else {
			v1.WriteString(" ")
		}
		fmt.Fprintf(&v1, "%d,", int64(x))
	}
	v1.WriteString("\n}\n")
	header(&v2, "math/rand/v2")
	zigTables(&v2)
	write(filepath.Join(dir, "tables.go"), v1.Bytes())
	write(filepath.Join(dir, "v2", "tables.go"), v2.Bytes())
}

func write(path string, src []byte) {
	src, err := format.Source(src)
	must(err)
	must(os.WriteFile(path, src, 0o644))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
