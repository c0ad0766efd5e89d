// Request latency statistics: parses durations from log lines, sorts them, and prints
// percentiles, histogram buckets and rounded summaries with Duration's String forms.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

const logText = `GET /a 200 12.5ms
GET /b 200 350µs
POST /c 201 1.25s
GET /a 500 2m3.4s
GET /d 200 999us
GET /a 200 7ms
PUT /e 204 45.123456ms
GET /f 404 0s
GET /a 200 1h0m0.001s
GET /g 200 bogus
GET /h 200 -3ms
GET /i 200 15ns`

func main() {
	var ds []time.Duration
	for _, line := range strings.Split(logText, "\n") {
		f := strings.Fields(line)
		d, err := time.ParseDuration(f[3])
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		ds = append(ds, d)
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	var total time.Duration
	for _, d := range ds {
		total += d
	}
	fmt.Println("n", len(ds), "total", total, "mean", total/time.Duration(len(ds)))
	for _, p := range []int{0, 50, 90, 99, 100} {
		i := p * (len(ds) - 1) / 100
		d := ds[i]
		fmt.Printf("p%-3d %-14v %-10v %-10v %-8v %.3f\n", p, d, d.Round(time.Millisecond), d.Truncate(time.Second), d.Round(time.Minute), d.Seconds())
	}
	buckets := []time.Duration{time.Microsecond, time.Millisecond, 10 * time.Millisecond, time.Second, time.Minute, time.Hour}
	counts := make([]int, len(buckets)+1)
	for _, d := range ds {
		i := sort.Search(len(buckets), func(i int) bool { return d < buckets[i] })
		counts[i]++
	}
	for i, c := range counts {
		label := "+Inf"
		if i < len(buckets) {
			label = "<" + buckets[i].String()
		}
		fmt.Printf("%-8s %s\n", label, strings.Repeat("#", c))
	}
	for _, d := range ds {
		fmt.Printf("%v|%d|%d|%d|%g|%g\n", d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Minutes(), d.Hours())
	}
}
