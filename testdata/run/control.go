// Control flow: labels with break and continue (out of loops, switches and selects), goto
// forward and backward, switch with fallthrough, without a tag and with an init statement.
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

func main() {
	labels()
	gotos()
	switches()
}
