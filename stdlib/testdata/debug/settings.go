// runtime/debug's settings: each setter returns the previous value, starting from gc's
// defaults; collection statistics grow with runtime.GC and FreeOSMemory.
package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"time"
)

func main() {
	fmt.Println("gc percent:", debug.SetGCPercent(50), debug.SetGCPercent(-20), debug.SetGCPercent(100))
	fmt.Println("memory limit:", debug.SetMemoryLimit(-1) == math.MaxInt64, debug.SetMemoryLimit(1<<30),
		debug.SetMemoryLimit(-1), debug.SetMemoryLimit(math.MaxInt64))
	fmt.Println("max stack:", debug.SetMaxStack(1<<20), debug.SetMaxStack(1000000000))
	fmt.Println("max threads:", debug.SetMaxThreads(20), debug.SetMaxThreads(10000))
	fmt.Println("panic on fault:", debug.SetPanicOnFault(true), debug.SetPanicOnFault(true))
	// The setting belongs to the goroutine: a new one starts without it.
	done := make(chan bool)
	go func() { done <- debug.SetPanicOnFault(false) }()
	fmt.Println("in a new goroutine:", <-done, "back in main:", debug.SetPanicOnFault(false))
	debug.SetTraceback("single")

	var s debug.GCStats
	debug.ReadGCStats(&s)
	before := s.NumGC
	fmt.Println("pauses match NumGC:", int64(len(s.Pause)) == s.NumGC, len(s.PauseEnd) == len(s.Pause))
	runtime.GC()
	runtime.GC()
	debug.FreeOSMemory()
	s.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&s)
	fmt.Println("three more collections:", s.NumGC-before >= 3)
	fmt.Println("history:", len(s.Pause) >= 3, len(s.PauseEnd) == len(s.Pause))
	fmt.Println("last end is the newest:", s.PauseEnd[0].Equal(s.LastGC), time.Since(s.LastGC) < time.Minute)
	q := s.PauseQuantiles
	fmt.Println("quantiles ordered:", q[0] <= q[1] && q[1] <= q[2] && q[2] <= q[3] && q[3] <= q[4], q[4] <= s.PauseTotal)
	// A buffer too small is replaced; a big one is reused.
	s.Pause = make([]time.Duration, 0, 1000)
	p := &s.Pause[:1][0]
	debug.ReadGCStats(&s)
	fmt.Println("reused:", &s.Pause[0] == p)
	s.PauseQuantiles = nil
	debug.ReadGCStats(&s)
	fmt.Println("no quantiles asked:", s.PauseQuantiles == nil)
}
