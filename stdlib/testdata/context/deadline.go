// Deadlines: WithDeadline, WithTimeout and their causes, deadlines inherited from parents,
// deadlines already passed, and timers stopped by cancel.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// name is a context's String up to its deadline's text, which depends on the clock.
func name(c context.Context) string {
	s := fmt.Sprint(c)
	out := ""
	for {
		i := strings.Index(s, "WithDeadline(")
		if i < 0 {
			return out + s
		}
		j := strings.Index(s[i:], ")")
		out += s[:i] + "WithDeadline(...)"
		s = s[i+j+1:]
	}
}

func report(label string, c context.Context) {
	fmt.Printf("%s: %s err=%v cause=%v\n", label, name(c), c.Err(), context.Cause(c))
}

func main() {
	bg := context.Background()
	start := time.Now()

	t, cancelT := context.WithTimeout(bg, 500*time.Millisecond)
	defer cancelT()
	d, ok := t.Deadline()
	fmt.Println(ok, d.Sub(start) >= 500*time.Millisecond, d.Sub(start) < time.Second)
	fmt.Printf("%T\n", t)
	report("timeout before", t)
	<-t.Done()
	fmt.Println("waited enough:", time.Since(start) >= 500*time.Millisecond)
	report("timeout after", t)
	fmt.Println(errors.Is(t.Err(), context.DeadlineExceeded), t.Err() == context.DeadlineExceeded)

	// A child with a later deadline than its parent's is a plain WithCancel.
	p, cancelP := context.WithDeadline(bg, time.Now().Add(time.Hour))
	c, cancelC := context.WithDeadline(p, time.Now().Add(2*time.Hour))
	fmt.Printf("%s | %T\n", name(c), c)
	pd, _ := p.Deadline()
	cd, _ := c.Deadline()
	fmt.Println(pd.Equal(cd))
	// An earlier one is a deadline of its own.
	e, cancelE := context.WithTimeout(p, time.Minute)
	ed, _ := e.Deadline()
	fmt.Println(name(e), ed.Before(pd))
	v := context.WithValue(e, "k", "v")
	vd, vok := v.Deadline()
	fmt.Println(vd.Equal(ed), vok)
	cancelP()
	report("parent", p)
	report("later child", c)
	report("earlier child", e)
	cancelC()
	cancelE()

	// A deadline already passed cancels at once.
	past, cancelPast := context.WithDeadline(bg, time.Now().Add(-time.Second))
	report("past", past)
	cancelPast()
	report("past canceled", past)
	zero, cancelZero := context.WithTimeout(bg, 0)
	report("zero", zero)
	cancelZero()

	// Causes of expiry.
	why := errors.New("too slow")
	tc, cancelTC := context.WithTimeoutCause(bg, 5*time.Millisecond, why)
	<-tc.Done()
	report("timeout cause", tc)
	cancelTC()
	report("timeout cause canceled later", tc)
	dc, cancelDC := context.WithDeadlineCause(bg, time.Now().Add(-time.Millisecond), why)
	report("deadline cause past", dc)
	cancelDC()
	tc2, cancelTC2 := context.WithTimeoutCause(bg, time.Hour, why)
	cancelTC2()
	report("timeout cause canceled first", tc2)

	// Canceled before its deadline: the timer must not fire afterwards.
	early, cancelEarly := context.WithTimeout(bg, 10*time.Millisecond)
	cancelEarly()
	time.Sleep(20 * time.Millisecond)
	report("early", early)

	// Children of a deadline context expire with it.
	pt, cancelPT := context.WithTimeout(bg, 10*time.Millisecond)
	defer cancelPT()
	kid, cancelKid := context.WithCancel(pt)
	defer cancelKid()
	grand := context.WithValue(kid, "x", 1)
	select {
	case <-grand.Done():
		report("grandchild", grand)
	case <-time.After(5 * time.Second):
		fmt.Println("grandchild never expired")
	}
	report("kid", kid)

	// WithoutCancel drops the deadline.
	w := context.WithoutCancel(pt)
	_, wok := w.Deadline()
	fmt.Println(name(w), wok, w.Err())
}
