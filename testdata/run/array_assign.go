// Assigning an array to an array location copies element by element by the element type:
// structs and arrays are copied into, pointers to them are replaced.
package main

import "fmt"

type S struct{ x int }

func main() {
	a := [2]*S{{1}, {2}}
	p := a[0]
	b := [2]*S{{3}, {4}}
	a = b
	fmt.Println(p.x, a[0].x, a[0] == b[0])

	v := [2]S{{1}, {2}}
	q := &v[0]
	v = [2]S{{5}, {6}}
	fmt.Println(q.x, q == &v[0])

	m := [2]*[2]int{{1, 2}, {3, 4}}
	r := m[1]
	m = [2]*[2]int{{5, 6}, {7, 8}}
	fmt.Println(*r, *m[1])

	n := [2][2]int{{1, 2}, {3, 4}}
	row := &n[1]
	n = [2][2]int{{5, 6}, {7, 8}}
	fmt.Println(*row)
}
