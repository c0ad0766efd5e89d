// The matching machine: a breadth-first simulation of the program (Pike's construction).
// All threads advance together one rune at a time; a thread that reaches an instruction
// another thread already holds at the same position is dropped, so the work per input
// byte is bounded by the program's size. Threads are kept in priority order, which gives
// Perl's leftmost-first choice; in longest mode a later, longer match replaces an earlier
// one. Each thread carries the capture positions it has recorded.
package regexp

import (
	"regexp/syntax"
	"unicode/utf8"
)

// inst is a program instruction in the form the machine reads fastest.
type inst struct {
	op    syntax.InstOp
	out   int
	arg   int
	r0    rune   // the rune of a one-rune instruction
	runes []rune // lo, hi pairs of a class
}

func lowerProg(p *syntax.Prog) []inst {
	out := make([]inst, len(p.Inst))
	for i := range p.Inst {
		in := &p.Inst[i]
		out[i] = inst{op: in.Op, out: int(in.Out), arg: int(in.Arg), runes: in.Rune}
		if in.Op == syntax.InstRune1 {
			out[i].r0 = in.Rune[0]
		}
	}
	return out
}

func (in *inst) matchRune(r rune) bool {
	rs := in.runes
	n := len(rs)
	if n <= 16 {
		for i := 0; i < n; i += 2 {
			if r < rs[i] {
				return false
			}
			if r <= rs[i+1] {
				return true
			}
		}
		return false
	}
	lo, hi := 0, n/2
	for lo < hi {
		m := (lo + hi) / 2
		if r < rs[2*m] {
			hi = m
		} else if r > rs[2*m+1] {
			lo = m + 1
		} else {
			return true
		}
	}
	return false
}

// queue is an ordered set of threads keyed by instruction (a sparse set), each with its
// capture slots.
type queue struct {
	sparse []int
	pcs    []int
	caps   [][]int
	n      int
}

func newQueue(size, ncap int) *queue {
	q := &queue{sparse: make([]int, size), pcs: make([]int, size), caps: make([][]int, size)}
	return q
}

type machine struct {
	re       *Regexp
	prog     []inst
	q0, q1   *queue
	ncap     int
	matchcap []int
	startcap []int
	matched  bool
	stack    []int
}

// getMachine takes an idle machine for ncap slots (a callback may search with the same
// Regexp while an outer search is under way, so each search has its own).
func (re *Regexp) getMachine(ncap int) *machine {
	var m *machine
	if n := len(re.free); n > 0 {
		m = re.free[n-1]
		re.free = re.free[:n-1]
	} else {
		m = &machine{re: re, prog: re.prog, q0: newQueue(len(re.prog), 0), q1: newQueue(len(re.prog), 0)}
	}
	if len(m.matchcap) != ncap {
		m.matchcap = make([]int, ncap)
		m.startcap = make([]int, ncap)
		for _, q := range []*queue{m.q0, m.q1} {
			for i := range q.caps {
				q.caps[i] = nil
			}
		}
	}
	m.ncap = ncap
	return m
}

func (re *Regexp) putMachine(m *machine) {
	re.free = append(re.free, m)
}

// exec searches s from pos, recording ncap capture slots; it reports whether a match was
// found and, if so, the slots (a fresh slice; -1 for groups that did not take part).
func (re *Regexp) exec(s string, pos int, ncap int) (bool, []int) {
	if ncap > re.numCap {
		ncap = re.numCap
	}
	if re.canBacktrack(len(s) - pos) {
		return re.backtrack(s, pos, ncap)
	}
	m := re.getMachine(ncap)
	ok := m.run(s, pos)
	var caps []int
	if ok && ncap > 0 {
		caps = append([]int(nil), m.matchcap...)
	}
	re.putMachine(m)
	return ok, caps
}

