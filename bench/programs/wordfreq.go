// Benchmark program: word frequencies of a generated text, measuring string building,
// splitting, lower-casing, map[string]int updates and sort.Slice with a two-key comparison.
// The text comes from a 32-bit linear congruential generator, so it is the same every run:
// words are one to four syllables, picked with a skew so that a few words are common and
// tens of thousands are rare, with some capitalized and some followed by punctuation.
package main

import (
	"fmt"
	"sort"
	"strings"
)

var syllables = []string{
	"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
	"zen", "bar", "qui", "dor", "fe", "gha", "pil", "wu",
}

type rng struct{ state uint32 }

func (r *rng) next() uint32 {
	r.state = r.state*1664525 + 1013904223
	return r.state
}

// skewed returns a value in [0, n) where small values are far more likely: the upper bound
// itself is drawn first.
func (r *rng) skewed(n int) int {
	bound := int(r.next()>>16)%n + 1
	return int(r.next()>>16) % bound
}

func generate(words int, seed uint32) string {
	r := &rng{state: seed}
	var b strings.Builder
	word := make([]byte, 0, 16)
	for i := 0; i < words; i++ {
		word = word[:0]
		parts := 1 + r.skewed(4)
		for p := 0; p < parts; p++ {
			word = append(word, syllables[r.skewed(len(syllables))]...)
		}
		switch x := r.next() >> 24; {
		case x < 20:
			word[0] -= 'a' - 'A'
		case x < 40:
			word = append(word, ',')
		case x < 50:
			word = append(word, '.')
		}
		if r.next()>>24 < 16 {
			word = append(word, '\n')
		} else {
			word = append(word, ' ')
		}
		b.Write(word)
	}
	return b.String()
}

type entry struct {
	word  string
	count int
}

func main() {
	const words = 3000000
	text := generate(words, 20240601)
	counts := make(map[string]int)
	total := 0
	for _, f := range strings.Fields(text) {
		w := strings.ToLower(strings.TrimRight(f, ",."))
		counts[w]++
		total++
	}
	list := make([]entry, 0, len(counts))
	for w, c := range counts {
		list = append(list, entry{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println(len(text), total, len(list))
	for _, e := range list[:10] {
		fmt.Println(e.count, e.word)
	}
	// The rarest words sort by name, which checks the tie-break on many equal counts.
	fmt.Println(list[len(list)-1].count, list[len(list)-1].word)
}
