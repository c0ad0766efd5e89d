// A fixed-size history buffer (moving average) built on container/ring.
package main

import (
	"container/ring"
	"fmt"
)

type window struct {
	r    *ring.Ring
	full int
}

func (w *window) add(v float64) {
	w.r.Value = v
	w.r = w.r.Next()
	if w.full < w.r.Len() {
		w.full++
	}
}

func (w *window) avg() float64 {
	sum, n := 0.0, 0
	w.r.Do(func(x any) {
		if x != nil {
			sum += x.(float64)
			n++
		}
	})
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

func main() {
	w := &window{r: ring.New(5)}
	fmt.Println("empty avg", w.avg(), "len", w.r.Len())
	x := 3.0
	for i := 0; i < 12; i++ {
		x = x*1.7 - float64(i)
		if x > 50 {
			x -= 47
		}
		w.add(x)
		fmt.Printf("step %2d add %8.3f avg %8.4f full %d\n", i, x, w.avg(), w.full)
	}
	var hist []any
	w.r.Do(func(v any) { hist = append(hist, v) })
	fmt.Printf("%.2f\n", hist)

	// Grow the ring by linking in fresh elements.
	w.r.Prev().Link(ring.New(3))
	fmt.Println("grown len", w.r.Len(), "avg", w.avg())
	var z ring.Ring
	fmt.Println("zero ring len", z.Len(), z.Value)
}
