// Control flow: labels with break and continue, goto forward and backward, switch with
// fallthrough, without a tag and with an init statement, range over integers and over
// iterator functions (with break, continue and return inside), select with default.
package main

import "fmt"

func labels() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	count := 0
rows:
	for _, row := range [][]int{{1, 2, -1, 3}, {4}, {-5, 6}, {7, 8}} {
		switch {
		case len(row) == 1:
			continue rows
		}
		for _, v := range row {
			switch {
			case v < 0:
				continue rows
			case v == 8:
				break rows
			}
			count += v
		}
	}
	fmt.Println("count", count)
sel:
	for i := 0; ; i++ {
		switch i {
		case 5:
			break sel
		}
		select {
		default:
			if i == 3 {
				break sel
			}
		}
	}
	fmt.Println("after sel")
}

func gotos() {
	i := 0
loop:
	if i < 5 {
		fmt.Print("g", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 17
	steps := 0
collatz:
	if n == 1 {
		goto done
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto collatz
done:
	fmt.Println("collatz steps", steps)
	for k := 0; k < 3; k++ {
		if k == 1 {
			goto skip
		}
		fmt.Print("k", k, " ")
	skip:
	}
	fmt.Println()
}

func switches() {
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-or-fell ")
		case 2, 3:
			fmt.Print("two-three ")
			if i == 3 {
				break
			}
			fallthrough
		case 4:
			fmt.Print("four-or-fell ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println("|", i)
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x big")
	case x > 1:
		fmt.Println("never")
	}
	calls := 0
	next := func() int { calls++; return calls }
	switch next() {
	case next() - 1:
		fmt.Println("matched first case", calls)
	case next():
		fmt.Println("never")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("golang")
	}
	switch {
	default:
		fmt.Println("default first")
	case calls > 100:
	}
}

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(" (seq stopped at", i, ")")
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	for i, s := range []string{"a", "b", "c", "d"} {
		if !yield(s, i) {
			return
		}
	}
}

func firstOver(limit int) int {
	for v := range seq(100) {
		if v*v > limit {
			return v
		}
	}
	return -1
}

func ranges() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	var n8 int8 = 4
	for i := range n8 {
		fmt.Printf("%T%d ", i, i)
	}
	for range 2 {
		fmt.Print("x ")
	}
	fmt.Println()
	for v := range seq(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range seq(10) {
		if v == 3 {
			break
		}
		fmt.Print(v, " ")
	}
	for v := range seq(6) {
		if v%2 == 0 {
			continue
		}
		fmt.Print("odd", v, " ")
	}
	fmt.Println()
	for s, i := range pairs {
		fmt.Print(s, i, " ")
	}
	fmt.Println()
	fmt.Println("firstOver", firstOver(50))
	defer fmt.Println("deferred in ranges")
	for v := range seq(2) {
		defer fmt.Println("defer from iterator body", v)
	}
}

func selects() {
	ch := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
	select {
	case v, ok := <-ch:
		fmt.Println("received", v, ok)
	default:
		fmt.Println("empty")
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("never")
	default:
		fmt.Println("nil channel never ready")
	}
}

func main() {
	labels()
	gotos()
	switches()
	ranges()
	selects()
}
