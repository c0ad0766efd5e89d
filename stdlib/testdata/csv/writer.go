package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
)

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return len(p), nil
}

func main() {
	records := [][]string{
		{"plain", "with space", " leading", "trailing ", "tab\tinside", "\tleadtab"},
		{"comma,inside", `quote"inside`, "new\nline", "cr\rhere", "crlf\r\nhere", ""},
		{`\.`, `\.x`, "", "", "π", "\u00a0nbsp"},
		{},
		{""},
		{"", ""},
		{`"`, `""`, "a\"b\"c"},
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	for _, rec := range records {
		if err := w.Write(rec); err != nil {
			fmt.Println("write error:", err)
		}
	}
	w.Flush()
	fmt.Printf("%q %v\n", buf.String(), w.Error())

	buf.Reset()
	w = csv.NewWriter(&buf)
	w.UseCRLF = true
	w.WriteAll(records)
	fmt.Printf("%q %v\n", buf.String(), w.Error())

	buf.Reset()
	w = csv.NewWriter(&buf)
	w.Comma = '\t'
	w.Write([]string{"a b", "c\td", "e,f"})
	w.Comma = 'π'
	w.Write([]string{"xπy", "z", "\"q"})
	w.Comma = ';'
	w.Write([]string{"1;2", "3,4"})
	w.Flush()
	fmt.Printf("%q\n", buf.String())

	w.Comma = '"'
	fmt.Println(w.Write([]string{"a"}))
	w.Comma = 0
	fmt.Println(w.Write([]string{"a"}))
	w.Comma = '\r'
	fmt.Println(w.Write([]string{"a"}))

	// Errors from the destination show up after Flush.
	fw := &failWriter{}
	w = csv.NewWriter(fw)
	fmt.Println(w.Write([]string{"a", "b"}), w.Error())
	w.Flush()
	fmt.Println(w.Error())
	fmt.Println(w.Write([]string{"c"}))
	w = csv.NewWriter(&failWriter{})
	fmt.Println(w.WriteAll([][]string{{"x"}}))

	// Round trip through the reader.
	buf.Reset()
	w = csv.NewWriter(&buf)
	w.WriteAll(records)
	back, err := csv.NewReader(&buf).ReadAll()
	fmt.Printf("%q %v\n", back, err)

	out := csv.NewWriter(os.Stdout)
	out.Write([]string{"to", "stdout"})
	out.Flush()
}
