// The cost of one call of each kind: a plain call, and a call that defers the same call
// open-coded, stack-allocated and heap-allocated (the strategy each function gets is gc's:
// `gots defers` lists them). Usage: deferkinds direct|open|stack|heap [N]. Prints the
// checksum, then {"ms": elapsed, "ns_per_op": ...} for bench/run.ts.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

var sink int

//go:noinline
func inc(i int) { sink += i & 3 }

//go:noinline
func direct(i int) {
	inc(i)
}

// One top-level defer and nothing else: open-coded.
//
//go:noinline
func openCoded(i int) {
	defer inc(i)
}

// A defer in a loop (which never runs: n is 0) stops open-coding, so the top-level defer
// gets a stack-allocated record.
//
//go:noinline
func stackAlloc(i, n int) {
	defer inc(i)
	for j := 0; j < n; j++ {
		defer inc(j)
	}
}

// A defer in a loop that runs once: a heap-allocated record.
//
//go:noinline
func heapAlloc(i, n int) {
	for j := 0; j < n; j++ {
		defer inc(i)
	}
}

func main() {
	kind := os.Args[1]
	n := 50_000_000
	if len(os.Args) > 2 {
		n, _ = strconv.Atoi(os.Args[2])
	}
	zero, one := len(os.Args)-len(os.Args), 1
	start := time.Now()
	switch kind {
	case "direct":
		for i := 0; i < n; i++ {
			direct(i)
		}
	case "open":
		for i := 0; i < n; i++ {
			openCoded(i)
		}
	case "stack":
		for i := 0; i < n; i++ {
			stackAlloc(i, zero)
		}
	case "heap":
		for i := 0; i < n; i++ {
			heapAlloc(i, one)
		}
	default:
		fmt.Fprintln(os.Stderr, "usage: deferkinds direct|open|stack|heap [N]")
		os.Exit(2)
	}
	el := time.Since(start)
	fmt.Println("checksum", sink)
	fmt.Printf("{\"ms\": %.3f, \"ns_per_op\": %.3f}\n", float64(el.Nanoseconds())/1e6, float64(el.Nanoseconds())/float64(n))
}
