// Input validation with anchored patterns: e-mail addresses, dates, semantic versions,
// hex colours, IPv4 addresses and identifiers.
package main

import (
	"fmt"
	"regexp"
)

var validators = []struct {
	name string
	re   *regexp.Regexp
	in   []string
}{
	{"email", regexp.MustCompile(`^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$`),
		[]string{"john.doe@example.com", "a+b@sub.domain.org", "no-at-sign", "x@y.z", "@example.com", "ok@ex-ample.co.uk"}},
	{"date", regexp.MustCompile(`^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`),
		[]string{"2024-02-29", "2024-13-01", "1999-12-31", "2024-1-1", "2024-06-00"}},
	{"semver", regexp.MustCompile(`^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-.]+))?$`),
		[]string{"1.2.3", "v10.0.1-beta.2", "01.2.3", "1.2", "2.0.0+build.5", "1.0.0-rc.1+sha.abc"}},
	{"color", regexp.MustCompile(`(?i)^#(?:[0-9a-f]{3}){1,2}$`),
		[]string{"#fff", "#FFAA00", "#abcd", "fff", "#12345G"}},
	{"ipv4", regexp.MustCompile(`^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$`),
		[]string{"192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "0.0.0.0"}},
	{"ident", regexp.MustCompile(`^[\p{L}_][\p{L}\p{Nd}_]*$`),
		[]string{"foo", "_bar9", "9lives", "größe", "日本語", "a b"}},
}

func main() {
	for _, v := range validators {
		fmt.Printf("%s (%s)\n", v.name, v.re)
		for _, s := range v.in {
			m := v.re.FindStringSubmatch(s)
			if m == nil {
				fmt.Printf("  %-22q invalid\n", s)
				continue
			}
			fmt.Printf("  %-22q valid %q\n", s, m[1:])
		}
	}
	_, err := regexp.Compile(`^[a-z+$`)
	fmt.Println(err)
}
