package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type logWriter struct {
	sb    strings.Builder
	log   []string
	fail  int
	short int
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.log = append(w.log, fmt.Sprintf("%q", p))
	if w.fail > 0 && len(w.log) == w.fail {
		return 0, errors.New("sink failed")
	}
	if w.short > 0 && len(w.log) == w.short {
		w.sb.Write(p[:len(p)/2])
		return len(p) / 2, nil
	}
	return w.sb.Write(p)
}

func show(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, chunks ...string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minwidth, tabwidth, padding, padchar, flags)
	for _, c := range chunks {
		n, err := w.Write([]byte(c))
		if n != len(c) || err != nil {
			fmt.Println("write:", n, err)
		}
	}
	err := w.Flush()
	fmt.Printf("== %s (err %v)\n%s<END>\n", name, err, strings.ReplaceAll(sb.String(), "\t", "→"))
}

const table = "a\tb\tc\naa\tbbb\tc\naaa\tbb\tcccc\n\nx\ty\n"
const ragged = "name\tage\tcity\nAlice\t30\nBob\t4\tLondon\tUK\n\tindented\tcell\n\t\tdeeper\nend\n"
const trailing = "no newline\tat\tend"
const unicode = "日本\t語\tx\né\tüü\ty\n🎉🎉🎉\t.\tz\n"

