// An invoice laid out with text/tabwriter: left- and right-aligned columns, a padding
// character, the Debug flag's column separators, escaped cells, and a second table with
// cells that contain multi-byte text.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type line struct {
	item  string
	qty   int
	price float64
}

func main() {
	lines := []line{{"Widget", 3, 4.5}, {"Gadget (large)", 1, 129.99}, {"Cable", 12, 0.75}, {"Service fee", 1, 15}}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "Item\tQty\tPrice\tTotal\t")
	total := 0.0
	for _, l := range lines {
		t := float64(l.qty) * l.price
		total += t
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t\n", l.item, l.qty, l.price, t)
	}
	fmt.Fprintf(w, "\t\t\t%.2f\t\n", total)
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 6, 4, 1, '.', tabwriter.Debug)
	fmt.Fprintln(w, "a\tbb\tccc")
	fmt.Fprintln(w, "dddd\te\tf")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "g\t\xffhh\tii")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.StripEscape|tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "name\t\tcity\t")
	fmt.Fprintln(w, "Zoë\t\tMünchen\t")
	fmt.Fprintln(w, "\xffa\tb\xff\t\t東京\t")
	fmt.Fprintln(w, "Łukasz\t\tKraków\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 4, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "x\ty\tz")
	fmt.Fprintln(w, "longer cell\t1\t2")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.FilterHTML)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\tend")
	fmt.Fprintln(w, "x\ty\tz")
	w.Flush()
}
