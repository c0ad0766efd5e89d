// Rendering text templates with ReplaceAllStringFunc and Expand: ${var} placeholders
// filled from a map, and date reformatting with numbered and named groups.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	vars := map[string]string{"name": "Ada", "lang": "Go", "year": "2024"}
	ph := regexp.MustCompile(`\$\{(\w+)(?::-([^}]*))?\}`)
	tpl := "Hello ${name}! You write ${lang} since ${year}. Editor: ${editor:-vim}. Missing: [${nope}]"
	out := ph.ReplaceAllStringFunc(tpl, func(m string) string {
		sub := ph.FindStringSubmatch(m)
		if v, ok := vars[sub[1]]; ok {
			return v
		}
		return sub[2]
	})
	fmt.Println(out)

	date := regexp.MustCompile(`(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})`)
	text := "Invoices: 03/11/2023, 28/02/2024 and 31/12/1999."
	fmt.Println(date.ReplaceAllString(text, "${y}-${m}-${d}"))
	fmt.Println(date.ReplaceAllString(text, "$3$2$1"))
	fmt.Println(date.ReplaceAllString(text, "$y_$m"))
	fmt.Println(date.ReplaceAllLiteralString(text, "$y"))

	var report []byte
	for _, m := range date.FindAllStringSubmatchIndex(text, -1) {
		report = date.ExpandString(report, "year=$y month=$m\n", text, m)
	}
	fmt.Print(string(report))

	camel := regexp.MustCompile(`_([a-z])`)
	for _, s := range []string{"user_id", "http_request_count", "already"} {
		fmt.Println(s, "->", camel.ReplaceAllStringFunc(s, func(m string) string { return strings.ToUpper(m[1:]) }))
	}
	snake := regexp.MustCompile(`([a-z0-9])([A-Z])`)
	fmt.Println(strings.ToLower(snake.ReplaceAllString("parseHTTPRequestID2Go", "${1}_${2}")))
	fmt.Printf("%s\n", regexp.MustCompile(`\s+`).ReplaceAll([]byte("  too   many\t\tspaces \n here "), []byte(" ")))
}
