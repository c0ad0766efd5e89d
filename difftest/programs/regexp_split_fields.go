// Splitting records on flexible separators, trimming, and counting word frequencies with
// case-insensitive matching.
package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

func main() {
	sep := regexp.MustCompile(`\s*[,;|]\s*`)
	for _, rec := range []string{"a, b;c | d", "one;;two", ",lead,trail,", "single", ""} {
		fmt.Printf("%q -> %q\n", rec, sep.Split(rec, -1))
	}
	fmt.Printf("%q\n", sep.Split("k1=v1; k2=v2; k3=v3; k4=v4", 2))
	kv := regexp.MustCompile(`(\w+)\s*=\s*("[^"]*"|\S+)`)
	for _, m := range kv.FindAllStringSubmatch(`host = example.org port=8080 name="my server" debug=true`, -1) {
		fmt.Printf("%s => %s\n", m[1], strings.Trim(m[2], `"`))
	}

	text := `The quick brown fox. The lazy dog! A fox, a dog, THE end? the END.`
	word := regexp.MustCompile(`(?i)\b[a-z]+\b`)
	freq := map[string]int{}
	for _, w := range word.FindAllString(text, -1) {
		freq[strings.ToLower(w)]++
	}
	type kvp struct {
		w string
		n int
	}
	var list []kvp
	for w, n := range freq {
		list = append(list, kvp{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	for _, e := range list[:5] {
		fmt.Println(e.w, e.n)
	}
	sentences := regexp.MustCompile(`[.!?]+\s*`).Split(text, -1)
	fmt.Printf("%d %q\n", len(sentences), sentences)
	lines := regexp.MustCompile(`\r?\n`).Split("l1\r\nl2\nl3\r\n", -1)
	fmt.Printf("%q\n", lines)
	fmt.Printf("%q\n", regexp.MustCompile(``).Split("abc", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axbxxc", 3))
}
