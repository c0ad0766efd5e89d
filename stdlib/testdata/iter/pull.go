package main

import (
	"fmt"
	"io"
	"iter"
	"maps"
	"slices"
	"strings"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("got", v)
	}
	fmt.Println(next())
	stop()
	next, stop = iter.Pull(count(10))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	fmt.Println(next())
	stop()
	_, stop = iter.Pull(count(10))
	stop()
	n2, s2 := iter.Pull2(maps.All(map[string]int{"a": 1}))
	k, v, ok := n2()
	fmt.Println(k, v, ok)
	k, v, ok = n2()
	fmt.Println(k, v, ok)
	s2()
	np, sp := iter.Pull(func(yield func(int) bool) { yield(1); panic("boom") })
	fmt.Println(np())
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		np()
	}()
	sp()
	fmt.Println(slices.Collect(count(2)))

	r, w := io.Pipe()
	go func() {
		fmt.Fprint(w, "hello, ")
		fmt.Fprint(w, "pipe")
		w.Close()
	}()
	data, err := io.ReadAll(r)
	fmt.Println(string(data), err)
	r2, w2 := io.Pipe()
	go func() {
		buf := make([]byte, 3)
		n, _ := r2.Read(buf)
		fmt.Println("read", string(buf[:n]))
		r2.CloseWithError(fmt.Errorf("reader gone"))
	}()
	n, err := w2.Write([]byte("abcdef"))
	fmt.Println(n, err)
	_, err = w2.Write([]byte("x"))
	fmt.Println(err)
	r3, w3 := io.Pipe()
	w3.CloseWithError(io.ErrUnexpectedEOF)
	_, err = r3.Read(make([]byte, 1))
	fmt.Println(err)
	var sb strings.Builder
	r4, w4 := io.Pipe()
	go func() { io.Copy(w4, strings.NewReader(strings.Repeat("z", 100000))); w4.Close() }()
	io.Copy(&sb, r4)
	fmt.Println(sb.Len())
}
