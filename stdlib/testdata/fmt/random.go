// Random directives (flags, widths, precisions, argument indexes, verbs) applied to random
// operands: a broad cross-check of Sprintf against Go's output.
package main

import "fmt"

var state uint64 = 0x243f6a8885a308d3

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func pick(n int) int { return int(next() % uint64(n)) }

type T struct {
	A int
	B string
	C []float64
}

type N int

func (n N) String() string { return fmt.Sprintf("N<%d>", int(n)) }

var zero float64

func operand() any {
	switch pick(20) {
	case 0:
		v := next()
		sh := int(next() % 64)
		return int(v>>sh) * (1 - 2*pick(2))
	case 1:
		return int8(next())
	case 2:
		return uint16(next())
	case 3:
		return int64(next())
	case 4:
		v := next()
		sh := uint(pick(64))
		return v >> sh
	case 5:
		v := float64(int64(next() >> 11))
		sh := uint(pick(60))
		return v / float64(uint64(1)<<sh)
	case 6:
		v := float32(int32(next()))
		sh := uint(pick(30))
		return v / float32(int32(1)<<sh)
	case 7:
		return []float64{1 / zero, -1 / zero, zero / zero, -zero, 1e300, 1e-300, 0.5, 2.5}[pick(8)]
	case 8:
		return complex(float64(int16(next()))/8, float64(int16(next()))/16)
	case 9:
		return []string{"", "go", "héllo wörld", "tab\there", "\xffbad", "日本語テキスト", "quote\"s"}[pick(7)]
	case 10:
		return []byte{byte(next()), byte(next()), 'a'}
	case 11:
		return pick(2) == 1
	case 12:
		return rune(pick(0x11000))
	case 13:
		return T{pick(100) - 50, "s", []float64{float64(pick(1000)) / 7}}
	case 14:
		return &T{A: pick(9)}
	case 15:
		return []int{pick(10), -pick(10)}
	case 16:
		return map[string]int{"k": pick(5), "a": pick(5)}
	case 17:
		return N(pick(100))
	case 18:
		return nil
	default:
		return uint8(next())
	}
}

func directive() string {
	s := "%"
	for _, f := range "+-# 0" {
		if pick(5) == 0 {
			s += string(f)
		}
	}
	if pick(3) == 0 {
		s += fmt.Sprint(pick(14))
	}
	if pick(3) == 0 {
		s += "." + fmt.Sprint(pick(12))
	}
	if pick(40) == 0 {
		s += "[1]"
	}
	verbs := "vvvdxXobcqUeEfFgGsqtTx"
	s += string(verbs[pick(len(verbs))])
	return s
}

func main() {
	for i := 0; i < 12000; i++ {
		d := directive()
		v := operand()
		if pick(50) == 0 {
			fmt.Printf("%d %s|"+d+"|"+d+"|\n", i, d, v)
			continue
		}
		fmt.Printf("%d %s|"+d+"|\n", i, d, v)
	}
}
