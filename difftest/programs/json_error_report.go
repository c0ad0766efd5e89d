// Reporting JSON errors to a user: for each request body, the error is classified with
// errors.As (syntax, type, unmarshal target, unknown field, custom), syntax errors are
// located as line:column with the offending line and a caret, and type errors name the
// field path; a final panic shows an uncaught MarshalJSON panic's report.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	Zip    string `json:"zip"`
}

type Signup struct {
	Email   string    `json:"email"`
	Age     uint8     `json:"age"`
	Address Address   `json:"address"`
	Phones  []string  `json:"phones"`
	Prefs   Prefs     `json:"prefs"`
	Extra   []Address `json:"extra"`
}

type Prefs struct {
	Newsletter bool           `json:"newsletter"`
	Topics     map[string]int `json:"topics"`
}

func locate(text string, off int64) (int, int, string) {
	line, col := 1, 1
	start := 0
	for i := 0; i < int(off) && i < len(text); i++ {
		if text[i] == '\n' {
			line++
			col = 1
			start = i + 1
		} else {
			col++
		}
	}
	end := strings.IndexByte(text[start:], '\n')
	if end < 0 {
		end = len(text) - start
	}
	return line, col, text[start : start+end]
}

func check(name, body string) {
	var s Signup
	dec := json.NewDecoder(strings.NewReader(body))
	dec.DisallowUnknownFields()
	err := dec.Decode(&s)
	if err == nil && dec.More() {
		err = errors.New("request has more than one JSON value")
	}
	fmt.Printf("--- %s: ", name)
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var ie *json.InvalidUnmarshalError
	switch {
	case err == nil:
		fmt.Printf("ok %+v\n", s)
	case errors.As(err, &se):
		line, col, text := locate(body, se.Offset)
		fmt.Printf("syntax error at %d:%d: %v\n    %s\n    %s^\n", line, col, se, text, strings.Repeat(" ", max(col-2, 0)))
	case errors.As(err, &te):
		path := te.Field
		if path == "" {
			path = "(top level)"
		}
		fmt.Printf("field %s: expected %v, found %s (at byte %d, in %s)\n", path, te.Type, te.Value, te.Offset, te.Struct)
	case errors.As(err, &ie):
		fmt.Println("programming error:", ie)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		fmt.Printf("unexpected field %s\n", strings.TrimPrefix(err.Error(), "json: unknown field "))
	default:
		fmt.Printf("%T: %v\n", err, err)
	}
}

type Exploding struct{}

func (Exploding) MarshalJSON() ([]byte, error) {
	var m map[string]int
	m["boom"] = 1
	return nil, nil
}

func main() {
	check("good", `{"email":"a@b.c","age":30,"address":{"street":"Elm","zip":"12345"},"phones":["1","2"],"prefs":{"newsletter":true,"topics":{"go":3}}}`)
	check("missing comma", "{\n  \"email\": \"a@b.c\"\n  \"age\": 30\n}")
	check("trailing comma", "{\n  \"phones\": [\"1\", \"2\",],\n}")
	check("single quotes", "{'email': 'x'}")
	check("unterminated", "{\"email\": \"a@b.c")
	check("control char", "{\"email\": \"a\tb\"}")
	check("bad escape", `{"email": "\q"}`)
	check("age string", `{"age": "30"}`)
	check("age negative", `{"age": -1}`)
	check("age too big", `{"age": 300}`)
	check("nested zip", `{"address": {"zip": 12345}}`)
	check("phones object", `{"phones": {"home": "1"}}`)
	check("phone number", `{"phones": ["1", 2]}`)
	check("topics", `{"prefs": {"topics": {"go": "lots"}}}`)
	check("extra[1]", `{"extra": [{"zip": "1"}, {"zip": 2}]}`)
	check("unknown", `{"emial": "typo@x"}`)
	check("unknown nested", `{"address": {"city": "Paris"}}`)
	check("two values", `{"age": 1} {"age": 2}`)
	check("array body", `[1, 2]`)
	check("null body", `null`)
	check("empty", ``)
	var s Signup
	fmt.Println(json.Unmarshal([]byte(`{}`), s))
	fmt.Println(json.Unmarshal([]byte(`{}`), (*Signup)(nil)))
	json.Marshal([]any{1, Exploding{}})
}
