// Word frequencies of a text: splits lines with bufio.Scanner, normalizes words with
// strings and unicode, counts them in a map and prints the top entries sorted by count, then
// alphabetically.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.
Über-naïve café owners didn't agree; they'd "never" say so!`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	counts := map[string]int{}
	lines, words, runes := 0, 0, 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		runes += len([]rune(line))
		fields := strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' && r != '-'
		})
		for _, f := range fields {
			w := strings.ToLower(strings.Trim(f, "'-"))
			if w == "" {
				continue
			}
			counts[w]++
			words++
		}
	}
	fmt.Printf("lines=%d words=%d runes=%d distinct=%d\n", lines, words, runes, len(counts))
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range counts {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	for i, e := range list {
		if i == 12 {
			break
		}
		fmt.Printf("%2d. %-12s %3d %s\n", i+1, e.w, e.n, strings.Repeat("*", e.n))
	}
	var long []string
	for _, e := range list {
		if len([]rune(e.w)) >= 8 {
			long = append(long, e.w)
		}
	}
	sort.Strings(long)
	fmt.Println("long words:", strings.Join(long, ", "))
	fmt.Printf("title: %q\n", strings.ToTitle("über café"))
}