// decodeAt reads the rune at i: -1 and width 0 at the end, U+FFFD and width 1 for a byte
// that does not begin valid UTF-8.
func decodeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func runeBefore(s string, i int) rune {
	if i <= 0 {
		return -1
	}
	c := s[i-1]
	if c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func indexString(s, sub string) int {
	n := len(sub)
	c := sub[0]
	for i := 0; i+n <= len(s); i++ {
		if s[i] == c && s[i:i+n] == sub {
			return i
		}
	}
	return -1
}

func (m *machine) run(s string, pos int) bool {
	re := m.re
	prog := m.prog
	ncap := m.ncap
	longest := re.longest
	anchored := re.anchored
	runq, nextq := m.q0, m.q1
	runq.n = 0
	nextq.n = 0
	m.matched = false
	for i := range m.matchcap {
		m.matchcap[i] = -1
	}
	end := len(s)
	prev := runeBefore(s, pos)
	for {
		if runq.n == 0 {
			if m.matched || anchored && pos != 0 {
				break
			}
			if re.skip != "" && pos < end {
				// No thread is alive: jump to the next place the required prefix occurs.
				k := indexString(s[pos:], re.skip)
				if k < 0 {
					break
				}
				if k > 0 {
					pos += k
					prev = runeBefore(s, pos)
				}
			}
		}
		r, w := decodeAt(s, pos)
		if !m.matched && (pos == 0 || !anchored) {
			c := m.startcap
			for i := range c {
				c[i] = -1
			}
			if ncap > 0 {
				c[0] = pos
			}
			m.add(runq, re.start, pos, c, syntax.EmptyOpContext(prev, r))
		}
		haveCtx := false
		var ctx syntax.EmptyOp
	steps:
		for j := 0; j < runq.n; j++ {
			in := &prog[runq.pcs[j]]
			var t []int
			if ncap > 0 {
				t = runq.caps[j]
			}
			ok := false
			switch in.op {
			case syntax.InstMatch:
				if ncap > 0 {
					if longest && m.matched && m.matchcap[0] < t[0] {
						continue
					}
					if !longest || !m.matched || m.matchcap[1] < pos {
						t[1] = pos
						copy(m.matchcap, t)
					}
				}
				m.matched = true
				if !longest {
					// Threads after this one have lower priority: drop them.
					break steps
				}
				continue
			case syntax.InstRune1:
				ok = r == in.r0
			case syntax.InstRune:
				ok = w > 0 && in.matchRune(r)
			case syntax.InstRuneAny:
				ok = w > 0
			case syntax.InstRuneAnyNotNL:
				ok = w > 0 && r != '\n'
			default:
				continue
			}
			if !ok {
				continue
			}
			if longest && m.matched && ncap > 0 && m.matchcap[0] < t[0] {
				continue
			}
			if !haveCtx {
				r2, _ := decodeAt(s, pos+w)
				ctx = syntax.EmptyOpContext(r, r2)
				haveCtx = true
			}
			m.add(nextq, in.out, pos+w, t, ctx)
		}
		runq.n = 0
		if ncap == 0 && m.matched {
			break
		}
		if w == 0 {
			break
		}
		prev = r
		pos += w
		runq, nextq = nextq, runq
	}
	return m.matched
}

// add puts the thread entering pc at pos on q, following jumps, group marks and assertions
// (ctx holds the assertions true at pos) in priority order. cap is the thread's slots; it
// is changed while following group marks and restored before add returns.
func (m *machine) add(q *queue, pc0 int, pos int, cap []int, ctx syntax.EmptyOp) {
	prog := m.prog
	stk := append(m.stack[:0], pc0)
	for len(stk) > 0 {
		x := stk[len(stk)-1]
		stk = stk[:len(stk)-1]
		if x < 0 {
			// Restore a slot changed by a group mark: the value sits below the marker.
			cap[-x-1] = stk[len(stk)-1]
			stk = stk[:len(stk)-1]
			continue
		}
		k := q.sparse[x]
		if k < q.n && q.pcs[k] == x {
			continue
		}
		k = q.n
		q.n++
		q.sparse[x] = k
		q.pcs[k] = x
		in := &prog[x]
		switch in.op {
		case syntax.InstFail:
		case syntax.InstAlt:
			stk = append(stk, in.arg, in.out)
		case syntax.InstNop:
			stk = append(stk, in.out)
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.arg)&^ctx == 0 {
				stk = append(stk, in.out)
			}
		case syntax.InstCapture:
			if in.arg < len(cap) {
				stk = append(stk, cap[in.arg], -(in.arg + 1))
				cap[in.arg] = pos
			}
			stk = append(stk, in.out)
		default:
			if len(cap) > 0 {
				c := q.caps[k]
				if c == nil {
					c = make([]int, len(cap))
					q.caps[k] = c
				}
				copy(c, cap)
			}
		}
	}
	m.stack = stk
}
