// Package runtime: the parts of Go's runtime package that programs use. Scheduling is the
// runtime's own (GOMAXPROCS Ps taking turns on one thread); memory is managed by the JS engine, so
// GC, finalizers and memory statistics are stand-ins.
package runtime

const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

// Version is the Go release whose behaviour gots reproduces.
func Version() string { return "go1.23.5" }

// Error is the interface of run-time panics (index out of range, nil dereference, failed
// type assertions...). The runtime's error types implement it.
type Error interface {
	error
	RuntimeError()
}

// Gosched lets other goroutines run.
func Gosched()

// Goexit ends the calling goroutine after running its deferred calls.
func Goexit()

// GC asks the host for a full collection (Node: V8's) and hands the finalizers of objects it
// found unreachable to the finalizer goroutine; like gc's, whose collection cycle involves
// the scheduler, it lets other goroutines run (the finalizer goroutine first).
func GC()

// KeepAlive marks x as used at this point, so that its finalizer cannot run before.
func KeepAlive(x any)

// SetFinalizer sets (or, with a nil finalizer, clears) the function the finalizer goroutine
// calls with obj once obj is unreachable, with gc's checks of both arguments. Finalizers run
// only on hosts that can watch objects for collection (Node; not MemoryHost).
func SetFinalizer(obj any, finalizer any)

func NumGoroutine() int

// NumCPU is the host's number of CPUs (1 where the host does not say).
func NumCPU() int

// GOMAXPROCS sets the number of Ps when n > 0 and returns the previous number. The Ps take
// turns on one JS thread, so more of them change interleavings, not speed.
func GOMAXPROCS(n int) int

func LockOSThread() {}

func UnlockOSThread() {}

func NumCgoCall() int64 { return 0 }

// GOROOT is $GOROOT when set, as with gc; otherwise where Go was installed when the
// program was built, for which gots has no answer but gc's default.
func GOROOT() string {
	if s := getenv("GOROOT"); s != "" {
		return s
	}
	return "/usr/local/go"
}

// getenv reads the process environment (the runtime cannot import os).
func getenv(key string) string

// MemStats has the fields of gc's. gots knows only the host's heap in use, which it reports
// as Alloc, HeapAlloc, HeapInuse and Sys; the other statistics are zero.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats reports the host's heap in use as Alloc, HeapAlloc and HeapInuse, and the
// most it has been as Sys and HeapSys (gc's Sys, memory obtained from the system, does not
// shrink when the heap does). NumGC counts the runtime.GC calls (NumForcedGC) and the
// collections the host made on its own that the readings show (the heap in use shrank
// since the last reading); the other statistics are zero.
func ReadMemStats(m *MemStats) {
	h, sys, numGC, forced := memStats()
	*m = MemStats{EnableGC: true, Alloc: h, HeapAlloc: h, HeapInuse: h, Sys: sys, HeapSys: sys,
		NumGC: numGC, NumForcedGC: forced}
}

func memStats() (inuse, sys uint64, numGC, numForcedGC uint32)

// MemProfileRate is gc's heap profiling rate. gots does not sample allocations: every
// profile is empty whatever the rate.
var MemProfileRate int = 512 * 1024

// MemProfileRecord describes the live objects allocated by one call stack.
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

func (r *MemProfileRecord) InUseBytes() int64   { return r.AllocBytes - r.FreeBytes }
func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

// Stack returns the call stack of the record, up to the first zero entry.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfile reports the heap profile, which holds no records here (allocations are not
// sampled): n is 0 and ok is true.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	return 0, true
}

// Breakpoint executes a breakpoint trap: with no debugger attached, gc's program dies of
// SIGTRAP.
func Breakpoint()
