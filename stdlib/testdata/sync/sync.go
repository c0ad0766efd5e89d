package main

import (
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	out("counter " + strconv.Itoa(counter))
	out(strconv.FormatBool(mu.TryLock()) + strconv.FormatBool(mu.TryLock()))
	mu.Unlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { out("once") })
	}
	f := sync.OnceValue(func() int { out("computing"); return 42 })
	out(strconv.Itoa(f()) + strconv.Itoa(f()))
	g := sync.OnceFunc(func() { panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { out("recovered " + recover().(string)) }()
			g()
		}()
	}
	a, b := sync.OnceValues(func() (string, error) { return "v", nil })()
	out(a + strconv.FormatBool(b == nil))

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	out(strconv.FormatBool(rw.TryLock()))
	rw.RUnlock()
	rw.RUnlock()
	out(strconv.FormatBool(rw.TryLock()) + strconv.FormatBool(rw.TryRLock()))
	rw.Unlock()

	// Readers and a writer.
	shared := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg2.Add(2)
		go func() {
			defer wg2.Done()
			rw.Lock()
			shared++
			rw.Unlock()
		}()
		go func() {
			defer wg2.Done()
			rw.RLock()
			_ = shared
			rw.RUnlock()
		}()
	}
	wg2.Wait()
	out("shared " + strconv.Itoa(shared))

	var m sync.Map
	m.Store("a", 1)
	v, ok := m.Load("a")
	out(strconv.Itoa(v.(int)) + strconv.FormatBool(ok))
	act, loaded := m.LoadOrStore("a", 2)
	out(strconv.Itoa(act.(int)) + strconv.FormatBool(loaded))
	act, loaded = m.LoadOrStore("b", 3)
	out(strconv.Itoa(act.(int)) + strconv.FormatBool(loaded))
	out(strconv.FormatBool(m.CompareAndSwap("b", 3, 4)) + strconv.FormatBool(m.CompareAndSwap("b", 3, 5)))
	prev, loaded := m.Swap("b", 6)
	out(strconv.Itoa(prev.(int)) + strconv.FormatBool(loaded))
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	out(strconv.Itoa(n))
	m.Delete("a")
	_, ok = m.Load("a")
	val, loaded := m.LoadAndDelete("b")
	out(strconv.FormatBool(ok) + strconv.Itoa(val.(int)) + strconv.FormatBool(loaded) + strconv.FormatBool(m.CompareAndDelete("zz", 1)))

	p := sync.Pool{New: func() any { return "new" }}
	out(p.Get().(string))
	p.Put("x")
	p.Put("y")
	out(p.Get().(string) + p.Get().(string) + p.Get().(string))

	c := sync.NewCond(&mu)
	ready := 0
	var wg3 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg3.Add(1)
		go func(i int) {
			defer wg3.Done()
			mu.Lock()
			for ready == 0 {
				c.Wait()
			}
			out("woke " + strconv.Itoa(i))
			mu.Unlock()
		}(i)
	}
	for i := 0; i < 5; i++ {
		runtimeYield()
	}
	mu.Lock()
	ready = 1
	c.Broadcast()
	mu.Unlock()
	wg3.Wait()

	var i32 int32
	var u64 uint64
	atomic.AddInt32(&i32, 5)
	atomic.AddUint64(&u64, 1<<63)
	out(strconv.Itoa(int(atomic.LoadInt32(&i32))) + " " + strconv.FormatUint(atomic.LoadUint64(&u64), 10))
	out(strconv.FormatBool(atomic.CompareAndSwapInt32(&i32, 5, 7)) + strconv.FormatBool(atomic.CompareAndSwapInt32(&i32, 5, 9)) + strconv.Itoa(int(atomic.SwapInt32(&i32, 1))) + strconv.Itoa(int(i32)))
	out(strconv.Itoa(int(atomic.OrInt32(&i32, 6))) + strconv.Itoa(int(atomic.AndInt32(&i32, 3))) + strconv.Itoa(int(i32)))
	var ai atomic.Int64
	ai.Store(10)
	ai.Add(-3)
	var ab atomic.Bool
	ab.Store(true)
	out(strconv.FormatInt(ai.Load(), 10) + strconv.FormatBool(ab.Load()) + strconv.FormatBool(ab.CompareAndSwap(true, false)) + strconv.FormatBool(ab.Load()))
	var ap atomic.Pointer[string]
	s := "ptr"
	out(strconv.FormatBool(ap.Load() == nil) + strconv.FormatBool(ap.CompareAndSwap(nil, &s)) + *ap.Load())
	var av atomic.Value
	out(strconv.FormatBool(av.Load() == nil))
	av.Store(1)
	out(strconv.Itoa(av.Load().(int)) + strconv.FormatBool(av.CompareAndSwap(1, 2)) + strconv.Itoa(av.Swap(3).(int)))
	func() {
		defer func() { out("panic: " + recover().(string)) }()
		av.Store("s")
	}()
	func() {
		defer func() { out("panic: " + recover().(string)) }()
		var w sync.WaitGroup
		w.Done()
	}()
	mu.Unlock()
}

func runtimeYield() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	<-ch
}
