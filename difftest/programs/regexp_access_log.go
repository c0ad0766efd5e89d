// Extracts fields from web-server access log lines with regexp: named groups, submatch
// indexes, ReplaceAllStringFunc for anonymizing addresses, FindAllString for query
// parameters, and aggregates status codes and paths.
package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const logs = `192.168.1.10 - alice [10/Oct/2023:13:55:36 +0000] "GET /index.html?lang=en&ref=home HTTP/1.1" 200 2326
10.0.0.7 - - [10/Oct/2023:13:56:01 +0000] "POST /api/v1/items HTTP/1.1" 201 512
192.168.1.10 - alice [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 304 0
172.16.5.4 - bob [10/Oct/2023:14:01:44 +0000] "GET /api/v1/items?id=42&verbose=1 HTTP/2.0" 404 153
malformed line without the expected shape
10.0.0.7 - - [10/Oct/2023:14:02:00 +0000] "DELETE /api/v1/items/42 HTTP/1.1" 500 87`

var lineRE = regexp.MustCompile(`^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>[^ ?"]+)(?:\?(?P<query>[^ "]*))? HTTP/(?P<proto>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+)$`)

func main() {
	fmt.Println(lineRE.NumSubexp(), lineRE.SubexpNames()[1:])
	status := map[int]int{}
	bytesByPath := map[string]int{}
	params := regexp.MustCompile(`([a-z]+)=([^&]*)`)
	for i, line := range strings.Split(logs, "\n") {
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("%d: no match: %q\n", i, line)
			continue
		}
		get := func(name string) string { return m[lineRE.SubexpIndex(name)] }
		code, _ := strconv.Atoi(get("status"))
		size, _ := strconv.Atoi(get("size"))
		status[code]++
		bytesByPath[get("path")] += size
		fmt.Printf("%d: %-6s %-20s user=%-5s proto=%s status=%d", i, get("method"), get("path"), get("user"), get("proto"), code)
		if q := get("query"); q != "" {
			for _, kv := range params.FindAllStringSubmatch(q, -1) {
				fmt.Printf(" [%s=%s]", kv[1], kv[2])
			}
		}
		fmt.Println()
		loc := lineRE.FindStringSubmatchIndex(line)
		fmt.Printf("   time at %d..%d\n", loc[6], loc[7])
	}
	codes := make([]int, 0, len(status))
	for c := range status {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	for _, c := range codes {
		fmt.Printf("status %d x%d\n", c, status[c])
	}
	ipRE := regexp.MustCompile(`\b(\d+)\.(\d+)\.\d+\.\d+\b`)
	anon := ipRE.ReplaceAllString(logs[:200], "$1.$2.x.x")
	fmt.Println(anon)
	fmt.Println(ipRE.ReplaceAllStringFunc("hosts: 10.1.2.3, 8.8.8.8", func(s string) string { return "<" + strings.Repeat("#", len(s)) + ">" }))
	api := regexp.MustCompile(`/api/v(\d+)/(\w+)(?:/(\d+))?`)
	for _, m := range api.FindAllStringSubmatch(logs, -1) {
		fmt.Printf("%q\n", m)
	}
	fmt.Println(regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d,,e", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"), regexp.MustCompile(`(?i)get|post`).FindAllString(logs, 3))
	_, err := regexp.Compile(`(unclosed`)
	fmt.Println(err)
	paths := make([]string, 0, len(bytesByPath))
	for p := range bytesByPath {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool { return bytesByPath[paths[i]] > bytesByPath[paths[j]] })
	for _, p := range paths {
		fmt.Printf("%6d %s\n", bytesByPath[p], p)
	}
}
