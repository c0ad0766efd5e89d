// A size-based log rotator: writes timestamped lines with O_APPEND, and when the file
// grows past a limit renames app.log to app.log.1 (shifting older ones up to a maximum,
// dropping the oldest), then reports the files and their first and last lines.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

type rotator struct {
	dir   string
	name  string
	limit int64
	keep  int
	f     *os.File
	size  int64
}

func (r *rotator) path(i int) string {
	if i == 0 {
		return filepath.Join(r.dir, r.name)
	}
	return filepath.Join(r.dir, fmt.Sprintf("%s.%d", r.name, i))
}

func (r *rotator) open() error {
	f, err := os.OpenFile(r.path(0), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0644)
	if err != nil {
		return err
	}
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	r.f, r.size = f, fi.Size()
	return nil
}

func (r *rotator) rotate() error {
	if err := r.f.Close(); err != nil {
		return err
	}
	os.Remove(r.path(r.keep))
	for i := r.keep - 1; i >= 0; i-- {
		if _, err := os.Stat(r.path(i)); err == nil {
			if err := os.Rename(r.path(i), r.path(i+1)); err != nil {
				return err
			}
		}
	}
	return r.open()
}

func (r *rotator) Write(line string) error {
	if r.size+int64(len(line)) > r.limit {
		if err := r.rotate(); err != nil {
			return err
		}
	}
	n, err := r.f.WriteString(line)
	r.size += int64(n)
	return err
}

func main() {
	dir, err := os.MkdirTemp("", "logs-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	r := &rotator{dir: dir, name: "app.log", limit: 400, keep: 3}
	if err := r.open(); err != nil {
		panic(err)
	}
	t := time.Date(2024, 5, 17, 23, 59, 0, 0, time.UTC)
	levels := []string{"INFO", "WARN", "DEBUG", "ERROR"}
	for i := 0; i < 40; i++ {
		t = t.Add(time.Duration(i*7919%3000) * time.Millisecond)
		line := fmt.Sprintf("%s %-5s request %d took %v\n", t.Format("2006-01-02T15:04:05.000Z07:00"), levels[i%4], i, time.Duration(i*i)*time.Microsecond)
		if err := r.Write(line); err != nil {
			panic(err)
		}
	}
	r.f.Close()
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, n := range names {
		f, _ := os.Open(filepath.Join(dir, n))
		sc := bufio.NewScanner(f)
		var first, last string
		count := 0
		for sc.Scan() {
			if count == 0 {
				first = sc.Text()
			}
			last = sc.Text()
			count++
		}
		fi, _ := f.Stat()
		f.Close()
		fmt.Printf("%-10s %4d bytes %2d lines\n  first: %s\n  last:  %s\n", n, fi.Size(), count, first, last)
	}
	// Names of daily archives for the past week, newest first.
	for d := 0; d < 7; d++ {
		day := t.AddDate(0, 0, -d)
		fmt.Print("app-", day.Format("20060102"), ".log.gz ")
	}
	fmt.Println()
	fmt.Println(strings.Count(strings.Join(names, ","), "app.log"))
}
