// JSON Lines processing: a log of events read with one Decoder (values separated by
// newlines, some malformed), per-line decoding with error reporting, aggregation by
// service and status, and a JSON Lines output written with an Encoder.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
)

type Event struct {
	TS      int64             `json:"ts"`
	Service string            `json:"svc"`
	Status  int               `json:"status"`
	Latency float64           `json:"latency_ms"`
	Path    string            `json:"path"`
	Tags    map[string]string `json:"tags,omitempty"`
	Err     *string           `json:"err,omitempty"`
}

const log = `{"ts":1700000000,"svc":"auth","status":200,"latency_ms":12.5,"path":"/login"}
{"ts":1700000001,"svc":"auth","status":401,"latency_ms":3.25,"path":"/login","err":"bad password"}
{"ts":1700000002,"svc":"cart","status":200,"latency_ms":48,"path":"/cart","tags":{"region":"eu"}}
{"ts":1700000003,"svc":"cart","status":"500","latency_ms":120,"path":"/cart/checkout"}
{"ts":1700000004,"svc":"search","status":200,"latency_ms":7.75,"path":"/q?term=<shoes>&page=2"}
{"ts":1700000005,"svc":"cart","status":503,"latency_ms":1e3,"path":"/cart/checkout","err":"upstream \"pay\" down"}
this line is not json
{"ts":1700000006,"svc":"auth","status":200,"latency_ms":9,"path":"/logout"}
{"ts":1700000007,"svc":"search","status":200,"latency_ms":1.5e-1,"path":"/q","tags":{"cache":"hit","region":"us"}}
{"ts":1700000008,"svc":"search","status":204,"latency_ms":0,"path":"/q",}
{"ts":1700000009,"svc":"auth","status":500,"latency_ms":250.125,"path":"/token","err":"db: timeout"}
`

type stat struct {
	n, errors int
	sum, max  float64
	statuses  map[int]int
}

func main() {
	// Pass 1: one decoder for the whole stream stops at the first malformed value.
	dec := json.NewDecoder(strings.NewReader(log))
	count := 0
	for {
		var e Event
		err := dec.Decode(&e)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Printf("stream stopped after %d events at offset %d: %v\n", count, dec.InputOffset(), err)
			break
		}
		count++
	}

	// Pass 2: line by line, skipping bad lines.
	stats := map[string]*stat{}
	var good []Event
	sc := bufio.NewScanner(strings.NewReader(log))
	for ln := 1; sc.Scan(); ln++ {
		var e Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fmt.Printf("line %d: %v\n", ln, err)
			if _, ok := err.(*json.UnmarshalTypeError); !ok {
				continue
			}
		}
		s := stats[e.Service]
		if s == nil {
			s = &stat{statuses: map[int]int{}}
			stats[e.Service] = s
		}
		s.n++
		s.sum += e.Latency
		s.max = math.Max(s.max, e.Latency)
		s.statuses[e.Status]++
		if e.Err != nil || e.Status >= 500 {
			s.errors++
		}
		good = append(good, e)
	}
	names := make([]string, 0, len(stats))
	for n := range stats {
		names = append(names, n)
	}
	sort.Strings(names)
	w := json.NewEncoder(os.Stdout)
	for _, n := range names {
		s := stats[n]
		w.Encode(struct {
			Service  string      `json:"svc"`
			Count    int         `json:"count"`
			Errors   int         `json:"errors"`
			Mean     float64     `json:"mean_ms"`
			Max      float64     `json:"max_ms"`
			Statuses map[int]int `json:"statuses"`
		}{n, s.n, s.errors, s.sum / float64(s.n), s.max, s.statuses})
	}
	// Re-emit the slow requests, HTML escaping off, with a derived field.
	w.SetEscapeHTML(false)
	for _, e := range good {
		if e.Latency < 100 {
			continue
		}
		out := map[string]any{"ts": e.TS, "path": e.Path, "slow_by_ms": e.Latency - 100}
		if e.Err != nil {
			out["err"] = *e.Err
		}
		w.Encode(out)
	}
	// Tags flattened into one sorted list.
	var tags []string
	for _, e := range good {
		for k, v := range e.Tags {
			tags = append(tags, k+"="+v)
		}
	}
	sort.Strings(tags)
	b, _ := json.Marshal(tags)
	fmt.Println(string(b))
}
