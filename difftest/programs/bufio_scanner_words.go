// Word frequencies and line statistics over a text with bufio.Scanner (lines, words, runes).
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
	it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.

Ünïcödé wörds — and	tabs	too  ` + "\r\nlast line without newline"

func main() {
	lines := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("%2d %3d %q\n", n, len(lines.Text()), lines.Text())
	}
	fmt.Println("lines:", n, "err:", lines.Err())

	words := bufio.NewScanner(strings.NewReader(text))
	words.Split(bufio.ScanWords)
	freq := map[string]int{}
	total := 0
	for words.Scan() {
		w := strings.ToLower(strings.Trim(words.Text(), ",.—"))
		if w == "" {
			continue
		}
		freq[w]++
		total++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println("words:", total, "distinct:", len(keys))
	for _, k := range keys[:12] {
		fmt.Printf("%-12s %d\n", k, freq[k])
	}

	runes := bufio.NewScanner(strings.NewReader("Ünïcödé — ok"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q:%d ", runes.Text(), len(runes.Bytes()))
	}
	fmt.Println()
}
