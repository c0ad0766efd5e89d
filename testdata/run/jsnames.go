// Go identifiers that are reserved or special in JavaScript, used as local and package
// variables, parameters, fields, methods, types and labels (Go's own keyword "var" cannot be
// one); non-ASCII identifiers; string literals with quotes, backslashes, "</script>", NUL and
// invalid UTF-8.
package main

import "fmt"

type constructor struct {
	__proto__      int
	prototype      string
	this           *constructor
	toString       func() string
	valueOf        float64
	hasOwnProperty bool
	class, new     int
	function       []int
	let, yield     string
	await          map[string]int
	arguments      [2]int
	eval           interface{}
	NaN, Infinity  float64
	undefined      *int
}

func (c *constructor) constructor() string { return "method constructor " + c.prototype }
func (c constructor) toString_() string    { return fmt.Sprint("c", c.__proto__) }
func (c *constructor) valueOf_() int       { return c.__proto__ * 2 }

type prototype int

func (p prototype) toString() string     { return fmt.Sprint("prototype#", int(p)) }
func (p prototype) valueOf() int         { return int(p) + 1 }
func (p prototype) hasOwnProperty() bool { return p > 0 }
func (p prototype) __proto__() string    { return "proto method" }

type this interface{ toString() string }

type undefined struct{ NaN bool }

var (
	arguments = []string{"a", "r", "g"}
	eval      = func(s string) string { return "eval(" + s + ")" }
	NaN       = 7
	Infinity  = -1
	__proto__ = map[string]int{"__proto__": 1, "constructor": 2, "toString": 3}
)

func function(class, let int, yield ...string) (await string) {
	await = fmt.Sprint(class+let, yield)
	return
}

func new(this int) int { return this * 10 }

func main() {
	this := 1
	constructor_ := 2
	prototype_ := 3
	toString, valueOf, hasOwnProperty := "ts", "vo", "hop"
	class, let, yield, await := 4, 5, 6, 7
	undefined := "not undefined"
	NaN := NaN + 1
	fmt.Println(this, constructor_, prototype_, toString, valueOf, hasOwnProperty, class, let, yield, await, undefined, NaN, Infinity)
	c := &constructor{__proto__: 21, prototype: "pt", valueOf: 1.5, class: 8, new: 9, let: "l", yield: "y"}
	c.this = c
	c.toString = func() string { return "field func" }
	c.await = map[string]int{"constructor": 1}
	c.arguments[1] = 5
	c.eval = "evaluated"
	c.function = append(c.function, 1, 2)
	n := 3
	c.undefined = &n
	c.NaN, c.Infinity = 0.5, 1e300
	fmt.Println(c.__proto__, c.prototype, c.this.this.prototype, c.toString(), c.valueOf, c.hasOwnProperty, c.class, c.new, c.function, c.let, c.yield, c.await, c.arguments, c.eval, c.NaN, c.Infinity, *c.undefined)
	fmt.Println(c.constructor(), c.toString_(), c.valueOf_())
	fmt.Println(c.this.this == c)
	cp := *c
	cp.__proto__ = 0
	fmt.Println(cp.__proto__, c.__proto__, cp.toString_())
	types()
	fmt.Println(arguments, eval("x"), function(1, 2, "a", "b"), new(5), len(__proto__), __proto__["__proto__"], __proto__["constructor"], __proto__["hasOwnProperty"])
	m := map[string]bool{}
	for _, k := range []string{"__proto__", "constructor", "toString", "valueOf", "prototype"} {
		m[k] = true
	}
	_, has := m["hasOwnProperty"]
	fmt.Println(len(m), m["__proto__"], m["constructor"], has)
arguments:
	for eval := 0; eval < 3; eval++ {
	prototype:
		for yield := 0; yield < 3; yield++ {
			if yield == 1 {
				continue prototype
			}
			if eval == 2 {
				break arguments
			}
			fmt.Print(eval, yield, " ")
		}
	}
	fmt.Println()
	goto constructor
constructor:
	fmt.Println("after goto constructor")
	strs()
	unicodeNames()
}

func types() {
	var p prototype = 4
	var t this = p
	fmt.Println(p.toString(), p.valueOf(), p.hasOwnProperty(), p.__proto__(), t.toString())
	var u undefined
	u.NaN = true
	fmt.Printf("%v %T %+v %T\n", p, p, u, u)
	var fs []func() string
	for _, th := range []this{prototype(1), prototype(2)} {
		fs = append(fs, th.toString)
	}
	fmt.Println(fs[0](), fs[1](), prototype.valueOf(9))
}

func strs() {
	ss := []string{
		"double \" quote", `back\slash`, "single ' quote", "`backtick`",
		"</script><script>alert(1)</script>", "nul\x00byte", "bad \xff\xfe utf8",
		"line\nbreak\r\n", "\u2028\u2029", "${template}", "\\u0041", "\t\v\f\a\b",
	}
	for _, s := range ss {
		fmt.Printf("%d %q %x\n", len(s), s, s)
	}
	fmt.Println(ss[4], len(ss[5]), ss[5][3] == 0)
	joined := ""
	for _, s := range ss {
		joined += s
	}
	fmt.Println(len(joined))
	fmt.Println("raw: \"q\" \\ </script> \x00 \xc0\xaf end")
	var b []byte
	b = append(b, "</scr"...)
	b = append(b, "ipt>"...)
	fmt.Println(string(b) == "</script>", "\x00" < "\x01", "\xff" > "\u00ff")
}

type Größe struct{ Wert float64 }

func (g Größe) Doppelt() Größe { return Größe{g.Wert * 2} }

func 計算(ä, ö int) int { return ä*10 + ö }

func unicodeNames() {
	π := 3.14159
	日本 := "japan"
	var ǅ = 1
	x٣ := 3
	fmt.Println(π, 日本, ǅ, x٣, 計算(1, 2))
	g := Größe{1.5}
	fmt.Printf("%v %+v %T %#v\n", g.Doppelt(), g, g, g)
	var i interface{} = g
	if v, ok := i.(Größe); ok {
		fmt.Println("assertion ok", v.Wert)
	}
}
