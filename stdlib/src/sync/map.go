// Map and Pool.
package sync

// Map is a map safe for concurrent use; here a plain map (goroutines do not interleave
// within a method). Range visits entries in Go's randomized map order.
type Map struct {
	m map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

func (m *Map) Delete(key any) { delete(m.m, key) }

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	m.Store(key, value)
	return
}

// CompareAndSwap stores new if the value for key equals old (old must be comparable).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f for each entry until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}

func (m *Map) Clear() { clear(m.m) }

// Pool caches objects for reuse. Put keeps the latest object in a private slot and pushes
// older ones on a stack; Get takes the private slot, then the top of the stack, then calls
// New. Nothing is ever dropped by garbage collection here.
type Pool struct {
	private any
	shared  []any
	New     func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	if p.private == nil {
		p.private = x
		return
	}
	p.shared = append(p.shared, x)
}

func (p *Pool) Get() any {
	x := p.private
	p.private = nil
	if x == nil && len(p.shared) > 0 {
		n := len(p.shared) - 1
		x = p.shared[n]
		p.shared[n] = nil
		p.shared = p.shared[:n]
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
