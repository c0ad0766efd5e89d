// Package runtime: the parts of Go's runtime package that programs use. Scheduling is the
// runtime's own (one thread, GOMAXPROCS=1 semantics); memory is managed by the JS engine, so
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

// GC collects nothing (the JS engine collects garbage on its own), but like gc's, whose
// collection cycle involves the scheduler, it lets other goroutines run.
func GC()

// KeepAlive keeps x reachable until this point (always true here).
func KeepAlive(x any) {}

// SetFinalizer is accepted but finalizers never run.
func SetFinalizer(obj any, finalizer any) {}

func NumGoroutine() int

// NumCPU is 1: goroutines share one JS thread.
func NumCPU() int { return 1 }

// GOMAXPROCS reports 1 and ignores changes: there is one thread.
func GOMAXPROCS(n int) int { return 1 }

func LockOSThread() {}

func UnlockOSThread() {}

func NumCgoCall() int64 { return 0 }

// GOROOT is where Go was installed when the program was built; there is none here.
func GOROOT() string { return "/usr/local/go" }

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

func ReadMemStats(m *MemStats) {
	h := heapUsed()
	*m = MemStats{EnableGC: true, Alloc: h, HeapAlloc: h, HeapInuse: h, Sys: h}
}

// heapUsed is the host's heap in use, in bytes (0 when the host does not say).
func heapUsed() uint64

// Breakpoint executes a breakpoint trap: with no debugger attached, gc's program dies of
// SIGTRAP.
func Breakpoint()
