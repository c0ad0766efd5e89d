// Maps: keys of struct, array, interface and float types (NaN never equal, +0 and -0 the same
// key), deletion during range, len, clear, nested maps and maps of slices. Only sorted keys
// are printed, never the iteration order.
package main

import (
	"fmt"
	"sort"
)

type point struct {
	x, y int
	tag  string
}

func sortedInts(m map[int]string) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

func compositeKeys() {
	m := map[point]int{}
	m[point{1, 2, "a"}] = 1
	m[point{1, 2, "a"}] += 10
	m[point{2, 1, "a"}] = 2
	m[point{1, 2, "b"}] = 3
	fmt.Println(len(m), m[point{1, 2, "a"}], m[point{9, 9, ""}])
	v, ok := m[point{2, 1, "a"}]
	fmt.Println(v, ok)
	a := map[[3]int]string{{1, 2, 3}: "x"}
	k := [3]int{1, 2, 3}
	a[k] += "y"
	k[0] = 0
	a[k] = "z"
	fmt.Println(len(a), a[[3]int{1, 2, 3}], a[[3]int{0, 2, 3}])
	type nested struct {
		p   point
		arr [2]string
	}
	n := map[nested]bool{{point{1, 1, "q"}, [2]string{"a", "b"}}: true}
	fmt.Println(n[nested{point{1, 1, "q"}, [2]string{"a", "b"}}], n[nested{}])
	fmt.Println(m)
}

func ifaceKeys() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[uint8(1)] = "uint8 1"
	m[1.0] = "float 1"
	m["1"] = "string 1"
	m[true] = "true"
	m[point{1, 0, ""}] = "point"
	m[[2]int{1, 1}] = "array"
	m[nil] = "nil"
	fmt.Println(len(m), m[1], m[int64(1)], m[uint8(1)], m[1.0], m["1"], m[true], m[point{1, 0, ""}], m[[2]int{1, 1}], m[nil])
	_, ok := m[int32(1)]
	fmt.Println("int32 present:", ok)
	var e error
	fmt.Println(m[e])
	defer func() { fmt.Println("recovered:", recover()) }()
	m[[]int{1}] = "slice"
}

func floatKeys() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan]++
	m[zero] = 10
	m[-zero] = 20
	m[1/zero] = 30
	fmt.Println(len(m), m[0], m[nan], m[1/zero])
	_, ok := m[nan]
	fmt.Println("nan lookup", ok)
	nans, sum := 0, 0
	for k, v := range m {
		if k != k {
			nans++
			sum += v
		}
	}
	fmt.Println("nan keys", nans, sum)
	delete(m, nan)
	fmt.Println("after delete nan", len(m))
	for k := range m {
		if k == 0 {
			fmt.Println("zero key is negative:", 1/k < 0)
		}
	}
	clear(m)
	fmt.Println("after clear", len(m))
	f32 := map[float32]string{0.1: "a"}
	fmt.Println(f32[float32(0.1)], f32[0.1])
	var ik = map[interface{}]int{nan: 1}
	ik[nan] = 2
	fmt.Println(len(ik))
}

func deleteDuringRange() {
	m := map[int]string{}
	for i := 0; i < 100; i++ {
		m[i] = fmt.Sprint(i)
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), sortedInts(m)[:10])
	seen := 0
	for k := range m {
		seen++
		delete(m, k)
		delete(m, k^2)
	}
	fmt.Println("seen <= 50:", seen <= 50, seen >= 25, len(m))
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	for range nilMap {
		fmt.Println("never")
	}
	clear(nilMap)
}

func nested() {
	g := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if g[a] == nil {
			g[a] = map[string]int{}
		}
		g[a][b] += w
	}
	add("x", "y", 1)
	add("x", "y", 2)
	add("x", "z", 5)
	add("y", "x", 7)
	fmt.Println(len(g), len(g["x"]), g["x"]["y"], g["x"]["z"], g["y"]["x"], g["q"]["r"], g)
	ms := map[int][]int{}
	for i := 0; i < 20; i++ {
		ms[i%3] = append(ms[i%3], i)
	}
	fmt.Println(ms[0], ms[1], ms[2], len(ms[5]), ms[5] == nil)
	s := ms[0]
	s[0] = 100
	fmt.Println(ms[0][0])
	mp := map[string]*point{"a": {1, 2, "p"}}
	mp["a"].x = 50
	fmt.Println(*mp["a"])
	mv := map[string]point{"a": {1, 2, "p"}}
	pt := mv["a"]
	pt.x = 60
	fmt.Println(mv["a"], pt)
	ma := map[string][2]int{}
	arr := ma["k"]
	arr[0] = 5
	ma["k"] = arr
	arr[1] = 6
	fmt.Println(ma)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	m2 := make(map[int]int, 1000)
	for i := 0; i < 5000; i++ {
		m2[i*7919%10007] = i
	}
	total := 0
	for k, v := range m2 {
		total += k ^ v
	}
	fmt.Println(len(m2), total)
}

func main() {
	compositeKeys()
	ifaceKeys()
	floatKeys()
	deleteDuringRange()
	nested()
}
