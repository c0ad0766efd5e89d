// Maps: fmt prints maps with their keys sorted, so output is deterministic even though
// iteration order is randomized. Iteration itself is only observed through sorted copies.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type point struct{ x, y int }

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		counts[w]++
	}
	fmt.Println(counts)
	fmt.Println(len(counts), counts["the"], counts["missing"])
	if v, ok := counts["fox"]; ok {
		fmt.Println("fox", v)
	}
	delete(counts, "the")
	delete(counts, "absent")

	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	ints := map[int]string{-5: "neg", 10: "ten", 0: "zero", 3: "three"}
	fmt.Println(ints)
	fmt.Printf("%v %d\n", map[bool]int{true: 1, false: 0}, map[int8]uint{-1: 1, 1: 2})

	pts := map[point]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}
	fmt.Println(pts)
	nested := map[string]map[string]int{"b": {"y": 2, "x": 1}, "a": {"z": 26}}
	fmt.Println(nested)

	var iface = map[interface{}]int{"s": 1, 2: 2, 1.5: 3, true: 4}
	fmt.Println(len(iface), iface["s"], iface[2], iface[1.5], iface[true])

	// Map values are not addressable; the struct must be copied back.
	m := map[string]point{"p": {1, 2}}
	p := m["p"]
	p.x = 100
	fmt.Println(m, p)

	// A nil map reads as empty.
	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"], nilMap)

	clear(ints)
	fmt.Println(ints, len(ints))

	// Summing over iteration is order-independent.
	sum := 0
	for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		sum += k * v
	}
	fmt.Println("sum", sum)
}
