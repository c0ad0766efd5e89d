// Finds duplicate files by content in a temporary directory: writes files (some identical),
// walks the tree, hashes each file with sha256 streamed through io.Copy, groups paths by
// digest, and prints a size-ordered report with hex digests.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "dedup")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	files := map[string]string{
		"a/report.txt":        "quarterly numbers\n",
		"b/report-copy.txt":   "quarterly numbers\n",
		"b/notes.md":          "# notes\n",
		"c/deep/x/report.txt": "quarterly numbers\n",
		"c/empty1":            "",
		"c/empty2":            "",
		"c/big.bin":           strings.Repeat("0123456789", 5000),
		"a/big-dup.bin":       strings.Repeat("0123456789", 5000),
		"unique.dat":          "only one",
	}
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			fmt.Println(err)
		}
	}
	groups := map[string][]string{}
	sizes := map[string]int64{}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		h := sha256.New()
		n, err := io.Copy(h, f)
		if err != nil {
			return err
		}
		sum := hex.EncodeToString(h.Sum(nil))
		rel, _ := filepath.Rel(root, p)
		groups[sum] = append(groups[sum], filepath.ToSlash(rel))
		sizes[sum] = n
		return nil
	})
	fmt.Println("walk error:", err)
	var sums []string
	for s := range groups {
		sums = append(sums, s)
	}
	sort.Slice(sums, func(i, j int) bool {
		if sizes[sums[i]] != sizes[sums[j]] {
			return sizes[sums[i]] > sizes[sums[j]]
		}
		return sums[i] < sums[j]
	})
	wasted := int64(0)
	for _, s := range sums {
		paths := groups[s]
		sort.Strings(paths)
		mark := " "
		if len(paths) > 1 {
			mark = "*"
			wasted += sizes[s] * int64(len(paths)-1)
		}
		fmt.Printf("%s %s %6d %s\n", mark, s[:16], sizes[s], strings.Join(paths, ", "))
	}
	fmt.Println("bytes in duplicates:", wasted)
	sum := sha256.Sum256([]byte(files["unique.dat"]))
	fmt.Println(hex.EncodeToString(sum[:]), fmt.Sprintf("%X", sum[:4]))
}
