package main

import (
	"math"
	"os"
	"slices"
	"sort"
	"strconv"
)

var buf []byte

func out(s string) { buf = append(buf, s+"\n"...) }

var seed uint64 = 12345

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

type item struct {
	key, tag int
}

type byKey []item

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// sig summarizes an order: a hash of the tags in sequence, plus the first few.
func sig(xs []item) string {
	var h uint64 = 14695981039346656037
	for _, x := range xs {
		h = (h ^ uint64(x.tag)) * 1099511628211
	}
	s := strconv.FormatUint(h, 16)
	for i := 0; i < len(xs) && i < 12; i++ {
		s += " " + strconv.Itoa(xs[i].key) + ":" + strconv.Itoa(xs[i].tag)
	}
	return s
}

func gen(n, distinct int, pattern int) []item {
	xs := make([]item, n)
	for i := range xs {
		var k int
		switch pattern {
		case 0:
			k = int(next() % uint64(distinct))
		case 1: // ascending with noise
			k = i / 3
			if next()%10 == 0 {
				k = int(next() % uint64(n))
			}
		case 2: // descending
			k = n - i
		case 3: // sawtooth
			k = i % distinct
		case 4: // organ pipe
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case 5: // all equal
			k = 7
		}
		xs[i] = item{k, i}
	}
	return xs
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 257, 1000, 4096} {
		for p := 0; p <= 5; p++ {
			for _, d := range []int{2, 7, 1000} {
				if p != 0 && p != 3 && d != 7 {
					continue
				}
				base := gen(n, d, p)
				a := slices.Clone(base)
				sort.Sort(byKey(a))
				b := slices.Clone(base)
				sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
				c := slices.Clone(base)
				sort.Stable(byKey(c))
				e := slices.Clone(base)
				sort.SliceStable(e, func(i, j int) bool { return e[i].key < e[j].key })
				f := slices.Clone(base)
				slices.SortFunc(f, func(x, y item) int { return x.key - y.key })
				g := slices.Clone(base)
				slices.SortStableFunc(g, func(x, y item) int { return x.key - y.key })
				r := slices.Clone(base)
				sort.Sort(sort.Reverse(byKey(r)))
				out(strconv.Itoa(n) + "/" + strconv.Itoa(p) + "/" + strconv.Itoa(d))
				out("  sort " + sig(a))
				out("  slice " + sig(b))
				out("  stable " + sig(c) + " " + sig(e) + " " + sig(g))
				out("  func " + sig(f))
				out("  rev " + sig(r) + " " + strconv.FormatBool(sort.IsSorted(byKey(a))) + strconv.FormatBool(sort.IsSorted(byKey(base))) + strconv.FormatBool(sort.SliceIsSorted(b, func(i, j int) bool { return b[i].key < b[j].key })))
			}
		}
	}
	ints := []int{5, 2, 8, -1, 2, 9, 0, 3}
	sort.Ints(ints)
	out(strconv.FormatBool(sort.IntsAreSorted(ints)) + " " + strconv.Itoa(sort.SearchInts(ints, 3)) + " " + strconv.Itoa(sort.SearchInts(ints, 4)) + " " + strconv.Itoa(ints[0]) + " " + strconv.Itoa(ints[7]))
	fl := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Copysign(0, -1), math.NaN(), -math.Inf(1), 2.5}
	sort.Float64s(fl)
	s := ""
	for _, f := range fl {
		s += " " + strconv.FormatFloat(f, 'g', -1, 64)
	}
	out(s + " " + strconv.Itoa(sort.SearchFloat64s(fl, 2.5)) + strconv.FormatBool(sort.Float64sAreSorted(fl)))
	strs := []string{"pear", "apple", "fig", "banana", "", "apple"}
	sort.Strings(strs)
	out(strconv.Quote(strs[0]) + " " + strs[1] + " " + strs[5] + " " + strconv.Itoa(sort.SearchStrings(strs, "banana")) + strconv.FormatBool(sort.StringsAreSorted(strs)))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	out(strconv.Itoa(ints[0]) + " " + strconv.Itoa(ints[7]))
	sort.StringSlice(strs).Sort()
	out(strconv.Itoa(sort.Search(100, func(i int) bool { return i*i >= 50 })))
	i, found := sort.Find(len(strs), func(i int) int {
		if "fig" < strs[i] {
			return -1
		} else if "fig" > strs[i] {
			return 1
		}
		return 0
	})
	out(strconv.Itoa(i) + " " + strconv.FormatBool(found))
	os.Stdout.Write(buf)
}
