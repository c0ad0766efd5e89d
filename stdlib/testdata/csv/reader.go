package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

type opts struct {
	comma, comment rune
	fields         int
	lazy, trim     bool
}

func run(name, input string, o opts) {
	r := csv.NewReader(strings.NewReader(input))
	if o.comma != 0 {
		r.Comma = o.comma
	}
	r.Comment = o.comment
	r.FieldsPerRecord = o.fields
	r.LazyQuotes = o.lazy
	r.TrimLeadingSpace = o.trim
	fmt.Printf("== %s %q\n", name, input)
	for i := 0; i < 20; i++ {
		rec, err := r.Read()
		if err == io.EOF {
			fmt.Println("EOF offset", r.InputOffset())
			return
		}
		var pos []string
		for f := range rec {
			l, c := r.FieldPos(f)
			pos = append(pos, fmt.Sprintf("%d:%d", l, c))
		}
		fmt.Printf("%q %v off=%d err=%v\n", rec, pos, r.InputOffset(), err)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				fmt.Println("  ParseError", pe.StartLine, pe.Line, pe.Column, pe.Err, errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote), errors.Is(err, csv.ErrFieldCount))
			}
			if pe == nil || pe.Err != csv.ErrFieldCount {
				return
			}
		}
	}
}

func main() {
	run("simple", "a,b,c\n1,2,3\n", opts{})
	run("no final newline", "a,b\nc,d", opts{})
	run("crlf", "a,b\r\nc,d\r\n", opts{})
	run("lone cr", "a,b\rc,d\r", opts{})
	run("cr at end", "a,b\r", opts{})
	run("empty lines", "\n\na,b\n\n\nc\n\n", opts{})
	run("empty fields", ",,\n,\n", opts{fields: -1})
	run("quoted", `"a","b c","d""e",""`+"\n", opts{})
	run("quoted multiline", "\"multi\nline\",x\n\"two\r\nlines\"\n", opts{})
	run("quoted comma", `"a,b",c`+"\n", opts{})
	run("bare quote", `a"b,c`+"\n", opts{})
	run("bare quote lazy", `a"b,c"d`+"\n", opts{lazy: true})
	run("extraneous quote", `"a"b,c`+"\n", opts{})
	run("extraneous lazy", `"a"b,c`+"\n", opts{lazy: true})
	run("missing quote", "\"abc\n", opts{})
	run("missing quote lazy", "\"abc\ndef", opts{lazy: true})
	run("missing quote later line", "x,y\n\"abc\ndef\nghi", opts{})
	run("quote error line 2", "a,\"b\nc\"d,e\n", opts{})
	run("field count", "a,b\nc\nd,e,f\ng,h\n", opts{})
	run("field count fixed", "a,b,c\nd,e,f\n", opts{fields: 2})
	run("field count any", "a\nb,c\nd,e,f\n", opts{fields: -1})
	run("trim", "  a,   b,\t c\n \"q\",  \"r\"\n", opts{trim: true})
	run("trim only space", "a,   \n", opts{trim: true})
	run("no trim", "  a,   b\n", opts{})
	run("comment", "#c1\na,b\n# c2\n#\nc,d\n", opts{comment: '#'})
	run("comment not first", "a,#b\n #c\n", opts{comment: '#'})
	run("tab", "a\tb\t\"c\td\"\n", opts{comma: '\t'})
	run("semicolon", "a;b,c;d\n", opts{comma: ';'})
	run("unicode comma", "aπbπ\"cπd\"\nxπy\n", opts{comma: 'π'})
	run("unicode comment", "§ comment\nx,y\n", opts{comment: '§'})
	run("invalid comma quote", "a\n", opts{comma: '"'})
	run("invalid comma newline", "a\n", opts{comma: '\n'})
	run("invalid comma cr", "a\n", opts{comma: '\r'})
	run("comma equals comment", "a\n", opts{comma: '#', comment: '#'})
	run("invalid comment", "a\n", opts{comment: '\n'})
	run("invalid rune", "a\n", opts{comma: 0xFFFD})
	run("quote then space", `"a" ,b`+"\n", opts{})
	run("quote then eof", `"a"`, opts{})
	run("quoted empty at end", `a,""`, opts{})
	run("only quotes", `""""`+"\n", opts{})
	run("utf8", "héllo,wörld\n\"ü\",ß\n", opts{})
	run("lazy inner quotes", `"a "quoted" word",b`+"\n", opts{lazy: true})
	run("lazy quote eof", `a,"b`, opts{lazy: true})
	run("long line", strings.Repeat("x", 5000)+","+strings.Repeat("y", 5000)+"\nz\n", opts{fields: -1})

	// ReadAll, ReuseRecord, FieldPos panics, ParseError texts.
	r := csv.NewReader(strings.NewReader("a,b\nc,d\ne,f\n"))
	all, err := r.ReadAll()
	fmt.Println(all, err)
	r = csv.NewReader(strings.NewReader("a,b\nc\n"))
	all, err = r.ReadAll()
	fmt.Println(all, err)
	r = csv.NewReader(strings.NewReader("a,b\nc,d\n"))
	r.ReuseRecord = true
	r1, _ := r.Read()
	first := r1
	r2, _ := r.Read()
	fmt.Println(first, r2, &r1[0] == &r2[0])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r.FieldPos(5)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		csv.NewReader(strings.NewReader("")).FieldPos(0)
	}()
	for _, e := range []*csv.ParseError{{1, 1, 2, csv.ErrQuote}, {1, 3, 4, csv.ErrBareQuote}, {2, 5, 1, csv.ErrFieldCount}, {1, 1, 1, errors.New("custom")}} {
		fmt.Println(e.Error(), errors.Unwrap(e))
	}
	fmt.Println(csv.ErrTrailingComma)
}
