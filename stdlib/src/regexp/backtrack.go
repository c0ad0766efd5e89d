// A depth-first matcher for small searches. It explores threads in priority order, so the
// first match it reaches is the leftmost-first one, and it remembers every (instruction,
// position) pair it has explored: reaching one again cannot succeed where the first visit
// failed, which bounds the work by the program size times the input length. The memory is
// one bit per pair, so it is used only when that product is small.
package regexp

import "regexp/syntax"

const (
	maxBacktrackProg = 500
	maxBacktrackBits = 256 * 1024
)

// canBacktrack reports whether a search of n bytes fits the visited-set budget.
func (re *Regexp) canBacktrack(n int) bool {
	return !re.longest && len(re.prog) <= maxBacktrackProg && len(re.prog)*(n+1) <= maxBacktrackBits
}

type backtracker struct {
	visited []uint32
	jobs    []int
	cap     []int
}

func (re *Regexp) backtrack(s string, pos int, ncap int) (bool, []int) {
	if re.anchored && pos != 0 {
		return false, nil
	}
	b := re.bt
	if b == nil {
		b = &backtracker{}
	} else {
		re.bt = nil
	}
	defer func() { re.bt = b }()
	width := len(s) - pos + 1
	nbits := len(re.prog) * width
	words := (nbits + 31) / 32
	if cap(b.visited) < words {
		b.visited = make([]uint32, words)
	} else {
		b.visited = b.visited[:words]
		for i := range b.visited {
			b.visited[i] = 0
		}
	}
	if len(b.cap) != ncap {
		b.cap = make([]int, ncap)
	}
	for start := pos; start <= len(s); {
		if re.skip != "" {
			k := indexString(s[start:], re.skip)
			if k < 0 {
				return false, nil
			}
			start += k
		}
		for i := range b.cap {
			b.cap[i] = -1
		}
		if ncap > 0 {
			b.cap[0] = start
		}
		if b.try(re, s, pos, width, start) {
			if ncap == 0 {
				return true, nil
			}
			return true, append([]int(nil), b.cap...)
		}
		if re.anchored {
			break
		}
		_, w := decodeAt(s, start)
		if w == 0 {
			break
		}
		start += w
	}
	return false, nil
}

// try explores from the program start at position at. base and width place positions in
// the visited set.
func (b *backtracker) try(re *Regexp, s string, base, width, at int) bool {
	prog := re.prog
	capv := b.cap
	jobs := append(b.jobs[:0], re.start, at)
	defer func() { b.jobs = jobs[:0] }()
	for len(jobs) > 0 {
		pc, pos := jobs[len(jobs)-2], jobs[len(jobs)-1]
		jobs = jobs[:len(jobs)-2]
		if pc < 0 {
			// Undo a capture recorded on the path that just failed.
			capv[-pc-1] = pos
			continue
		}
		for {
			bit := pc*width + pos - base
			if b.visited[bit>>5]&(1<<uint(bit&31)) != 0 {
				break
			}
			b.visited[bit>>5] |= 1 << uint(bit&31)
			in := &prog[pc]
			ok := true
			switch in.op {
			case syntax.InstFail:
				ok = false
			case syntax.InstAlt:
				jobs = append(jobs, in.arg, pos)
				pc = in.out
				continue
			case syntax.InstNop:
				pc = in.out
				continue
			case syntax.InstEmptyWidth:
				r, _ := decodeAt(s, pos)
				ctx := syntax.EmptyOpContext(runeBefore(s, pos), r)
				if syntax.EmptyOp(in.arg)&^ctx != 0 {
					ok = false
					break
				}
				pc = in.out
				continue
			case syntax.InstCapture:
				if in.arg < len(capv) {
					jobs = append(jobs, -(in.arg + 1), capv[in.arg])
					capv[in.arg] = pos
				}
				pc = in.out
				continue
			case syntax.InstMatch:
				if len(capv) > 1 {
					capv[1] = pos
				}
				return true
			default:
				r, w := decodeAt(s, pos)
				switch in.op {
				case syntax.InstRune1:
					ok = r == in.r0
				case syntax.InstRune:
					ok = w > 0 && in.matchRune(r)
				case syntax.InstRuneAny:
					ok = w > 0
				default:
					ok = w > 0 && r != '\n'
				}
				if ok {
					pos += w
					pc = in.out
					continue
				}
			}
			if !ok {
				break
			}
		}
	}
	return false
}
