// Sorts employee records in several ways with package sort: by a custom sort.Interface,
// sort.Slice and sort.SliceStable on several keys, sort.Reverse, and searches the sorted
// data with sort.Search and sort.SearchInts.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type bySalary []Employee

func (s bySalary) Len() int           { return len(s) }
func (s bySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s bySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func show(title string, es []Employee) {
	fmt.Println("==", title)
	for _, e := range es {
		fmt.Printf("  %-8s %-6s %6d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 120000, 34}, {"Bob", "sales", 70000, 45}, {"Carol", "eng", 95000, 29},
		{"Dan", "ops", 70000, 38}, {"Eve", "eng", 120000, 41}, {"Frank", "sales", 85000, 29},
		{"Grace", "ops", 99000, 52}, {"Heidi", "eng", 70000, 23}, {"Ivan", "sales", 70000, 31},
	}
	s := append([]Employee(nil), staff...)
	sort.Sort(bySalary(s))
	show("by salary (unstable)", s)
	fmt.Println("sorted:", sort.IsSorted(bySalary(s)))
	sort.Sort(sort.Reverse(bySalary(s)))
	fmt.Println("top earner salary:", s[0].Salary)

	s = append(s[:0], staff...)
	sort.SliceStable(s, func(i, j int) bool { return s[i].Dept < s[j].Dept })
	show("by dept, stable", s)

	sort.Slice(s, func(i, j int) bool {
		if s[i].Age != s[j].Age {
			return s[i].Age < s[j].Age
		}
		return s[i].Name < s[j].Name
	})
	show("by age then name", s)

	ages := make([]int, len(s))
	for i, e := range s {
		ages[i] = e.Age
	}
	for _, a := range []int{29, 30, 52, 60, 1} {
		i := sort.SearchInts(ages, a)
		fmt.Printf("SearchInts(%d) = %d found=%t\n", a, i, i < len(ages) && ages[i] == a)
	}
	i := sort.Search(len(s), func(i int) bool { return s[i].Age >= 40 })
	fmt.Println("first aged 40+:", s[i].Name)

	names := make([]string, 0, len(staff))
	for _, e := range staff {
		names = append(names, strings.ToLower(e.Name))
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names, sort.StringsAreSorted(names))
	fl := []float64{2.5, -1, 3.25, 0, -7.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 1))
}
