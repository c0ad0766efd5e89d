// Stack inspection as gc reports it: runtime.Callers counts itself as frame 0, program
// counters are return addresses (pc-1 names the same function), and the stack ends in
// runtime.main and runtime.goexit (main goroutine) or runtime.goexit (others). Memory
// statistics: Sys never shrinks, NumGC and NumForcedGC count runtime.GC, the heap profile
// API exists. runtime.Stack starts at its caller. //line directives rename positions; one
// without a file name gives "??".
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(file string) string { return file[strings.LastIndex(file, "/")+1:] }

func callers(tag string, skip int) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip, pcs)
	var names []string
	for _, pc := range pcs[:n] {
		f := runtime.FuncForPC(pc - 1)
		names = append(names, f.Name())
		if f.Entry() > pc {
			fmt.Println("entry after pc")
		}
	}
	fmt.Println(tag, skip, names)
	fr := runtime.CallersFrames(pcs[:n])
	for {
		f, more := fr.Next()
		fmt.Println("  ", f.Function, base(f.File), f.Line > 0)
		if !more {
			break
		}
	}
}

func leaf(tag string) {
	for skip := 0; skip < 4; skip++ {
		callers(tag, skip)
	}
	for i := 0; i < 6; i++ {
		pc, file, line, ok := runtime.Caller(i)
		fmt.Println(tag, "Caller", i, runtime.FuncForPC(pc).Name(), base(file), line > 0, ok)
	}
}

func middle(tag string) { leaf(tag) }

func main() {
	middle("main")
	done := make(chan bool)
	go func() {
		middle("go")
		done <- true
	}()
	<-done

	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	first := strings.SplitN(string(buf[:n]), "\n", 3)
	fmt.Println(first[0], first[1])

	lines()

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	sys, gcs, forced := m.Sys, m.NumGC, m.NumForcedGC
	keep := make([][]int, 0)
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]int, 1000))
	}
	keep = nil
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.Sys >= sys, m.NumGC >= gcs+2, m.NumForcedGC-forced, m.HeapAlloc == m.Alloc, m.Alloc > 0)
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = 0
	var recs [10]runtime.MemProfileRecord
	k, ok := runtime.MemProfile(recs[:], true)
	fmt.Println(k <= len(recs), ok)
}

// lines comes last: a //line directive renames every position after it in the file.
func lines() {
	report := func() string {
		_, file, line, _ := runtime.Caller(1)
		return fmt.Sprint(file, ":", line)
	}
//line :7
	fmt.Println(report())
//line renamed.go:40
	fmt.Println(report())
}
