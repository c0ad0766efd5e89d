// Text-level functions and string handling: Valid, Compact, Indent (prefixes, empty
// composites, spacing kept after the top-level value), HTMLEscape, MarshalIndent, and
// strings with control characters, invalid UTF-8 (replaced by U+FFFD on both sides),
// surrogate escapes, U+2028/U+2029 and HTML characters, escaped or not.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

func main() {
	docs := []string{
		`{"a":1,"b":[1,2,{"c":null}],"d":{},"e":[],"f":"x y"}`,
		"  {\n \"a\" : [ 1 , 2 ] ,\t\"b\":{ } }  \n",
		`[]`, `{}`, `[[]]`, `[{}]`, `"str"`, `12`, ` true `, `[1,[2,[3,[4]]]]`,
		`{"<html>":"&amp; \u2028"}`, "\"\xe2\x80\xa8\xe2\x80\xa9 <>&\"", `{"a":"<"}   `,
		`[1,2,]`, `{"a" 1}`, `[`, ``, `   `,
	}
	for _, d := range docs {
		var c, i1, i2, h bytes.Buffer
		ec := json.Compact(&c, []byte(d))
		ei1 := json.Indent(&i1, []byte(d), "", "\t")
		ei2 := json.Indent(&i2, []byte(d), ">>", "  ")
		json.HTMLEscape(&h, []byte(d))
		fmt.Printf("doc %q valid=%v\n  compact %q %v\n  indent %q %v\n  indent2 %q %v\n  html %q\n", d, json.Valid([]byte(d)), c.String(), ec, i1.String(), ei1, i2.String(), ei2, h.String())
	}
	var buf bytes.Buffer
	buf.WriteString("prefix:")
	json.Indent(&buf, []byte(`[1]`), "", "")
	json.Compact(&buf, []byte(`{ "x" : 1 }`))
	fmt.Println(buf.String())

	strs := []string{
		"plain", "quote\" backslash\\ slash/", "\x00\x01\x07\x08\x09\x0a\x0b\x0c\x0d\x1b\x1f\x7f",
		"é日本😀", "bad \xff byte", "\xc3", "\xe6\x97", "\xed\xa0\x80 surrogate", "\xf4\x90\x80\x80 too big",
		"\xc0\xaf overlong", "line\u2028sep\u2029para", "<script>alert('x')</script> & more",
		string([]byte{0xe2, 0x80}), "\u00a0nbsp\ufeffbom", "tab\tnew\nline", "\U0010ffff",
	}
	for _, s := range strs {
		b, err := json.Marshal(s)
		var sb bytes.Buffer
		enc := json.NewEncoder(&sb)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		var back string
		uerr := json.Unmarshal(b, &back)
		fmt.Printf("%q -> %s | %s %v -> %q %v\n", s, b, bytes.TrimSpace(sb.Bytes()), err, back, uerr)
		m, _ := json.Marshal(map[string]int{s: 1})
		fmt.Printf("  key %s\n", m)
	}
	ins := []string{
		`"\u0041\u00e9\u65e5\ud83d\ude00"`, `"\ud83d"`, `"\ud83dx"`, `"\ude00\ud83d"`, `"\ud83d\u0041"`,
		`"\ud83d\ud83d\ude00"`, `"\u0000"`, `"\/\b\f\n\r\t\"\\"`, "\"raw \xff\xfe bytes\"", "\"\xe2\x82\"",
		`"\uDBFF\uDFFF"`, `"\uD800\uDC00"`, `"\ud800\\u"`, "\"\xf0\x9f\x98\x80\"",
	}
	for _, in := range ins {
		var s string
		err := json.Unmarshal([]byte(in), &s)
		var m map[string]int
		merr := json.Unmarshal([]byte(`{`+in+`:1}`), &m)
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		fmt.Printf("%s -> %q %v | %q %v\n", in, s, err, keys, merr)
	}
	type T struct {
		A []int          `json:"a"`
		M map[string]any `json:"m"`
		S string         `json:"s"`
	}
	b, _ := json.MarshalIndent(T{[]int{1, 2}, map[string]any{"k": []any{}, "j": map[string]any{"x": nil}}, "<>"}, "//", "   ")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]any{}, "x", "y")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]int{}, "", "\t")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(42, "p", "i")
	fmt.Println(string(b))
	b, err := json.MarshalIndent(make(chan int), "", "")
	fmt.Println(b == nil, err)
}
