// Package runtime/debug: the runtime's tuning knobs and reports. Memory is the JS engine's,
// so the collector settings (GC percent, memory limit) are remembered and reported back but
// steer nothing; collection statistics count runtime.GC's collections (with their measured
// pause) and the ones the host made on its own that heap readings revealed.
package debug

import (
	"runtime"
	"time"
)

// GCStats collects information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats: the last 256
// collections at most, newest first, reusing stats.Pause and stats.PauseEnd when they are
// large enough. A non-empty stats.PauseQuantiles gets the minimum, evenly spaced quantiles
// and the maximum of the recorded pauses.
func ReadGCStats(stats *GCStats) {
	last, total, pauses, ends := gcHistory()
	n := len(pauses)
	stats.NumGC = int64(numGC())
	stats.LastGC = time.Unix(0, last)
	stats.PauseTotal = time.Duration(total)
	if cap(stats.Pause) < n {
		stats.Pause = make([]time.Duration, n)
	}
	stats.Pause = stats.Pause[:n]
	if cap(stats.PauseEnd) < n {
		stats.PauseEnd = make([]time.Time, n)
	}
	stats.PauseEnd = stats.PauseEnd[:n]
	for i := 0; i < n; i++ {
		stats.Pause[i] = time.Duration(pauses[i])
		stats.PauseEnd[i] = time.Unix(0, ends[i])
	}
	q := stats.PauseQuantiles
	if len(q) == 0 {
		return
	}
	if n == 0 {
		clear(q)
		return
	}
	sorted := make([]time.Duration, n)
	copy(sorted, stats.Pause)
	insertionSort(sorted)
	last1 := len(q) - 1
	for i := 0; i < last1; i++ {
		q[i] = sorted[n*i/last1]
	}
	q[last1] = sorted[n-1]
}

func insertionSort(a []time.Duration) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// gcHistory reports the last collection's end (Unix ns, 0 before the first), the total
// pause, and the recorded pauses and their ends, newest first.
func gcHistory() (last, total int64, pauses, ends []int64)

// numGC is runtime.MemStats.NumGC.
func numGC() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}

var gcPercent = readGOGC()

// readGOGC is $GOGC as gc reads it: "off" is -1, a number is itself, anything else 100.
func readGOGC() int {
	s := getenv("GOGC")
	if s == "off" {
		return -1
	}
	if n, ok := atoi32(s); ok {
		return n
	}
	return 100
}

func atoi32(s string) (int, bool) {
	neg := false
	if s != "" && s[0] == '-' {
		neg = true
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
		if n > 1<<31 {
			return 0, false
		}
	}
	if neg {
		n = -n
	}
	if n < -1<<31 || n > 1<<31-1 {
		return 0, false
	}
	return n, true
}

// SetGCPercent sets the collection target percentage and returns the previous one (100, or
// $GOGC, at the start); a negative value, reported back as -1, turns collection off. gots
// only remembers the setting: the JS engine decides when to collect.
func SetGCPercent(percent int) int {
	old := gcPercent
	if percent < 0 {
		percent = -1
	}
	gcPercent = percent
	return old
}

// FreeOSMemory forces a garbage collection (the JS engine returns memory as it sees fit).
func FreeOSMemory() {
	runtime.GC()
}

var maxStack = 1000000000

// SetMaxStack sets the most memory one goroutine's stack may use and returns the previous
// limit (1 GB at the start). gots' stacks are the JS thread's: the setting shows only in the
// report of a stack overflow.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	setStackLimitText(bytes)
	return old
}

func setStackLimitText(bytes int)

var maxThreads = 10000

// SetMaxThreads sets the most operating system threads the program may use and returns the
// previous limit (10000 at the start). gots runs on one thread.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetPanicOnFault controls whether the calling goroutine panics instead of crashing on a
// fault at an unexpected address, and returns the previous setting. JS has no such faults
// (nil dereferences panic either way): the setting is only remembered, per goroutine.
func SetPanicOnFault(enabled bool) bool

// SetTraceback sets how much a crash report shows, with the levels of $GOTRACEBACK ("none",
// "single", "all", "system", "crash"); a level below $GOTRACEBACK's is ignored. From "all"
// on, a report also lists the other goroutines.
func SetTraceback(level string)

var memoryLimit = readGOMEMLIMIT()

// readGOMEMLIMIT is $GOMEMLIMIT as gc reads it: bytes with an optional B, KiB, MiB, GiB or
// TiB suffix, or "off"; the limit is unlimited (math.MaxInt64) without one.
func readGOMEMLIMIT() int64 {
	const unlimited = 1<<63 - 1
	s := getenv("GOMEMLIMIT")
	if s == "" || s == "off" {
		return unlimited
	}
	units := []struct {
		suffix string
		shift  uint
	}{{"TiB", 40}, {"GiB", 30}, {"MiB", 20}, {"KiB", 10}, {"B", 0}}
	shift := uint(0)
	for _, u := range units {
		if len(s) > len(u.suffix) && s[len(s)-len(u.suffix):] == u.suffix {
			s = s[:len(s)-len(u.suffix)]
			shift = u.shift
			break
		}
	}
	var n int64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || n > (unlimited-9)/10 {
			return unlimited
		}
		n = n*10 + int64(s[i]-'0')
	}
	if s == "" || n > unlimited>>shift {
		return unlimited
	}
	return n << shift
}

// SetMemoryLimit sets the soft memory limit and returns the previous one (math.MaxInt64, or
// $GOMEMLIMIT, at the start); a negative limit only reads it. gots only remembers it.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// getenv reads the process environment (without importing os's initialization order).
func getenv(key string) string
