// A gradebook round trip through encoding/csv: writes records with commas, quotes and
// newlines in fields (and with ';' as the separator), reads them back, computes averages,
// and shows the reader's errors for malformed input with their line and column.
package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

type student struct {
	name   string
	note   string
	grades []float64
}

func main() {
	students := []student{
		{"Ada Lovelace", "top, consistent", []float64{98, 95.5, 100}},
		{`Bob "Bobby" Tables`, "", []float64{55, 61, 70.25}},
		{"Chloé", "two\nlines", []float64{88, 90, 79}},
		{" Dev ", "leading space", []float64{72, 68.5, 91}},
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Comma = ';'
	w.Write([]string{"name", "note", "g1", "g2", "g3"})
	for _, s := range students {
		rec := []string{s.name, s.note}
		for _, g := range s.grades {
			rec = append(rec, strconv.FormatFloat(g, 'f', -1, 64))
		}
		if err := w.Write(rec); err != nil {
			fmt.Println("write:", err)
		}
	}
	w.Flush()
	fmt.Print(buf.String())
	fmt.Println("flush error:", w.Error())

	r := csv.NewReader(&buf)
	r.Comma = ';'
	header, _ := r.Read()
	fmt.Println("header:", header, len(header))
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read:", err)
			break
		}
		sum := 0.0
		for _, f := range rec[2:] {
			g, _ := strconv.ParseFloat(f, 64)
			sum += g
		}
		line, col := r.FieldPos(1)
		fmt.Printf("%-20q avg=%6.2f note@%d:%d %q\n", rec[0], sum/3, line, col, rec[1])
	}
	fmt.Println("offset:", r.InputOffset())

	for _, bad := range []string{"a,b\nc\n", "a,\"b\nc", "x,\"y\"z\n", "1,2\n3,4,5\n"} {
		r := csv.NewReader(strings.NewReader(bad))
		all, err := r.ReadAll()
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%q: %v | line %d col %d field=%v quote=%v\n", bad, err, pe.Line, pe.Column, errors.Is(err, csv.ErrFieldCount), errors.Is(err, csv.ErrQuote))
		} else {
			fmt.Printf("%q: %q %v\n", bad, all, err)
		}
	}
	r = csv.NewReader(strings.NewReader("# comment\n a , b \n\n\"c\"\"d\",e\n"))
	r.Comment = '#'
	r.TrimLeadingSpace = true
	r.FieldsPerRecord = -1
	all, err := r.ReadAll()
	fmt.Printf("%q %v\n", all, err)
	var out strings.Builder
	cw := csv.NewWriter(&out)
	cw.UseCRLF = true
	cw.WriteAll([][]string{{"a", "b c", ""}, {"\"q\"", "#", "x\r\ny"}})
	fmt.Printf("%q\n", out.String())
}
