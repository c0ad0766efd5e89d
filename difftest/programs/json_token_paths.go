// A streaming walk with Decoder.Token that prints every leaf as a jq-style path
// (.a.b[2]), counts value kinds, and finds the deepest nesting, without decoding the
// document into memory; then the same document checked with Valid, compacted and indented.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

const doc = `{
  "name": "cluster-1",
  "nodes": [
    {"id": 1, "roles": ["master", "etcd"], "cpu": 0.75, "labels": {"zone": "a"}},
    {"id": 2, "roles": [], "cpu": 1e-3, "labels": {}},
    {"id": 3, "roles": ["worker"], "cpu": 12.5, "labels": {"zone": "b", "gpu": "true"}, "taints": null}
  ],
  "version": {"major": 1, "minor": 29, "pre": false},
  "notes": "multi\nline <b>text</b> \u00e9"
}`

type frame struct {
	array bool
	index int
	key   string
}

func path(stack []frame) string {
	var b strings.Builder
	for _, f := range stack {
		if f.array {
			b.WriteString("[" + strconv.Itoa(f.index) + "]")
		} else {
			b.WriteString("." + f.key)
		}
	}
	if b.Len() == 0 {
		return "."
	}
	return b.String()
}

func main() {
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	var stack []frame
	kinds := map[string]int{}
	deepest, deepestPath := 0, ""
	expectKey := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{', '[':
				kinds[d.String()]++
				stack = append(stack, frame{array: d == '['})
				if len(stack) > deepest {
					deepest, deepestPath = len(stack), path(stack[:len(stack)-1])
				}
				expectKey = d == '{'
				continue
			case '}', ']':
				stack = stack[:len(stack)-1]
			}
		} else if expectKey {
			stack[len(stack)-1].key = tok.(string)
			expectKey = false
			continue
		} else {
			switch v := tok.(type) {
			case json.Number:
				kinds["number"]++
				f, _ := v.Float64()
				fmt.Printf("%-28s number %s (%g)\n", path(stack), v, f)
			case string:
				kinds["string"]++
				fmt.Printf("%-28s string %q\n", path(stack), v)
			case bool:
				kinds["bool"]++
				fmt.Printf("%-28s bool %v\n", path(stack), v)
			case nil:
				kinds["null"]++
				fmt.Printf("%-28s null\n", path(stack))
			}
		}
		// After a value: advance the enclosing container.
		if n := len(stack); n > 0 {
			if stack[n-1].array {
				stack[n-1].index++
			} else {
				expectKey = true
			}
		}
	}
	fmt.Println("kinds:", kinds)
	fmt.Println("deepest:", deepest, "at", deepestPath)
	fmt.Println("valid:", json.Valid([]byte(doc)), json.Valid([]byte(doc[:len(doc)-1])))
	var c bytes.Buffer
	json.Compact(&c, []byte(doc))
	fmt.Println(c.String())
	var ind bytes.Buffer
	json.Indent(&ind, c.Bytes(), "| ", "    ")
	fmt.Println(ind.String())
	var h bytes.Buffer
	json.HTMLEscape(&h, c.Bytes())
	fmt.Println(h.Len() - c.Len())
}
