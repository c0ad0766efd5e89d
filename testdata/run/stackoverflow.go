// Unbounded recursion: deep but finite recursion works (gc grows stacks up to 1 GB), endless
// recursion is a fatal "stack overflow" error that recover cannot stop.
package main

import "fmt"

type tree struct {
	left, right *tree
	val         int
}

func build(depth int) *tree {
	if depth == 0 {
		return nil
	}
	return &tree{build(depth - 1), nil, depth}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.sum() + t.right.sum()
}

func countDown(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + countDown(n-1)
}

func forever(n int, acc []int) int {
	return forever(n+1, acc) + len(acc)
}

func main() {
	fmt.Println(countDown(50000), countDown(300000))
	fmt.Println(build(100000).sum())
	defer func() {
		fmt.Println("never: stack overflow is not recoverable", recover())
	}()
	fmt.Println(forever(0, []int{1, 2}))
}
