// Parsing web-server access log lines with a regexp of named groups, then aggregating
// status codes, paths and bytes per client.
package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

var logLine = regexp.MustCompile(`^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>\d\.\d)" (?P<status>\d{3}) (?P<bytes>\d+|-)$`)

func main() {
	lines := []string{
		`192.168.1.10 - alice [10/Oct/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326`,
		`10.0.0.5 - - [10/Oct/2024:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 128`,
		`192.168.1.10 - alice [10/Oct/2024:13:57:12 +0000] "GET /img/logo.png HTTP/1.1" 200 10240`,
		`bad line without structure`,
		`172.16.0.1 - bob [10/Oct/2024:14:01:00 +0000] "DELETE /api/items/42 HTTP/2.0" 204 -`,
		`10.0.0.5 - - [10/Oct/2024:14:02:33 +0000] "GET /index.html HTTP/1.0" 304 0`,
		`999.1.1.1 - x [t] "get / HTTP/1.1" 200 1`,
	}
	names := logLine.SubexpNames()
	fmt.Println("groups:", logLine.NumSubexp(), names[1:])
	status := map[string]int{}
	bytesBy := map[string]int{}
	for i, l := range lines {
		m := logLine.FindStringSubmatch(l)
		if m == nil {
			fmt.Printf("line %d: no match\n", i)
			continue
		}
		rec := map[string]string{}
		for j, n := range names {
			if n != "" {
				rec[n] = m[j]
			}
		}
		status[rec["status"]]++
		if b, err := strconv.Atoi(rec["bytes"]); err == nil {
			bytesBy[rec["ip"]] += b
		}
		fmt.Printf("line %d: %s %s %s -> %s (%s bytes) user=%s\n", i, rec["ip"], rec["method"], rec["path"], rec["status"], rec["bytes"], rec["user"])
	}
	var codes []string
	for c := range status {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		fmt.Printf("status %s: %d\n", c, status[c])
	}
	var ips []string
	for ip := range bytesBy {
		ips = append(ips, ip)
	}
	sort.Strings(ips)
	for _, ip := range ips {
		fmt.Printf("%-15s %6d bytes\n", ip, bytesBy[ip])
	}
	idx := logLine.SubexpIndex("path")
	fmt.Println("path index:", idx, logLine.FindStringSubmatch(lines[1])[idx])
}
