// Validates several malformed CSV inputs and reports gc's parse errors with positions.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

func check(name, input string, configure func(*csv.Reader)) {
	r := csv.NewReader(strings.NewReader(input))
	if configure != nil {
		configure(r)
	}
	n := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			fmt.Printf("%s: %d records ok\n", name, n)
			return
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%s: %v (start %d, line %d, col %d, record %q)\n", name, err, pe.StartLine, pe.Line, pe.Column, rec)
			if errors.Is(err, csv.ErrFieldCount) {
				continue
			}
			return
		}
		if err != nil {
			fmt.Printf("%s: %v\n", name, err)
			return
		}
		n++
	}
}

func main() {
	check("good", "id,name\n1,a\n2,b\n", nil)
	check("ragged", "id,name\n1,a,extra\n2\n3,c\n", nil)
	check("bare quote", "id,name\n1,ab\"c\n", nil)
	check("unterminated", "id,name\n1,\"abc\n2,d\n", nil)
	check("junk after quote", "a,\"b\"x,c\n", nil)
	check("multi-line record error", "a,\"b\nc\nd\"e\n", nil)
	check("semicolons", "a;b;c\n1;2;3\n", func(r *csv.Reader) { r.Comma = ';' })
	check("bad delimiter", "a\n", func(r *csv.Reader) { r.Comma = '"' })
	check("strict count", "a,b\n1,2,3\n", func(r *csv.Reader) { r.FieldsPerRecord = 2 })
	check("trimmed", "  a,  \"b\"\n", func(r *csv.Reader) { r.TrimLeadingSpace = true })
}
