// Unicode-aware matching: scripts and categories, case folding beyond ASCII, and how
// invalid UTF-8 bytes are matched one at a time as U+FFFD.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	text := "Hello Привет Γειά σου 你好 مرحبا שלום 123 ٣٤٥"
	for _, p := range []string{`\p{Cyrillic}+`, `\p{Greek}+`, `\p{Han}+`, `\p{Arabic}+`, `\p{Hebrew}+`, `\p{Nd}+`, `\p{Lu}`, `[\p{Latin}\p{Greek}]+`, `\PL+`, `\p{^L}+`} {
		fmt.Printf("%-22s %q\n", p, regexp.MustCompile(p).FindAllString(text, -1))
	}
	fold := regexp.MustCompile(`(?i)straße|ǅ|σ+|k`)
	fmt.Printf("%q\n", fold.FindAllString("STRAßE Straße ǆ Ǆ ǅ ΣΣσς K k \u212a", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?i)[α-γ]+`).FindAllString("ΑΒΓ αβγ", -1))
	bad := "ok\xff\xfe\xc3(end\xe2\x82"
	fmt.Printf("%q\n", regexp.MustCompile(`.`).FindAllString(bad, -1))
	fmt.Printf("%v\n", regexp.MustCompile(`\x{FFFD}+`).FindAllStringIndex(bad, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`[^a-z]`).ReplaceAllString(bad, "_"))
	fmt.Println(regexp.MustCompile(`^.{5}$`).MatchString("héllo"), regexp.MustCompile(`^.{6}$`).MatchString("héllo"))
	fmt.Printf("%q\n", regexp.MustCompile(`\b\w+\b`).FindAllString("naïve café", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`[[:^ascii:]]+`).FindAllString("naïve café ☕", -1))
}
