// Inventory bookkeeping with the generic slices, maps and cmp packages: sorting by several
// keys with cmp.Compare and cmp.Or, binary search, compaction, insertion and deletion, and
// iteration over sorted map keys.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

func main() {
	items := []Item{
		{"B-200", "bolt", 500, 0.05}, {"A-100", "anchor", 12, 3.5}, {"C-300", "clamp", 40, 1.25},
		{"A-101", "axle", 0, 12}, {"B-201", "bracket", 75, 0.8}, {"C-301", "chain", 12, 4.75},
	}
	slices.SortFunc(items, func(a, b Item) int { return cmp.Compare(a.SKU, b.SKU) })
	for _, it := range items {
		fmt.Printf("%s %-8s %4d %6.2f\n", it.SKU, it.Name, it.Qty, it.Price)
	}
	i, found := slices.BinarySearchFunc(items, "B-201", func(it Item, sku string) int { return strings.Compare(it.SKU, sku) })
	fmt.Println("B-201 at", i, found)
	i, found = slices.BinarySearchFunc(items, "B-150", func(it Item, sku string) int { return strings.Compare(it.SKU, sku) })
	fmt.Println("B-150 would go at", i, found)

	byQty := slices.Clone(items)
	slices.SortStableFunc(byQty, func(a, b Item) int {
		return cmp.Or(cmp.Compare(b.Qty, a.Qty), cmp.Compare(a.Name, b.Name))
	})
	var names []string
	for _, it := range byQty {
		names = append(names, it.Name)
	}
	fmt.Println("by qty desc:", names)

	out := slices.DeleteFunc(slices.Clone(items), func(it Item) bool { return it.Qty == 0 })
	fmt.Println("in stock:", len(out), "of", len(items))
	out = slices.Insert(out, 1, Item{"A-102", "awl", 3, 2})
	fmt.Println("after insert:", out[0].SKU, out[1].SKU, out[2].SKU)
	out = slices.Delete(out, 0, 2)
	fmt.Println("after delete:", len(out), out[0].SKU)

	qtys := []int{}
	for _, it := range items {
		qtys = append(qtys, it.Qty)
	}
	slices.Sort(qtys)
	fmt.Println(qtys, slices.Compact(slices.Clone(qtys)), slices.Max(qtys), slices.Min(qtys), slices.Index(qtys, 40), slices.Contains(qtys, 41))
	rev := slices.Clone(qtys)
	slices.Reverse(rev)
	fmt.Println(rev, slices.Equal(qtys, rev), slices.IsSorted(qtys))
	pos := slices.IndexFunc(items, func(it Item) bool { return it.Price > 4 })
	fmt.Println("first over 4:", items[pos].Name)

	byPrefix := map[string][]string{}
	for _, it := range items {
		p := it.SKU[:1]
		byPrefix[p] = append(byPrefix[p], it.Name)
	}
	for _, k := range slices.Sorted(maps.Keys(byPrefix)) {
		fmt.Println(k, byPrefix[k])
	}
	value := 0.0
	for _, it := range items {
		value += float64(it.Qty) * it.Price
	}
	fmt.Printf("stock value: %.2f; cmp.Less(NaN-free): %t %t\n", value, cmp.Less(1.5, 2.0), cmp.Less("b", "a"))
	chunks := [][]int{}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks, slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, []int{2, 3}))
}
