// Calendar booking with intervals: merges overlapping meetings after sorting them,
// finds free slots, answers "who is busy at t" queries by binary search with sort.Search,
// and checks a new booking for conflicts.
package main

import (
	"fmt"
	"sort"
)

type Interval struct {
	Start, End int // minutes since midnight, End exclusive
	Who        string
}

func hm(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

func merge(in []Interval) []Interval {
	s := append([]Interval(nil), in...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].Start != s[j].Start {
			return s[i].Start < s[j].Start
		}
		return s[i].End < s[j].End
	})
	var out []Interval
	for _, iv := range s {
		if n := len(out); n > 0 && iv.Start <= out[n-1].End {
			if iv.End > out[n-1].End {
				out[n-1].End = iv.End
			}
			out[n-1].Who += "+" + iv.Who
			continue
		}
		out = append(out, iv)
	}
	return out
}

func main() {
	meetings := []Interval{
		{9 * 60, 10 * 60, "standup"}, {13 * 60, 14*60 + 30, "design"}, {9*60 + 30, 11 * 60, "review"},
		{16 * 60, 16*60 + 15, "sync"}, {14 * 60, 15 * 60, "1:1"}, {11 * 60, 11*60 + 30, "lunch-prep"},
		{8 * 60, 8*60 + 5, "coffee"},
	}
	busy := merge(meetings)
	for _, b := range busy {
		fmt.Printf("busy %s-%s %s\n", hm(b.Start), hm(b.End), b.Who)
	}
	day := Interval{8 * 60, 18 * 60, "day"}
	cur := day.Start
	for _, b := range busy {
		if b.Start > cur {
			fmt.Printf("free %s-%s (%d min)\n", hm(cur), hm(b.Start), b.Start-cur)
		}
		cur = max(cur, b.End)
	}
	if cur < day.End {
		fmt.Printf("free %s-%s (%d min)\n", hm(cur), hm(day.End), day.End-cur)
	}
	for _, t := range []int{7 * 60, 8 * 60, 8*60 + 5, 9*60 + 59, 11 * 60, 12 * 60, 15 * 60, 16*60 + 14, 20 * 60} {
		i := sort.Search(len(busy), func(i int) bool { return busy[i].End > t })
		if i < len(busy) && busy[i].Start <= t {
			fmt.Printf("%s busy (%s)\n", hm(t), busy[i].Who)
		} else {
			fmt.Printf("%s free\n", hm(t))
		}
	}
	for _, nb := range []Interval{{12 * 60, 13 * 60, "new"}, {12*60 + 30, 13*60 + 1, "late"}, {17 * 60, 19 * 60, "evening"}} {
		i := sort.Search(len(busy), func(i int) bool { return busy[i].End > nb.Start })
		conflict := i < len(busy) && busy[i].Start < nb.End
		fmt.Printf("book %s %s-%s conflict=%t\n", nb.Who, hm(nb.Start), hm(nb.End), conflict)
	}
	idx, found := sort.Find(len(busy), func(i int) int { return 14*60 + 30 - busy[i].Start })
	fmt.Println(idx, found)
}
