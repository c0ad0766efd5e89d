// Decoder and Encoder: streams of values with any spacing, readers returning one byte or
// small chunks at a time, Token walks (with Decode mixed in), More, Buffered, InputOffset,
// UseNumber, DisallowUnknownFields, syntax errors mid-stream (sticky), unexpected EOF,
// read errors, and Encoder with SetIndent and SetEscapeHTML and a failing writer.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

type chunked struct {
	s   string
	n   int
	err error
}

func (c *chunked) Read(p []byte) (int, error) {
	if c.s == "" {
		if c.err != nil {
			return 0, c.err
		}
		return 0, io.EOF
	}
	k := min(c.n, len(p), len(c.s))
	copy(p, c.s[:k])
	c.s = c.s[k:]
	return k, nil
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	f.n++
	if f.n > 1 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

type Event struct {
	Kind string  `json:"kind"`
	At   int     `json:"at"`
	Val  float64 `json:"val,omitempty"`
}

func decodeAll(label string, r io.Reader, number bool) {
	dec := json.NewDecoder(r)
	if number {
		dec.UseNumber()
	}
	for i := 0; ; i++ {
		var v any
		err := dec.Decode(&v)
		if err == io.EOF {
			fmt.Printf("%s: EOF after %d, offset %d\n", label, i, dec.InputOffset())
			return
		}
		if err != nil {
			fmt.Printf("%s: error %v (offset %d)\n", label, err, dec.InputOffset())
			var se *json.SyntaxError
			if errors.As(err, &se) {
				fmt.Printf("  syntax offset %d\n", se.Offset)
			}
			// The error is sticky.
			err2 := dec.Decode(&v)
			fmt.Printf("  again: %v\n", err2)
			return
		}
		fmt.Printf("%s: %T %v (offset %d)\n", label, v, v, dec.InputOffset())
	}
}

func tokens(label, in string, number bool) {
	dec := json.NewDecoder(strings.NewReader(in))
	if number {
		dec.UseNumber()
	}
	var out []string
	for {
		t, err := dec.Token()
		if err != nil {
			out = append(out, fmt.Sprintf("err(%v)", err))
			break
		}
		out = append(out, fmt.Sprintf("%T:%v", t, t))
	}
	fmt.Printf("%s: %s\n", label, strings.Join(out, " "))
}

func main() {
	stream := ` {"kind":"a","at":1} {"kind":"b","at":2,"val":1.5}
[1,2]"str" 12 true null -0.5e1 {}[]  `
	decodeAll("plain", strings.NewReader(stream), false)
	decodeAll("bytes", oneByte{strings.NewReader(stream)}, false)
	decodeAll("chunks", &chunked{s: stream, n: 7}, true)
	decodeAll("trailing garbage", strings.NewReader(`{"a":1} {"b":2} }`), false)
	decodeAll("bad mid", strings.NewReader(`[1,2] [3,,4] [5]`), false)
	decodeAll("unexpected eof", strings.NewReader(`{"a":1} {"b":`), false)
	decodeAll("eof in number", strings.NewReader(`1 2 -`), false)
	decodeAll("only space", strings.NewReader(" \n\t "), false)
	decodeAll("empty", strings.NewReader(""), false)
	decodeAll("read error", &chunked{s: `[1] [2`, n: 3, err: errors.New("network down")}, false)
	decodeAll("numbers run together", strings.NewReader(`1"a"2{}3`), false)
	decodeAll("words", strings.NewReader(`truefalse nullnull`), false)
	decodeAll("word then junk", strings.NewReader(`tru e`), false)

	// JSON lines into a struct, with unknown fields rejected.
	lines := "{\"kind\":\"x\",\"at\":1}\n{\"kind\":\"y\",\"at\":\"late\"}\n{\"kind\":\"z\",\"at\":3,\"extra\":true}\n{\"kind\":\"w\",\"at\":4}\n"
	dec := json.NewDecoder(strings.NewReader(lines))
	dec.DisallowUnknownFields()
	for {
		var e Event
		err := dec.Decode(&e)
		if err == io.EOF {
			break
		}
		fmt.Printf("event %+v err=%v more=%v\n", e, err, dec.More())
	}

	// Buffered and InputOffset after each value.
	long := `{"a":1}` + strings.Repeat(" ", 600) + `[2]` + strings.Repeat("x", 10)
	dec = json.NewDecoder(strings.NewReader(long))
	var v any
	fmt.Println(dec.Decode(&v), v, dec.InputOffset())
	rest, _ := io.ReadAll(dec.Buffered())
	fmt.Println(len(rest), len(strings.TrimSpace(string(rest))))
	fmt.Println(dec.Decode(&v), v, dec.InputOffset())
	rest, _ = io.ReadAll(dec.Buffered())
	fmt.Printf("%q\n", rest)
	fmt.Println(dec.Decode(&v), dec.InputOffset())

	// Tokens.
	tokens("object", `{"a": [1, "two", true, null, {"b": {}}], "c": -1.5e3, "d": []}`, false)
	tokens("numbers", `[1, 2.50, -0, 1e400]`, true)
	tokens("top-level run", `1 "x" [] {}`, false)
	tokens("missing comma", `[1 2]`, false)
	tokens("missing colon", `{"a" 1}`, false)
	tokens("bad key", `{1:2}`, false)
	tokens("extra close", `[1]]`, false)
	tokens("mismatched", `[1}`, false)
	tokens("comma first", `[,1]`, false)
	tokens("colon in array", `[1:2]`, false)
	tokens("object comma", `{"a":1,}`, false)
	tokens("double comma", `{"a":1,,"b":2}`, false)
	tokens("value after value", `{"a":1 "b":2}`, false)
	tokens("close after key", `{"a"}`, false)
	tokens("colon at top", `:`, false)
	tokens("bad literal", `[tru]`, false)
	tokens("eof inside", `{"a":[1,`, false)
	tokens("string key error", `{"a\x":1}`, false)

	// Token and Decode mixed: stream the elements of a big array.
	dec = json.NewDecoder(strings.NewReader(`{"events": [{"kind":"a","at":1}, {"kind":"b","at":2}], "n": 2}`))
	t, err := dec.Token()
	fmt.Println(t, err)
	t, err = dec.Token()
	fmt.Println(t, err)
	t, err = dec.Token()
	fmt.Println(t, err)
	for dec.More() {
		var e Event
		err := dec.Decode(&e)
		fmt.Printf("%+v %v offset=%d\n", e, err, dec.InputOffset())
	}
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%T %v more=%v\n", t, t, dec.More())
	}
	// Decode where a key is expected, and after a key without its colon consumed.
	dec = json.NewDecoder(strings.NewReader(`{"a":1}`))
	dec.Token()
	fmt.Println(dec.Decode(&v))
	dec = json.NewDecoder(strings.NewReader(`{"a" 1}`))
	dec.Token()
	dec.Token()
	fmt.Println(dec.Decode(&v))
	dec = json.NewDecoder(strings.NewReader(`[1 2]`))
	dec.Token()
	fmt.Println(dec.Decode(&v), v)
	fmt.Println(dec.Decode(&v))
	dec = json.NewDecoder(strings.NewReader(`{"a":1}`))
	dec.Token()
	dec.Token()
	fmt.Println(dec.Decode(&v), v)
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())

	// Encoder.
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.Encode(Event{"<b>", 1, 0.25})
	enc.Encode([]int{1, 2})
	enc.Encode(nil)
	enc.Encode("a&b")
	enc.SetEscapeHTML(false)
	enc.Encode("a&b <c>")
	enc.SetIndent("# ", "  ")
	enc.Encode(map[string]any{"z": []any{1, map[string]int{}}, "a": []int{}})
	enc.SetIndent("", "")
	enc.Encode(map[string]int{"x": 1})
	fmt.Println(enc.Encode(make(chan int)))
	fmt.Print(sb.String())
	fw := &failWriter{}
	enc = json.NewEncoder(fw)
	fmt.Println(enc.Encode(1), enc.Encode(2), enc.Encode(3), fw.n)
}
