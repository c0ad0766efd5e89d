// A tiny Markdown-to-HTML converter: multi-line anchors, lazy quantifiers and nested
// replacements for headings, emphasis, code spans, links and lists.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

var rules = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`(?m)^(#{1,6})\s+(.+?)\s*#*$`), "<h>$2</h>"},
	{regexp.MustCompile("`([^`]+)`"), "<code>$1</code>"},
	{regexp.MustCompile(`\*\*(.+?)\*\*`), "<b>$1</b>"},
	{regexp.MustCompile(`\*([^*]+)\*`), "<i>$1</i>"},
	{regexp.MustCompile(`\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)`), `<a href="$2" title="$3">$1</a>`},
	{regexp.MustCompile(`(?m)^[-*]\s+(.*)$`), "<li>$1</li>"},
	{regexp.MustCompile(`(?m)^\s*$\n?`), ""},
}

func main() {
	doc := `# Title #
Some *emphasis* and **strong** text with ` + "`code *not em*`" + `.

## Links
See [Go](https://go.dev "The Go site") or [docs](https://pkg.go.dev).

- first item
* second **item**
-not a list
`
	out := doc
	for _, r := range rules {
		out = r.re.ReplaceAllString(out, r.repl)
	}
	fmt.Print(out)
	heading := regexp.MustCompile(`(?m)^(#+) (.*)$`)
	for _, m := range heading.FindAllStringSubmatch(doc, -1) {
		fmt.Printf("level %d: %s\n", len(m[1]), strings.TrimRight(m[2], " #"))
	}
	greedy := regexp.MustCompile(`<.+>`)
	lazy := regexp.MustCompile(`<.+?>`)
	s := "<a><b></b></a>"
	fmt.Println(greedy.FindAllString(s, -1), lazy.FindAllString(s, -1))
	ungreedy := regexp.MustCompile(`(?U)<.+>`)
	fmt.Println(ungreedy.FindAllString(s, -1))
}
