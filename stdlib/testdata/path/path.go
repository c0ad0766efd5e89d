package main

import (
	"errors"
	"fmt"
	"path"
)

var paths = []string{
	"", ".", "..", "/", "//", "///", "a", "a/", "a//", "/a", "//a", "a/b", "a//b", "a/./b", "a/../b",
	"a/b/..", "a/b/../..", "a/b/../../..", "../a", "../../a/b", "/..", "/../a", "/../../a/../b",
	"./a", "././", "a/.", "a/..", "abc/def/ghi/../jkl/./mno/", "/abc/def/../../..", ".../a", "a/.../..",
	"..a/b", "a/..b", "/./", "x/y/z/../../../..", "../..", "../../", "a/b/c.txt", "a/b.c/d",
	"file.tar.gz", ".hidden", "dir/.hidden", "a.b/", "/a.b/c", "a.", "日本/語.go", "a/b/c/",
	"..//..//a", "/a/b/c/../../../../x", "a\\b/c",
}

func main() {
	for _, p := range paths {
		d, f := path.Split(p)
		fmt.Printf("%-30q clean=%q split=%q,%q base=%q dir=%q ext=%q abs=%v\n", p, path.Clean(p), d, f,
			path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	joins := [][]string{
		{}, {""}, {"", ""}, {"a"}, {"a", "b"}, {"a", ""}, {"", "b"}, {"a", "", "b"}, {"/", "a"}, {"a/", "/b/"},
		{"a", "..", "..", "b"}, {"/", ".."}, {"", "/"}, {"..", "x"}, {"a", "b/../../c"}, {"/a", "b", "c.go"},
	}
	for _, j := range joins {
		fmt.Printf("join%q = %q\n", j, path.Join(j...))
	}

	type mt struct{ pattern, name string }
	tests := []mt{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/fff"}, {"a*b?c*x", "abxbbxdbxebxczzx"},
		{"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"},
		{"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"},
		{"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"},
		{"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"},
		{"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"},
		{"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"},
		{"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"},
		{"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"", ""}, {"", "a"}, {"a", ""},
		{"*", ""}, {"**", "abc"}, {"*/*", "a/b"}, {"*/*", "a/b/c"}, {"[a-c]/[0-9]", "b/5"},
		{"x*[", "xyz"}, {"x[", "y"}, {"*[", "abc"}, {"a*\\", "ab"}, {"[\\", "a"}, {"[a\\", "a"},
		{"[\xff]", "a"}, {"a[b-]", "a-"}, {"?", "/"}, {"[/]", "/"}, {"[^a]", "/"}, {"\\a", "a"},
		{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"*/*.go", "dir/main.go"}, {"??.txt", "ab.txt"},
		{"a*", "a/"}, {"*a", "bba"}, {"*ab*cd", "xabyabzcd"}, {"a*b", "ab/b"}, {"[a-]", "a"},
	}
	for _, t := range tests {
		ok, err := path.Match(t.pattern, t.name)
		fmt.Printf("Match(%q, %q) = %v, %v bad=%v\n", t.pattern, t.name, ok, err, errors.Is(err, path.ErrBadPattern))
	}
}
