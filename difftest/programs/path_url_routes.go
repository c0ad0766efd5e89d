// Normalising URL paths and matching them against route patterns with package path.
package main

import (
	"fmt"
	"path"
)

func main() {
	requests := []string{
		"/", "/index.html", "/static//css/site.css", "/static/../secret", "/api/v1/users/42",
		"/api/v1/users/42/", "/api/v1/./users/../groups/7", "/docs/guide/ch1.md", "/docs/guide/ch1.pdf",
		"/../../etc/passwd", "/img/logo.PNG", "/api/v2/users/abc", "//double//slashes//",
	}
	routes := []string{"/", "/*.html", "/static/*/*", "/api/v[12]/users/*", "/api/v1/groups/[0-9]", "/docs/*/*.md", "/img/*.[Pp][Nn][Gg]"}
	for _, r := range requests {
		clean := path.Clean(r)
		matched := "404"
		for _, pat := range routes {
			if ok, err := path.Match(pat, clean); err != nil {
				fmt.Println("bad pattern", pat, err)
			} else if ok {
				matched = pat
				break
			}
		}
		fmt.Printf("%-28s -> %-24s dir=%-16s base=%-12s ext=%-5q route=%s\n", r, clean, path.Dir(clean), path.Base(clean), path.Ext(clean), matched)
	}
	for _, bad := range []string{"[", "a[b", "\\", "[a-]", "[]", "x[^]"} {
		ok, err := path.Match(bad, "a")
		fmt.Printf("pattern %q: %v %v\n", bad, ok, err)
	}
}
