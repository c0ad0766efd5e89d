// A job runner that turns worker panics into reports with debug.Stack (function names only,
// as paths differ between machines), keeps going, and finally crashes on a job it does not
// guard, after asking for every goroutine in the crash report with debug.SetTraceback.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
)

type Job struct {
	name string
	run  func() int
}

type Report struct {
	job    string
	reason string
	frames []string
}

// frames keeps the function names of a debug.Stack trace, from the panic on.
func frames(stack []byte) []string {
	var out []string
	seen := false
	for _, line := range strings.Split(string(stack), "\n") {
		if line == "" || strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "goroutine ") {
			continue
		}
		name := line[:strings.LastIndex(line, "(")]
		if name == "panic" {
			seen = true
		}
		if seen && name != "panic" {
			out = append(out, name)
		}
	}
	return out
}

func guard(job Job) (result int, rep *Report) {
	defer func() {
		if r := recover(); r != nil {
			rep = &Report{job: job.name, reason: fmt.Sprint(r), frames: frames(debug.Stack())}
		}
	}()
	return job.run(), nil
}

type Matrix [][]float64

func (m Matrix) At(i, j int) float64 { return m[i][j] }

type Config struct{ limits map[string]int }

func (c *Config) Limit(k string) int { return c.limits[k] }

var errQuota = errors.New("quota exceeded")

func main() {
	m := Matrix{{1, 2}, {3, 4}}
	var cfg *Config
	jobs := []Job{
		{"sum", func() int { return int(m.At(0, 0) + m.At(1, 1)) }},
		{"out of range", func() int { return int(m.At(2, len(os.Args))) }},
		{"nil config", func() int { return cfg.Limit("cpu") }},
		{"quota", func() int { panic(fmt.Errorf("job stopped: %w", errQuota)) }},
		{"ok", func() int { return 42 }},
	}
	for _, j := range jobs {
		res, rep := guard(j)
		if rep != nil {
			fmt.Printf("%-12s FAILED: %s\n", j.name, rep.reason)
			fmt.Printf("%-12s at %s\n", "", strings.Join(rep.frames, " <- "))
			continue
		}
		fmt.Printf("%-12s = %d\n", j.name, res)
	}
	debug.SetTraceback("all")
	started := make(chan bool)
	go func() {
		started <- true
		select {}
	}()
	<-started
	fmt.Println("unguarded job:")
	fmt.Println(jobs[1].run())
}
