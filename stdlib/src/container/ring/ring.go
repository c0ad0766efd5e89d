// Package ring: circular lists. A ring has no beginning or end; a *Ring is any of its
// elements, and the zero Ring is a one-element ring.
//
// A Ring value whose links are nil (its zero value) becomes a ring of one element the first
// time a method looks at it, which is what makes the zero value usable.
package ring

// Ring is an element of a circular list.
type Ring struct {
	next, prev *Ring
	Value      any // for use by the client; untouched by this package
}

// self makes a zero Ring a one-element ring.
func (r *Ring) self() *Ring {
	r.next = r
	r.prev = r
	return r
}

// Next returns the next ring element; r must not be empty.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.self()
	}
	return r.next
}

// Prev returns the previous ring element; r must not be empty.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.self()
	}
	return r.prev
}

// Move moves n % r.Len() elements backward (n < 0) or forward (n >= 0) and returns that
// element; r must not be empty.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.self()
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New creates a ring of n elements; n <= 0 gives nil.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for i := 1; i < n; i++ {
		last.next = &Ring{prev: last}
		last = last.next
	}
	last.next = first
	first.prev = last
	return first
}

// Link connects ring r with ring s so that r.Next() becomes s, and returns the original
// r.Next(). r must not be empty. If r and s are the same ring, the elements between them are
// cut out and returned as a ring; otherwise s's ring is spliced in after r.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		sPrev := s.Prev()
		r.next = s
		s.prev = r
		after.prev = sPrev
		sPrev.next = after
	}
	return after
}

// Unlink removes n % r.Len() elements from the ring, starting at r.Next(), and returns them
// as a ring (nil when n % r.Len() == 0). r must not be empty.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len counts the elements of ring r; O(n).
func (r *Ring) Len() int {
	n := 0
	if r != nil {
		n = 1
		for p := r.Next(); p != r; p = p.next {
			n++
		}
	}
	return n
}

// Do calls f on each element of the ring, forwards; f must not change r.
func (r *Ring) Do(f func(any)) {
	if r != nil {
		f(r.Value)
		for p := r.Next(); p != r; p = p.next {
			f(p.Value)
		}
	}
}
