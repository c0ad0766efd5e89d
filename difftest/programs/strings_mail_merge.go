// Mail merge with package strings: a template with {{placeholders}} expanded through a
// strings.Builder, escaping with a strings.Replacer, and word wrapping and justification of
// the resulting paragraphs.
package main

import (
	"fmt"
	"strings"
)

const tmpl = `Dear {{name}},

Thank you for ordering {{count}} copies of "{{title}}". Your order number is {{order}} and it will ship to {{city}} within {{days}} business days. If anything is wrong, reply to this message & we'll fix it -- promptly <guaranteed>.

Regards, {{sender}}`

func expand(t string, vars map[string]string) string {
	var b strings.Builder
	for {
		i := strings.Index(t, "{{")
		if i < 0 {
			b.WriteString(t)
			break
		}
		b.WriteString(t[:i])
		j := strings.Index(t[i:], "}}")
		if j < 0 {
			b.WriteString(t[i:])
			break
		}
		key := t[i+2 : i+j]
		if v, ok := vars[key]; ok {
			b.WriteString(v)
		} else {
			b.WriteString("<?" + key + "?>")
		}
		t = t[i+j+2:]
	}
	return b.String()
}

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+len(w) > width {
			lines = append(lines, justify(cur, width))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(words []string, width int) string {
	if len(words) == 1 {
		return words[0]
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			k := spaces / gaps
			if i < spaces%gaps {
				k++
			}
			b.WriteString(strings.Repeat(" ", k))
		}
	}
	return b.String()
}

func main() {
	vars := map[string]string{"name": "Ms. O'Hara", "count": "3", "title": "Go & You", "order": "A-1042", "city": "Zürich", "sender": "The Shop"}
	out := expand(tmpl, vars)
	esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
	for i, para := range strings.Split(out, "\n\n") {
		fmt.Printf("-- paragraph %d (%d bytes, %d words)\n", i, len(para), len(strings.Fields(para)))
		for _, l := range wrap(para, 36) {
			fmt.Printf("|%-36s|\n", l)
		}
	}
	fmt.Println(esc.Replace(vars["title"] + " " + vars["name"] + ` "<x>"`))
	fmt.Println(strings.Count(out, "{{"), strings.Contains(out, "<?days?>"), strings.LastIndex(out, "the"), strings.IndexRune(out, 'ü'))
	fmt.Println(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		return r
	}, "hello, rot13 world"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q %q %q\n", strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go.go", ".go"), strings.TrimSpace("\t pad \n"))
	fmt.Println(strings.Repeat("=-", 10), strings.HasSuffix(out, "Shop"), strings.ContainsAny(out, "$%"), strings.ContainsRune(out, '&'))
	before, after, ok := strings.Cut("key: value: more", ": ")
	fmt.Printf("%q %q %t\n", before, after, ok)
	s, found := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(s, found, strings.Compare("a", "b"), strings.Title("ünïcode wörds"))
	for i, f := range strings.Fields(" alpha  beta\tgamma ") {
		fmt.Print(i, f, ";")
	}
	fmt.Println()
}
