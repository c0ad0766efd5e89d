// A text report aligned with text/tabwriter: left and right alignment, debug bars and
// trailing-tab columns.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type item struct {
	name  string
	qty   int
	price float64
	tags  string
}

func main() {
	items := []item{
		{"apple", 12, 0.5, "fruit"},
		{"watermelon", 1, 3.25, "fruit,large"},
		{"bread (whole grain)", 2, 2.8, ""},
		{"coffee", 3, 11.999, "drink"},
		{"café crème", 10, 1.2, "drink,french"},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "ITEM\tQTY\tPRICE\tTAGS")
	total := 0.0
	for _, it := range items {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%s\n", it.name, it.qty, it.price, it.tags)
		total += float64(it.qty) * it.price
	}
	fmt.Fprintf(w, "\t\t%.2f\t\n", total)
	w.Flush()

	fmt.Println()
	w = tabwriter.NewWriter(os.Stdout, 6, 4, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "qty\tprice\tsubtotal\t")
	for _, it := range items {
		fmt.Fprintf(w, "%d\t%.2f\t%.3f\t\n", it.qty, it.price, float64(it.qty)*it.price)
	}
	w.Flush()

	fmt.Println()
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, '.', tabwriter.Debug|tabwriter.DiscardEmptyColumns)
	fmt.Fprint(w, "key\v\vvalue\nlonger key\v\tv2\n\fsection two\tx\ny\tz\n")
	w.Flush()
}
