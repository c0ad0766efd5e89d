// Builds a log in a bytes.Buffer, then reads it back line by line (ReadString, ReadBytes,
// Next, UnreadByte) and transforms it with bytes functions (Fields, Split, Title-casing by
// hand, Replace, TrimFunc, EqualFold, Index*), printing sizes along the way.
package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&buf, "%02d|level=%s|msg=event number %d\n", i, []string{"info", "warn", "error"}[i%3], i*i)
	}
	buf.WriteString("06|level=INFO|msg=  padded message  \n")
	buf.WriteByte('0')
	buf.WriteRune('7')
	buf.Write([]byte("|level=debug|msg=last"))
	fmt.Println("len", buf.Len(), "cap>=len", buf.Cap() >= buf.Len())

	var levels [][]byte
	for {
		line, err := buf.ReadBytes('\n')
		if len(line) > 0 {
			parts := bytes.Split(bytes.TrimRight(line, "\n"), []byte("|"))
			lvl := bytes.TrimPrefix(parts[1], []byte("level="))
			levels = append(levels, bytes.ToUpper(lvl))
			msg := bytes.TrimFunc(bytes.TrimPrefix(parts[2], []byte("msg=")), unicode.IsSpace)
			fmt.Printf("%s %-5s %q words=%d\n", parts[0], lvl, msg, len(bytes.Fields(msg)))
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Printf("%s\n", bytes.Join(levels, []byte(",")))
	fmt.Println(bytes.EqualFold(levels[0], []byte("Warn")), bytes.Count(bytes.Join(levels, nil), []byte("E")))

	b := bytes.NewBufferString("header:body:trailer")
	h, _ := b.ReadString(':')
	fmt.Printf("%q remaining=%d next=%q\n", h, b.Len(), b.Next(4))
	c, _ := b.ReadByte()
	b.UnreadByte()
	rest, _ := io.ReadAll(b)
	fmt.Printf("%c %q\n", c, rest)

	data := []byte("the quick brown fox jumps over the lazy dog")
	fmt.Println(bytes.Index(data, []byte("fox")), bytes.LastIndex(data, []byte("the")), bytes.IndexByte(data, 'z'), bytes.IndexAny(data, "xyz"))
	fmt.Printf("%s\n", bytes.Replace(data, []byte("the"), []byte("a"), 1))
	fmt.Printf("%s\n", bytes.ReplaceAll(data, []byte("o"), []byte("0")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == ' ' {
			return -1
		}
		return unicode.ToUpper(r)
	}, data[:15]))
	title := bytes.Clone(data)
	for i := range title {
		if i == 0 || title[i-1] == ' ' {
			title[i] = byte(unicode.ToUpper(rune(title[i])))
		}
	}
	fmt.Printf("%s\n", title)
	before, after, found := bytes.Cut(data, []byte(" over "))
	fmt.Printf("%q %q %t %t %t\n", before, after, found, bytes.HasPrefix(data, []byte("the")), bytes.Contains(data, []byte("cat")))
	buf.Reset()
	buf.Grow(64)
	fmt.Fprint(&buf, 1, 2, "three", 4.5)
	buf.Truncate(5)
	fmt.Printf("%q %d\n", buf.String(), buf.Len())
	r := bytes.NewReader([]byte("reader data"))
	p := make([]byte, 4)
	n, _ := r.ReadAt(p, 7)
	fmt.Println(n, string(p), r.Len(), r.Size())
}
