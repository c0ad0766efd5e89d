package main

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"unicode"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func q(b []byte) string {
	return strconv.Quote(string(b)) + "/" + strconv.Itoa(cap(b)) + "/" + strconv.FormatBool(b == nil)
}

func list(a [][]byte) string {
	s := "[" + strconv.Itoa(len(a)) + "/" + strconv.Itoa(cap(a)) + "]"
	for _, x := range a {
		s += " " + q(x)
	}
	return s
}

func i(n int) string { return strconv.Itoa(n) }

func b(v bool) string { return strconv.FormatBool(v) }

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	texts := []string{"", "a", "hello, world", "héllo wörld", "a\xffb", "  \t spaced \n ", "ababab", "GoLang"}
	for _, t := range texts {
		s := []byte(t)
		out(strconv.Quote(t) + ": " + i(bytes.Index(s, []byte("l"))) + i(bytes.LastIndex(s, []byte("l"))) + i(bytes.Index(s, []byte("ab"))) +
			i(bytes.LastIndex(s, []byte("ab"))) + i(bytes.Count(s, []byte("a"))) + i(bytes.Count(s, nil)) + i(bytes.IndexByte(s, 'o')) +
			i(bytes.LastIndexByte(s, 'o')) + i(bytes.IndexRune(s, 'ö')) + i(bytes.IndexRune(s, 0xfffd)) + i(bytes.IndexAny(s, "ow")) +
			i(bytes.LastIndexAny(s, "ow")) + i(bytes.IndexFunc(s, unicode.IsSpace)) + i(bytes.LastIndexFunc(s, unicode.IsLetter)))
		out("  " + q(bytes.ToUpper(s)) + " " + q(bytes.ToLower(s)) + " " + q(bytes.Title(s)) + " " + q(bytes.TrimSpace(s)) + " " + q(bytes.Trim(s, " a")) +
			" " + q(bytes.TrimLeft(s, "ha")) + " " + q(bytes.TrimRight(s, "db ")) + " " + q(bytes.TrimFunc(s, unicode.IsLetter)) + " " + q(bytes.ToValidUTF8(s, []byte("?"))))
		out("  " + list(bytes.Fields(s)) + " " + list(bytes.Split(s, []byte("l"))) + " " + list(bytes.SplitN(s, nil, 3)) + " " + list(bytes.SplitAfter(s, []byte("a"))))
		out("  " + q(bytes.Replace(s, []byte("l"), []byte("LL"), 2)) + " " + q(bytes.ReplaceAll(s, nil, []byte("-"))) + " " + q(bytes.Map(unicode.ToUpper, s)) +
			" " + q(bytes.Repeat(s, 2)) + " " + b(bytes.EqualFold(s, bytes.ToUpper(s))) + " " + i(len(bytes.Runes(s))))
	}
	out(i(bytes.Compare([]byte("a"), []byte("b"))) + i(bytes.Compare(nil, []byte{})) + i(bytes.Compare([]byte("b"), []byte("a"))) + b(bytes.Equal(nil, []byte{})))
	out(q(bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte(", "))) + " " + q(bytes.Join(nil, []byte(","))) + " " + q(bytes.Clone(nil)) + " " + q(bytes.Clone([]byte{})))
	bf, af, found := bytes.Cut([]byte("k=v"), []byte("="))
	out(string(bf) + string(af) + b(found) + b(bytes.HasPrefix([]byte("golang"), []byte("go"))) + b(bytes.HasSuffix([]byte("golang"), []byte("ng"))) + b(bytes.Contains([]byte("seafood"), []byte("foo"))))

	var buf bytes.Buffer
	out(i(buf.Len()) + " " + i(buf.Cap()) + " " + buf.String())
	caps := ""
	for k := 0; k < 12; k++ {
		buf.WriteString("0123456789abcdef")
		caps += i(buf.Cap()) + " "
	}
	out(caps)
	p := make([]byte, 100)
	n, _ := buf.Read(p)
	out(i(n) + " " + i(buf.Len()) + " " + i(buf.Cap()))
	buf.WriteByte('!')
	buf.WriteRune('世')
	buf.WriteRune(-1)
	out(i(buf.Len()) + " " + i(buf.Available()))
	line, err := buf.ReadString('f')
	out(strconv.Quote(line) + " " + errs(err))
	bl, err := buf.ReadBytes('z')
	out(i(len(bl)) + " " + errs(err) + " " + i(buf.Len()))
	buf.Reset()
	buf.Grow(1000)
	out(i(buf.Cap()) + " " + i(buf.Len()))
	b2 := bytes.NewBufferString("héllo")
	r, size, _ := b2.ReadRune()
	r2, size2, _ := b2.ReadRune()
	out(strconv.QuoteRune(r) + i(size) + strconv.QuoteRune(r2) + i(size2) + " " + errs(b2.UnreadRune()) + " " + errs(b2.UnreadRune()) + " " + errs(b2.UnreadByte()))
	c, _ := b2.ReadByte()
	out(string(c) + " " + errs(b2.UnreadByte()) + " " + strconv.Quote(string(b2.Next(3))) + " " + b2.String())
	b2.Truncate(1)
	out(b2.String() + " " + i(b2.Len()))
	var sink bytes.Buffer
	w, err := b2.WriteTo(&sink)
	out(strconv.FormatInt(w, 10) + " " + errs(err) + " " + sink.String() + " " + i(b2.Len()))
	var rb bytes.Buffer
	rn, err := rb.ReadFrom(bytes.NewReader(bytes.Repeat([]byte("x"), 2000)))
	out(strconv.FormatInt(rn, 10) + " " + errs(err) + " " + i(rb.Len()) + " " + i(rb.Cap()))
	small := bytes.NewBuffer(make([]byte, 0, 10))
	small.WriteString("abc")
	out(i(small.Cap()) + " " + q(small.AvailableBuffer()))
	var np *bytes.Buffer
	out(np.String())
	func() {
		defer func() { out("panic: " + recover().(string)) }()
		small.Truncate(10)
	}()

	rd := bytes.NewReader([]byte("reader data"))
	pbuf := make([]byte, 6)
	n, _ = rd.Read(pbuf)
	out(string(pbuf[:n]) + " " + i(rd.Len()) + " " + strconv.FormatInt(rd.Size(), 10))
	rest, _ := io.ReadAll(rd)
	out(string(rest))
	pos, _ := rd.Seek(2, io.SeekStart)
	n, err = rd.ReadAt(pbuf, 8)
	out(strconv.FormatInt(pos, 10) + " " + string(pbuf[:n]) + " " + errs(err))
}
