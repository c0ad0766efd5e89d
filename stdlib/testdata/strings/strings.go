package main

import (
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func q(s string) string { return strconv.Quote(s) }

func i(n int) string { return strconv.Itoa(n) }

func b(v bool) string { return strconv.FormatBool(v) }

func list(a []string) string {
	s := "[" + i(len(a)) + "/" + i(cap(a)) + "]"
	for _, x := range a {
		s += " " + q(x)
	}
	return s
}

var texts = []string{"", "a", "abc", "hello, world", "héllo wörld", "日本語日本語", "a\xffb\xfe", "\xff", "  \t spaced \n ", "\u00a0x\u2003", "aaaa", "ababab", "\xef\xbf\xbd", "KELVIN \u212a", "ǅungla"}
var seps = []string{"", "a", "ab", "l", "o", ",", "日", "\xff", " ", "\ufffd", "xyz"}

func main() {
	for _, s := range texts {
		line := q(s) + ":"
		for _, sep := range seps {
			line += " " + i(strings.Index(s, sep)) + "," + i(strings.LastIndex(s, sep)) + "," + i(strings.Count(s, sep)) +
				"," + i(strings.IndexAny(s, sep)) + "," + i(strings.LastIndexAny(s, sep))
		}
		out(line)
		out("  runes " + i(strings.IndexRune(s, 'o')) + " " + i(strings.IndexRune(s, 0xfffd)) + " " + i(strings.IndexRune(s, '語')) + " " + i(strings.IndexRune(s, -1)) + " " + i(strings.IndexByte(s, 'b')) + " " + i(strings.LastIndexByte(s, 'a')))
		out("  upper " + q(strings.ToUpper(s)) + " lower " + q(strings.ToLower(s)) + " title " + q(strings.ToTitle(s)) + " Title " + q(strings.Title(s)))
		out("  fields " + list(strings.Fields(s)) + " split " + list(strings.Split(s, "a")) + " explode " + list(strings.SplitN(s, "", 3)))
		out("  after " + list(strings.SplitAfter(s, "l")) + " n2 " + list(strings.SplitN(s, "o", 2)) + " afterN " + list(strings.SplitAfterN(s, "a", 2)) + " n0 " + b(strings.SplitN(s, "a", 0) == nil))
		out("  trim " + q(strings.TrimSpace(s)) + " " + q(strings.Trim(s, "a\xff ")) + " " + q(strings.TrimLeft(s, "ah")) + " " + q(strings.TrimRight(s, "d\xfe")) + " " + q(strings.TrimFunc(s, unicode.IsLetter)) + " " + q(strings.TrimRightFunc(s, unicode.IsLetter)))
		out("  repl " + q(strings.Replace(s, "a", "XY", 2)) + " " + q(strings.ReplaceAll(s, "", "-")) + " " + q(strings.Replace(s, "", "+", 3)) + " " + q(strings.ReplaceAll(s, "l", "")))
		out("  map " + q(strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			if r == 0xfffd {
				return '?'
			}
			return r + 1
		}, s)) + " valid " + q(strings.ToValidUTF8(s, "<>")) + " fold " + b(strings.EqualFold(s, strings.ToUpper(s))) + b(strings.EqualFold(s, strings.ToLower(s)+"x")))
	}
	out(b(strings.EqualFold("Go", "GO")) + b(strings.EqualFold("k", "\u212a")) + b(strings.EqualFold("σ", "ς")) + b(strings.EqualFold("ß", "SS")) + b(strings.EqualFold("a", "b")))
	out(b(strings.Contains("seafood", "foo")) + b(strings.ContainsAny("failure", "ui")) + b(strings.ContainsRune("abc", 'c')) + b(strings.ContainsFunc("abc", unicode.IsUpper)))
	out(b(strings.HasPrefix("golang", "go")) + b(strings.HasSuffix("golang", "ng")) + b(strings.HasPrefix("go", "golang")))
	before, after, found := strings.Cut("key=value=x", "=")
	out(before + "|" + after + "|" + b(found))
	before, after, found = strings.Cut("novalue", "=")
	out(before + "|" + after + "|" + b(found))
	r1, ok1 := strings.CutPrefix("prefix-body", "prefix-")
	r2, ok2 := strings.CutSuffix("body.go", ".txt")
	out(r1 + b(ok1) + " " + r2 + b(ok2))
	out(i(strings.Compare("a", "b")) + i(strings.Compare("b", "a")) + i(strings.Compare("x", "x")) + i(strings.Compare("", "a")))
	out(strings.Join([]string{"a", "b", "c"}, ", ") + "|" + strings.Join(nil, ",") + "|" + strings.Join([]string{"solo"}, ","))
	out(strings.Repeat("ab", 3) + "|" + strings.Repeat("", 5) + "|" + strings.Repeat("x", 0))
	out(strings.TrimPrefix("prefix", "pre") + strings.TrimSuffix("suffix", "fix") + strings.TrimLeftFunc("123abc", unicode.IsDigit))
	out(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul") + " " + strings.ToLowerSpecial(unicode.TurkishCase, "İSTANBUL"))
	out(list(strings.FieldsFunc("a1b22c333", unicode.IsDigit)) + list(strings.Fields("")))
	out(strings.Clone("clone"))
	func() {
		defer func() { out("panic: " + recover().(string)) }()
		strings.Repeat("x", -1)
	}()

	// Builder
	var sb strings.Builder
	out(i(sb.Len()) + " " + i(sb.Cap()))
	caps := ""
	for k := 0; k < 20; k++ {
		sb.WriteString("abcdefg")
		caps += i(sb.Cap()) + " "
	}
	out(caps + i(sb.Len()))
	sb.Reset()
	sb.Grow(10)
	out(i(sb.Cap()))
	sb.WriteByte('x')
	sb.WriteByte(0xff)
	n, _ := sb.WriteRune('世')
	n2, _ := sb.WriteRune(-5)
	sb.Write([]byte("bytes"))
	out(q(sb.String()) + " " + i(n) + " " + i(n2) + " " + i(sb.Len()) + " " + i(sb.Cap()))
	sb.Grow(100)
	out(i(sb.Cap()))
	func() {
		defer func() { out("panic: " + recover().(string)) }()
		var a strings.Builder
		a.WriteString("x")
		c := a
		c.WriteString("y")
	}()

	// Reader
	rd := strings.NewReader("héllo wörld")
	out(i(rd.Len()) + " " + strconv.FormatInt(rd.Size(), 10))
	buf := make([]byte, 4)
	k, err := rd.Read(buf)
	out(q(string(buf[:k])) + " " + errs(err))
	ch, size, err := rd.ReadRune()
	out(strconv.QuoteRune(ch) + " " + i(size) + " " + errs(err))
	out(errs(rd.UnreadRune()) + " " + errs(rd.UnreadRune()))
	bt, err := rd.ReadByte()
	out(i(int(bt)) + " " + errs(rd.UnreadByte()))
	pos, err := rd.Seek(-3, io.SeekEnd)
	out(strconv.FormatInt(pos, 10) + " " + errs(err))
	rest, _ := io.ReadAll(rd)
	out(q(string(rest)))
	k, err = rd.Read(buf)
	out(i(k) + " " + errs(err))
	k, err = rd.ReadAt(buf, 2)
	out(q(string(buf[:k])) + " " + errs(err))
	k, err = rd.ReadAt(buf, 11)
	out(q(string(buf[:k])) + " " + errs(err))
	_, err = rd.ReadAt(buf, -1)
	out(errs(err))
	_, err = rd.Seek(0, 9)
	out(errs(err))
	_, err = rd.Seek(-100, io.SeekCurrent)
	out(errs(err))
	rd.Reset("again")
	var sb2 strings.Builder
	w, err := rd.WriteTo(&sb2)
	out(sb2.String() + " " + strconv.FormatInt(w, 10) + " " + errs(err))
	out(errs(strings.NewReader("").UnreadByte()))

	// Replacer
	rp := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	out(rp.Replace("<a href=\"x&y\">"))
	out(strings.NewReplacer("a", "1", "a", "2").Replace("banana"))
	out(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaaaa"))
	out(strings.NewReplacer("a", "1", "aaa", "3").Replace("aaaa"))
	out(strings.NewReplacer("", "X").Replace("ab"))
	out(strings.NewReplacer("a", "A", "", "X").Replace("ab"))
	out(strings.NewReplacer("", "X", "a", "A").Replace("ab"))
	out(strings.NewReplacer("hello", "bye").Replace("hello hello hellohello"))
	out(strings.NewReplacer("x", "y").Replace("nothing"))
	out(strings.NewReplacer().Replace("empty"))
	var sb3 strings.Builder
	w2, _ := strings.NewReplacer("o", "0").WriteString(&sb3, "foo boo")
	out(sb3.String() + " " + i(w2))
	var sb4 strings.Builder
	strings.NewReplacer("q", "Q").WriteString(&sb4, "none")
	out(sb4.String())
	func() {
		defer func() { out("panic: " + recover().(string)) }()
		strings.NewReplacer("a")
	}()
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}
