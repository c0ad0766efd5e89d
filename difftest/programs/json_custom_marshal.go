// Custom JSON forms: money as a decimal string with its currency, an enum as text (also as
// map keys), a bit set as a list of names, a polymorphic shape list with a type field
// (MarshalJSON on a wrapper, UnmarshalJSON that peeks at the type first), and a version
// field validated by UnmarshalJSON, round-tripped and printed indented.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) MarshalJSON() ([]byte, error) {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return json.Marshal(fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Currency))
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money: %w", err)
	}
	amount, cur, ok := strings.Cut(s, " ")
	if !ok || len(cur) != 3 {
		return fmt.Errorf("money: want \"<amount> <CUR>\", got %q", s)
	}
	f, err := strconv.ParseFloat(amount, 64)
	if err != nil {
		return fmt.Errorf("money: %w", err)
	}
	m.Cents = int64(math.Round(f * 100))
	m.Currency = cur
	return nil
}

type Status int

const (
	Pending Status = iota
	Paid
	Shipped
	Cancelled
)

var statusNames = [...]string{"pending", "paid", "shipped", "cancelled"}

func (s Status) MarshalText() ([]byte, error) {
	if s < 0 || int(s) >= len(statusNames) {
		return nil, fmt.Errorf("invalid status %d", int(s))
	}
	return []byte(statusNames[s]), nil
}

func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", b)
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Admin
)

func (p Perm) MarshalJSON() ([]byte, error) {
	var names []string
	for i, n := range []string{"read", "write", "admin"} {
		if p&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	if names == nil {
		names = []string{}
	}
	return json.Marshal(names)
}

func (p *Perm) UnmarshalJSON(b []byte) error {
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return err
	}
	*p = 0
	for _, n := range names {
		switch n {
		case "read":
			*p |= Read
		case "write":
			*p |= Write
		case "admin":
			*p |= Admin
		default:
			return errors.New("unknown permission " + n)
		}
	}
	return nil
}

type Shape interface{ Area() float64 }

type Circle struct {
	R float64 `json:"r"`
}
type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }

type AnyShape struct{ Shape }

func (a AnyShape) MarshalJSON() ([]byte, error) {
	var kind string
	switch a.Shape.(type) {
	case Circle:
		kind = "circle"
	case Rect:
		kind = "rect"
	default:
		return nil, fmt.Errorf("unknown shape %T", a.Shape)
	}
	body, err := json.Marshal(a.Shape)
	if err != nil {
		return nil, err
	}
	return []byte(`{"kind":"` + kind + `","data":` + string(body) + `}`), nil
}

func (a *AnyShape) UnmarshalJSON(b []byte) error {
	var head struct {
		Kind string          `json:"kind"`
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return err
	}
	switch head.Kind {
	case "circle":
		var c Circle
		err := json.Unmarshal(head.Data, &c)
		a.Shape = c
		return err
	case "rect":
		var r Rect
		err := json.Unmarshal(head.Data, &r)
		a.Shape = r
		return err
	}
	return fmt.Errorf("unknown shape kind %q", head.Kind)
}

type Version int

func (v *Version) UnmarshalJSON(b []byte) error {
	var n int
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	if n < 1 || n > 2 {
		return fmt.Errorf("unsupported version %d", n)
	}
	*v = Version(n)
	return nil
}

type Invoice struct {
	Version  Version           `json:"version"`
	Number   string            `json:"number"`
	Status   Status            `json:"status"`
	Total    Money             `json:"total"`
	Lines    map[string]Money  `json:"lines"`
	ByStatus map[Status]int    `json:"by_status"`
	Perms    Perm              `json:"perms"`
	Shapes   []AnyShape        `json:"shapes"`
	Extra    map[string]string `json:"extra,omitempty"`
}

func main() {
	inv := Invoice{
		Version: 2, Number: "INV-7", Status: Shipped,
		Total:    Money{-1250, "EUR"},
		Lines:    map[string]Money{"widget": {999, "EUR"}, "gadget": {-2249, "EUR"}},
		ByStatus: map[Status]int{Paid: 3, Pending: 1, Cancelled: 2},
		Perms:    Read | Admin,
		Shapes:   []AnyShape{{Circle{1.5}}, {Rect{2, 3.5}}},
	}
	b, err := json.MarshalIndent(inv, "", "\t")
	fmt.Println(string(b), err)
	var back Invoice
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Status, back.Total, back.Lines["gadget"], back.ByStatus, back.Perms)
	for _, s := range back.Shapes {
		fmt.Printf("  %T area=%.3f\n", s.Shape, s.Area())
	}
	for _, bad := range []string{
		`{"version": 3}`,
		`{"version": "2"}`,
		`{"status": "lost"}`,
		`{"status": 1}`,
		`{"total": "12 dollars"}`,
		`{"total": 12}`,
		`{"by_status": {"paid": 1, "refunded": 2}}`,
		`{"perms": ["read", "execute"]}`,
		`{"perms": "read"}`,
		`{"shapes": [{"kind": "triangle"}]}`,
		`{"shapes": [{"kind": "circle", "data": {"r": "big"}}]}`,
	} {
		var x Invoice
		fmt.Printf("%s -> %v\n", bad, json.Unmarshal([]byte(bad), &x))
	}
	_, err = json.Marshal(Invoice{Status: 9})
	fmt.Println(err)
	_, err = json.Marshal(Invoice{ByStatus: map[Status]int{7: 1}})
	fmt.Println(err)
	_, err = json.Marshal(Invoice{Shapes: []AnyShape{{nil}}})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me), me.Type)
}
