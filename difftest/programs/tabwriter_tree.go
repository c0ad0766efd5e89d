// Indented listings with text/tabwriter: tab indentation, tab padding, escapes and HTML
// filtering.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type node struct {
	name     string
	size     int
	children []node
}

func emit(w *tabwriter.Writer, n node, depth int) int {
	total := n.size
	for _, c := range n.children {
		total += emit(w, c, depth+1)
	}
	fmt.Fprintf(w, "%s%s\t%d\t%s\n", strings.Repeat("\t", depth), n.name, total, strings.Repeat("#", total/100))
	return total
}

func main() {
	tree := node{"root", 10, []node{
		{"bin", 300, nil},
		{"src", 5, []node{{"main.go", 1200, nil}, {"util.go", 450, nil}, {"internal", 0, []node{{"x.go", 99, nil}}}}},
		{"README", 240, nil},
	}}
	for _, flags := range []uint{0, tabwriter.TabIndent} {
		w := tabwriter.NewWriter(os.Stdout, 0, 4, 1, ' ', flags)
		emit(w, tree, 0)
		w.Flush()
		fmt.Println("--")
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', 0)
	emit(w, tree, 0)
	w.Flush()
	fmt.Println("--")
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>name</b>\t&lt;value&gt;\tnote")
	fmt.Fprintln(w, "plain\t\xff<i>kept</i>\xff\t&amp;")
	fmt.Fprintln(w, "x\ty\tz")
	w.Flush()
}
