// Call-stack inspection, from the JS stack mapped back to Go functions and lines. Program
// counters are made-up addresses handed out per recorded frame (function, file, line), each
// frame owning a small range so that pc-1 names the same frame as pc, as with gc's return
// addresses.
package runtime

// Caller reports the file and line of the function skip frames above the caller of Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers records program counters of the calling goroutine's stack, skipping skip frames
// (0 is Callers itself), and returns how many it stored.
func Callers(skip int, pc []uintptr) int

// frameOf describes a program counter handed out by Caller or Callers.
func frameOf(pc uintptr) (function, file string, line int, ok bool)

// frameEntry is the first address of pc's frame range (0 for an unknown pc).
func frameEntry(pc uintptr) uintptr

// Func describes a function.
type Func struct {
	pc uintptr
}

// funcs holds one Func per frame entry, so that FuncForPC gives the same *Func for every
// pc of a frame, as gc's (which point into its function table) are.
var funcs map[uintptr]*Func

// FuncForPC returns the function holding pc, or nil when pc is unknown.
func FuncForPC(pc uintptr) *Func {
	if _, _, _, ok := frameOf(pc); !ok {
		return nil
	}
	entry := frameEntry(pc)
	if f := funcs[entry]; f != nil {
		return f
	}
	if funcs == nil {
		funcs = make(map[uintptr]*Func)
	}
	f := &Func{entry}
	funcs[entry] = f
	return f
}

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	name, _, _, _ := frameOf(f.pc)
	return name
}

func (f *Func) Entry() uintptr { return frameEntry(f.pc) }

func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _ = frameOf(pc)
	return
}

// Frame is one stack frame as CallersFrames reports it.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames iterates over the frames of a Callers result.
type Frames struct {
	pcs []uintptr
}

func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers}
}

// Next returns the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.pcs) > 0 {
		pc := ci.pcs[0]
		ci.pcs = ci.pcs[1:]
		name, file, line, ok := frameOf(pc)
		if !ok {
			continue
		}
		frame = Frame{PC: pc, Func: FuncForPC(pc), Function: name, File: file, Line: line, Entry: frameEntry(pc)}
		return frame, len(ci.pcs) > 0
	}
	return Frame{}, false
}

// Stack writes a traceback of the calling goroutine into buf and returns its length.
func Stack(buf []byte, all bool) int {
	s := stackText()
	return copy(buf, s)
}

func stackText() string
