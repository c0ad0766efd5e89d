// Benchmark program: four producers on their own channels merged by a select loop
// (100,000 values each) until every channel is closed, measuring select.
package main

import "fmt"

func produce(n, base int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- base + i
		}
		close(c)
	}()
	return c
}

func main() {
	const n = 100000
	a, b, c, d := produce(n, 0), produce(n, n), produce(n, 2*n), produce(n, 3*n)
	sum, count := 0, 0
	for a != nil || b != nil || c != nil || d != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			sum += v
		case v, ok := <-d:
			if !ok {
				d = nil
				continue
			}
			sum += v
		}
		count++
	}
	fmt.Println(count, sum)
}
