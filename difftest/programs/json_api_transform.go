// REST-style payload transforms: a paginated envelope whose items stay raw until their
// kind is known, orders decoded into typed structs, totals and regrouping computed, and
// new responses built from structs (omitempty, embedded metadata) and from generic maps.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Envelope struct {
	Page     int               `json:"page"`
	PerPage  int               `json:"per_page"`
	Total    int               `json:"total"`
	Items    []json.RawMessage `json:"items"`
	Next     *string           `json:"next"`
	Warnings []string          `json:"warnings,omitempty"`
}

type Kind struct {
	Type string `json:"type"`
}

type Money int64 // cents

func (m Money) String() string { return fmt.Sprintf("%d.%02d", m/100, m%100) }

type Line struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

type Order struct {
	ID       string            `json:"id"`
	Customer string            `json:"customer"`
	Lines    []Line            `json:"lines"`
	Coupon   *string           `json:"coupon"`
	Meta     map[string]any    `json:"meta"`
	Labels   map[string]string `json:"labels,omitempty"`
}

type Refund struct {
	ID     string  `json:"id"`
	Order  string  `json:"order"`
	Amount float64 `json:"amount"`
}

type Timestamps struct {
	Created string `json:"created_at"`
	Updated string `json:"updated_at,omitempty"`
}

type Summary struct {
	Customer string   `json:"customer"`
	Orders   []string `json:"orders"`
	Total    string   `json:"total"`
	Refunded float64  `json:"refunded,omitempty"`
	Skus     int      `json:"distinct_skus"`
	Timestamps
}

const payload = `{
  "page": 2, "per_page": 5, "total": 11,
  "items": [
    {"type": "order", "id": "o-1", "customer": "ann", "lines": [{"sku": "A1", "qty": 2, "price": 9.99}, {"sku": "B2", "qty": 1, "price": 24.5}], "coupon": null, "meta": {"channel": "web", "score": 0.87, "tags": ["new", "promo"]}},
    {"type": "refund", "id": "r-9", "order": "o-1", "amount": 9.99},
    {"type": "order", "id": "o-2", "customer": "bob", "lines": [{"sku": "A1", "qty": 10, "price": 8.5}], "coupon": "SAVE10", "meta": {"channel": "app"}, "labels": {"gift": "yes"}},
    {"type": "mystery", "id": "x-1"},
    {"type": "order", "id": "o-3", "customer": "ann", "lines": [], "coupon": null, "meta": null, "Lines": [{"sku": "Z9", "qty": 1, "price": 1}]}
  ],
  "next": "/orders?page=3"
}`

func main() {
	var env Envelope
	if err := json.Unmarshal([]byte(payload), &env); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Printf("page %d/%d, %d items, next=%s\n", env.Page, (env.Total+env.PerPage-1)/env.PerPage, len(env.Items), *env.Next)

	byCustomer := map[string]*Summary{}
	skus := map[string]map[string]bool{}
	refunds := map[string]float64{}
	orderOwner := map[string]string{}
	var unknown []string
	for i, raw := range env.Items {
		var k Kind
		if err := json.Unmarshal(raw, &k); err != nil {
			fmt.Println("item", i, err)
			continue
		}
		switch k.Type {
		case "order":
			var o Order
			if err := json.Unmarshal(raw, &o); err != nil {
				fmt.Println("order:", err)
				continue
			}
			orderOwner[o.ID] = o.Customer
			s := byCustomer[o.Customer]
			if s == nil {
				s = &Summary{Customer: o.Customer, Timestamps: Timestamps{Created: "2024-01-01T00:00:00Z"}}
				byCustomer[o.Customer] = s
				skus[o.Customer] = map[string]bool{}
			}
			s.Orders = append(s.Orders, o.ID)
			var cents Money
			for _, l := range o.Lines {
				cents += Money(float64(l.Qty)*l.Price*100 + 0.5)
				skus[o.Customer][l.SKU] = true
			}
			if o.Coupon != nil && strings.HasPrefix(*o.Coupon, "SAVE") {
				cents = cents * 90 / 100
			}
			prev := Money(0)
			if s.Total != "" {
				var whole, frac int64
				fmt.Sscanf(s.Total, "%d.%d", &whole, &frac)
				prev = Money(whole*100 + frac)
			}
			s.Total = (prev + cents).String()
			fmt.Printf("order %s by %s: %d lines, %s, meta=%v labels=%v\n", o.ID, o.Customer, len(o.Lines), cents, o.Meta, o.Labels)
		case "refund":
			var r Refund
			json.Unmarshal(raw, &r)
			refunds[r.Order] += r.Amount
		default:
			unknown = append(unknown, string(raw))
		}
	}
	for order, amt := range refunds {
		if s := byCustomer[orderOwner[order]]; s != nil {
			s.Refunded += amt
			s.Updated = "2024-01-02T00:00:00Z"
		}
	}
	names := make([]string, 0, len(byCustomer))
	for n := range byCustomer {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []Summary
	for _, n := range names {
		s := byCustomer[n]
		s.Skus = len(skus[n])
		out = append(out, *s)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{
		"summaries": out,
		"unknown":   unknown,
		"source":    map[string]any{"page": env.Page, "next": env.Next, "warnings": env.Warnings},
	})

	// Generic rewrite: rename keys and drop nulls, whatever the shape.
	var generic any
	json.Unmarshal([]byte(payload), &generic)
	cleaned := rewrite(generic)
	b, _ := json.Marshal(cleaned)
	fmt.Println(string(b))
}

func rewrite(v any) any {
	switch x := v.(type) {
	case map[string]any:
		// Keys in order, so that of two keys that collide after renaming the last one wins.
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		m := map[string]any{}
		for _, k := range keys {
			if x[k] == nil {
				continue
			}
			m[strings.ToUpper(k[:1])+k[1:]] = rewrite(x[k])
		}
		return m
	case []any:
		out := make([]any, 0, len(x))
		for _, e := range x {
			if e != nil {
				out = append(out, rewrite(e))
			}
		}
		return out
	case float64:
		if x == float64(int64(x)) {
			return int64(x)
		}
		return x
	}
	return v
}
