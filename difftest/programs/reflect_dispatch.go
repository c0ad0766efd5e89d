// A command dispatcher built on reflection, as RPC and CLI frameworks do: methods found by
// name and checked by signature, arguments converted from strings to parameter types,
// variadic calls, error results, MakeFunc middleware counting calls, and a function table
// filled through reflect.Value.Set.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Calc struct {
	memory float64
	log    []string
}

func (c *Calc) Add(a, b float64) float64 { return a + b }
func (c *Calc) Div(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("divide by zero")
	}
	return a / b, nil
}
func (c *Calc) Store(x float64)             { c.memory = x }
func (c *Calc) Recall() float64             { return c.memory }
func (c *Calc) Sum(xs ...int) int           { t := 0; for _, x := range xs { t += x }; return t }
func (c *Calc) Repeat(s string, n uint8) string { return strings.Repeat(s, int(n)) }
func (c Calc) Describe() string             { return fmt.Sprintf("calc(memory=%g)", c.memory) }
func (c *Calc) private()                    {}

var errorType = reflect.TypeOf((*error)(nil)).Elem()

func parseArg(s string, t reflect.Type) (reflect.Value, error) {
	v := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.Float64:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return v, err
		}
		v.SetFloat(f)
	case reflect.Int:
		n, err := strconv.Atoi(s)
		if err != nil {
			return v, err
		}
		v.SetInt(int64(n))
	case reflect.Uint8:
		n, err := strconv.ParseUint(s, 10, 8)
		if err != nil {
			return v, err
		}
		v.SetUint(n)
	case reflect.String:
		v.SetString(s)
	default:
		return v, fmt.Errorf("unsupported parameter type %s", t)
	}
	return v, nil
}

func dispatch(target any, line string) string {
	fields := strings.Fields(line)
	m := reflect.ValueOf(target).MethodByName(fields[0])
	if !m.IsValid() {
		return "unknown command " + fields[0]
	}
	mt := m.Type()
	args := fields[1:]
	if !mt.IsVariadic() && len(args) != mt.NumIn() {
		return fmt.Sprintf("%s wants %d arguments, got %d", fields[0], mt.NumIn(), len(args))
	}
	var in []reflect.Value
	for i, a := range args {
		pt := mt.In(min(i, mt.NumIn()-1))
		if mt.IsVariadic() && i >= mt.NumIn()-1 {
			pt = pt.Elem()
		}
		v, err := parseArg(a, pt)
		if err != nil {
			return fmt.Sprintf("argument %d: %v", i+1, err)
		}
		in = append(in, v)
	}
	out := m.Call(in)
	if n := len(out); n > 0 && mt.Out(n-1) == errorType {
		if !out[n-1].IsNil() {
			return "error: " + out[n-1].Interface().(error).Error()
		}
		out = out[:n-1]
	}
	var parts []string
	for _, o := range out {
		parts = append(parts, fmt.Sprint(o.Interface()))
	}
	return "ok " + strings.Join(parts, " ")
}

func counted(f any, calls *int) any {
	fv := reflect.ValueOf(f)
	return reflect.MakeFunc(fv.Type(), func(in []reflect.Value) []reflect.Value {
		*calls++
		return fv.Call(in)
	}).Interface()
}

type Ops struct {
	Double func(int) int
	Concat func(string, ...string) string
	Halve  func(float64) float64
}

func main() {
	c := &Calc{}
	t := reflect.TypeOf(c)
	var names []string
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		names = append(names, fmt.Sprintf("%s%s", m.Name, strings.TrimPrefix(m.Type.String(), "func(*main.Calc")))
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, "\n"))
	for _, line := range []string{
		"Add 1.5 2.25", "Div 1 4", "Div 1 0", "Store 42", "Recall", "Sum 1 2 3 4", "Sum",
		"Repeat ab 3", "Repeat ab 300", "Describe", "Add 1", "Mul 2 3", "private", "Add x 1",
	} {
		fmt.Printf("%-16s -> %s\n", line, dispatch(c, line))
	}

	calls := 0
	add := counted(c.Add, &calls).(func(float64, float64) float64)
	sum := counted(c.Sum, &calls).(func(...int) int)
	fmt.Println(add(1, 2), sum(4, 5, 6), sum(), calls)

	var ops Ops
	ov := reflect.ValueOf(&ops).Elem()
	impls := map[string]any{
		"Double": func(x int) int { return 2 * x },
		"Concat": func(sep string, xs ...string) string { return strings.Join(xs, sep) },
		"Halve":  func(x float64) float64 { return x / 2 },
	}
	for i := 0; i < ov.NumField(); i++ {
		f := ov.Type().Field(i)
		impl := reflect.ValueOf(impls[f.Name])
		if impl.Type().AssignableTo(f.Type) {
			ov.Field(i).Set(impl)
		}
	}
	fmt.Println(ops.Double(21), ops.Concat("/", "a", "b", "c"), ops.Halve(5))
	r := ov.FieldByName("Concat").CallSlice([]reflect.Value{reflect.ValueOf("+"), reflect.ValueOf([]string{"x", "y"})})
	fmt.Println(r[0].String())
}
