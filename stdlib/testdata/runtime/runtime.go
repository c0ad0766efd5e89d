package main

import (
	"os"
	"runtime"
	"strconv"
	"strings"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func kind(f func()) (s string) {
	defer func() {
		r := recover()
		if e, ok := r.(runtime.Error); ok {
			s = "runtime.Error: " + e.Error()
		} else if e, ok := r.(error); ok {
			s = "error: " + e.Error()
		} else {
			s = "other"
		}
	}()
	f()
	return "none"
}

func where() string {
	_, file, line, ok := runtime.Caller(1)
	i := strings.LastIndex(file, "/")
	return file[i+1:] + ":" + strconv.Itoa(line) + " " + strconv.FormatBool(ok)
}

func main() {
	out(runtime.GOOS + " " + runtime.GOARCH + " " + runtime.Compiler)
	out(strconv.FormatBool(strings.HasPrefix(runtime.Version(), "go1.23")))
	runtime.GC()
	runtime.Gosched()
	out(strconv.Itoa(runtime.NumGoroutine()))
	out(strconv.FormatBool(runtime.NumCPU() >= 1) + " " + strconv.FormatBool(runtime.GOMAXPROCS(0) >= 1))
	var a []int
	out(kind(func() { _ = a[5] }))
	var m map[string]int
	out(kind(func() { m["x"] = 1 }))
	var p *int
	out(kind(func() { _ = *p }))
	var x any = "s"
	out(kind(func() { _ = x.(int) }))
	zero := 0
	out(kind(func() { _ = 1 / zero }))
	out(kind(func() { panic("plain") }))
	out(where())
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	out(strconv.FormatBool(ms.EnableGC))
	runtime.KeepAlive(ms)
	runtime.SetFinalizer(&ms, nil)
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	f, _ := frames.Next()
	out(f.Function + " " + strconv.FormatBool(n > 0))
	out(runtime.FuncForPC(f.PC).Name())
}