func main() {
	inputs := []struct{ name, text string }{{"table", table}, {"ragged", ragged}, {"trailing", trailing}, {"unicode", unicode}}
	flagsets := []struct {
		name  string
		flags uint
	}{
		{"none", 0}, {"AlignRight", tabwriter.AlignRight}, {"Debug", tabwriter.Debug}, {"TabIndent", tabwriter.TabIndent},
		{"Discard", tabwriter.DiscardEmptyColumns}, {"Right|Debug", tabwriter.AlignRight | tabwriter.Debug},
		{"TabIndent|Debug", tabwriter.TabIndent | tabwriter.Debug},
	}
	for _, in := range inputs {
		for _, f := range flagsets {
			show(in.name+"/"+f.name, 0, 8, 1, ' ', f.flags, in.text)
			show(in.name+"/"+f.name+"/dots", 5, 4, 2, '.', f.flags, in.text)
		}
		show(in.name+"/tabs", 0, 8, 1, '\t', tabwriter.AlignRight, in.text)
		show(in.name+"/tabs4", 0, 4, 0, '\t', tabwriter.Debug, in.text)
		show(in.name+"/tabwidth0", 0, 0, 1, '\t', 0, in.text)
	}
	// Soft cells (\v) and empty columns.
	soft := "a\v\vb\nc\v\vd\n\v\ve\n"
	hard := "a\t\tb\nc\t\td\n"
	for _, f := range []uint{0, tabwriter.DiscardEmptyColumns, tabwriter.DiscardEmptyColumns | tabwriter.Debug} {
		show(fmt.Sprint("soft ", f), 0, 8, 1, '-', f, soft)
		show(fmt.Sprint("hard ", f), 0, 8, 1, '-', f, hard)
		show(fmt.Sprint("softtab ", f), 0, 8, 1, '\t', f, soft)
	}
	// Form feeds end blocks; Debug prints a rule.
	ff := "a\tb\nlonger text\tc\fx\ty\nzz\tw\n"
	show("ff", 0, 8, 1, ' ', 0, ff)
	show("ff debug", 0, 8, 1, ' ', tabwriter.Debug, ff)
	// Escapes.
	esc := "a\xffb\tc\xff\td\n\xffxx\xff\tyyyyy\te\n\xffunterminated\tstill"
	show("escape", 0, 8, 1, '.', 0, esc)
	show("escape strip", 0, 8, 1, '.', tabwriter.StripEscape, esc)
	html := "<b>bold</b>\t&amp;\tx\nplain\t&lt;&gt;\ty\n<i\tunclosed\n"
	show("html raw", 0, 8, 1, '.', 0, html)
	show("html filter", 0, 8, 1, '.', tabwriter.FilterHTML, html)
	show("html filter strip", 0, 8, 1, '.', tabwriter.FilterHTML|tabwriter.StripEscape, html+"\xff<x>\xff\tz\n")
	// Input split across writes at awkward points.
	show("chunks", 0, 8, 1, '_', 0, "ab", "c\td", "ef\t", "\n", "g\xff\t", "h\xff\tii\n", "j&a", "mp;\tk\n")
	show("chunks html", 0, 8, 1, '_', tabwriter.FilterHTML, "<a hr", "ef>x</a>\ty\n", "&e", "acute;\tz\n")
	// Minimum width and padding.
	show("minwidth", 10, 8, 0, '*', 0, "a\tb\tc\nlong cell here\tb\tc\n")
	show("padding", 0, 8, 5, '*', 0, "a\tb\nccc\td\n")
	show("pad > 8", 20, 8, 3, ' ', tabwriter.Debug, "x\ty\tz\n")

	// Write sequence seen by the output.
	lw := &logWriter{}
	w := tabwriter.NewWriter(lw, 0, 8, 12, ' ', tabwriter.Debug)
	fmt.Fprint(w, "a\tb\tc\n1\t22\t333\n\ttail\n")
	w.Flush()
	fmt.Println(len(lw.log), strings.Join(lw.log, " "))
	lw = &logWriter{}
	w = tabwriter.NewWriter(lw, 0, 8, 1, '\t', tabwriter.TabIndent)
	fmt.Fprint(w, "\t\t\t\t\t\t\t\t\t\tdeep\tx\n\t\t\t\t\t\t\t\t\t\tdeep\ty\n")
	w.Flush()
	fmt.Println(len(lw.log), strings.Join(lw.log, " "))

	// Flushing happens at single-cell lines; Write's result with a failing output.
	lw = &logWriter{}
	w = tabwriter.NewWriter(lw, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "a\tb\n")
	fmt.Println("before flush:", len(lw.log))
	fmt.Fprint(w, "single\n")
	fmt.Println("after single-cell line:", len(lw.log), lw.sb.String())
	for _, fail := range []int{1, 2, 3, 5} {
		lw = &logWriter{fail: fail}
		w = tabwriter.NewWriter(lw, 0, 8, 1, ' ', 0)
		n, err := w.Write([]byte("x\ty\nsingle\nmore\tcells\n"))
		var ferr error
		if err == nil {
			ferr = w.Flush()
		}
		fmt.Println("fail", fail, n, err, ferr, lw.log)
	}
	lw = &logWriter{short: 2}
	w = tabwriter.NewWriter(lw, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "x\ty\nz\tw\n")
	fmt.Println("short:", w.Flush(), lw.log)
	lw = &logWriter{fail: 1}
	w = tabwriter.NewWriter(lw, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "x\ty\nz\tw")
	fmt.Println("flush fail:", w.Flush(), "again:", w.Flush(), lw.log)

	// Reuse with Init.
	var sb strings.Builder
	w = tabwriter.NewWriter(&sb, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "pending\tcell")
	w.Init(&sb, 0, 8, 1, '#', tabwriter.AlignRight)
	fmt.Fprint(w, "a\tbb\nccc\td\n")
	w.Flush()
	fmt.Print(sb.String())

	// Panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		w := tabwriter.NewWriter(panicWriter{}, 0, 8, 1, ' ', 0)
		fmt.Fprint(w, "a\tb\n")
		w.Flush()
	}()

	// The usual use.
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tSTATUS\tAGE")
	fmt.Fprintln(w, "web-1\tRunning\t3d")
	fmt.Fprintln(w, "database-primary\tCrashLoopBackOff\t12m")
	fmt.Fprintln(w, "cache\tPending\t5s")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc\t")
	fmt.Fprintln(w, "aaa\tbbbbbbb\tc\t")
	fmt.Fprintln(w, "1234567\t2\t3\t")
	w.Flush()
}

type panicWriter struct{}

func (panicWriter) Write(p []byte) (int, error) { panic("boom") }
