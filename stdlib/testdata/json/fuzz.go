// Mutation tests: tens of thousands of mutated JSON documents (bytes inserted, deleted and
// replaced from an alphabet of JSON-significant characters) checked with Valid, Unmarshal
// into any and into a struct, Compact and Indent; random string literals (escapes,
// surrogates, invalid UTF-8, control bytes) decoded and re-encoded. Results are folded
// into FNV hashes per group, with counts and the first few cases printed in full.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
)

var state uint64 = 0x2545f4914f6cdd1d

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func rnd(n int) int { return int(next() % uint64(n)) }

var seeds = []string{
	`{"a":1,"b":[true,false,null],"c":{"d":"e\n\u00e9"},"f":-1.5e-3}`,
	`[1,2,3,[4,[5,{"x":[]}]],{}]`,
	`"just a string with \"escapes\" and \\ and \/"`,
	`{"id":7,"name":"n","tags":["x","y"],"score":0.25,"ok":true}`,
	`  [ -0 , 0.0 , 1E+10 , 2e-5 , 123456789 ]  `,
	`{"nested":{"deeper":{"deepest":[null,{"k":"v"}]}}}`,
}

const alphabet = "{}[]:,\"\\ \t\n0123456789.-+eEtrufalsn\x00\x1f\x80\xff\xe2uabc/"

type S struct {
	A  int
	B  []bool
	C  map[string]string
	F  float64
	ID int     `json:"id"`
	N  string  `json:"name"`
	T  []string `json:"tags"`
}

func mutate(s string) string {
	b := []byte(s)
	for k := rnd(3) + 1; k > 0; k-- {
		switch rnd(3) {
		case 0:
			i := rnd(len(b) + 1)
			b = append(b[:i], append([]byte{alphabet[rnd(len(alphabet))]}, b[i:]...)...)
		case 1:
			if len(b) > 0 {
				i := rnd(len(b))
				b = append(b[:i], b[i+1:]...)
			}
		case 2:
			if len(b) > 0 {
				b[rnd(len(b))] = alphabet[rnd(len(alphabet))]
			}
		}
	}
	return string(b)
}

func main() {
	for si, seed := range seeds {
		h := fnv.New64a()
		valid := 0
		for n := 0; n < 4000; n++ {
			doc := mutate(seed)
			v := json.Valid([]byte(doc))
			var x any
			err := json.Unmarshal([]byte(doc), &x)
			var s S
			err2 := json.Unmarshal([]byte(doc), &s)
			var c, ind bytes.Buffer
			cerr := json.Compact(&c, []byte(doc))
			ierr := json.Indent(&ind, []byte(doc), "", " ")
			if v {
				valid++
			}
			_, isSyntax := err.(*json.SyntaxError)
			if v == isSyntax || v != (cerr == nil) {
				fmt.Printf("disagreement on %q: %v %v %v\n", doc, v, err, cerr)
			}
			line := fmt.Sprintf("%q %v %v %v|%v|%+v|%s|%v|%s|%v\n", doc, v, x, err, err2, s, c.Bytes(), cerr, ind.Bytes(), ierr)
			if se, ok := err.(*json.SyntaxError); ok {
				line += fmt.Sprint(se.Offset)
			}
			if te, ok := err2.(*json.UnmarshalTypeError); ok {
				line += fmt.Sprint(te.Offset, te.Field)
			}
			io.WriteString(h, line)
			if n < 3 {
				fmt.Print(line)
			}
		}
		fmt.Printf("seed %d: %d valid, hash %x\n", si, valid, h.Sum64())
	}

	h := fnv.New64a()
	pieces := []string{`\n`, `\t`, `\"`, `\\`, `\/`, `\b`, `\f`, `\r`, `\u0041`, `\u00e9`, `\ud83d`, `\ude00`, `\ud83d\ude00`,
		`\uDBFF\uDFFF`, `\u0000`, `\u2028`, "\xff", "\xc3\xa9", "\xe2\x80", "\xf0\x9f\x98\x80", "\xed\xa0\x80", "a", " ", "<", "&",
		`\x`, "\x01", `\u12`, `"`}
	ok := 0
	for n := 0; n < 20000; n++ {
		var b bytes.Buffer
		b.WriteByte('"')
		for k := rnd(6); k >= 0; k-- {
			b.WriteString(pieces[rnd(len(pieces))])
		}
		b.WriteByte('"')
		var s string
		err := json.Unmarshal(b.Bytes(), &s)
		out, merr := json.Marshal(s)
		var m map[string]int
		kerr := json.Unmarshal([]byte("{"+b.String()+":1}"), &m)
		line := fmt.Sprintf("%q %q %v %s %v %v %v\n", b.String(), s, err, out, merr, m, kerr)
		if err == nil {
			ok++
		}
		io.WriteString(h, line)
		if n < 5 {
			fmt.Print(line)
		}
	}
	fmt.Printf("strings: %d decoded, hash %x\n", ok, h.Sum64())
}
