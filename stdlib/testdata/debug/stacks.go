// debug.Stack: gc's traceback of the calling goroutine, starting with runtime/debug.Stack;
// inside a deferred call run by a panic it shows the deferred call, panic, and the frames
// from where the panic started. Only function names and file base names with lines are
// printed (paths and argument words are the machine's).
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"
)

func show(title string, stack []byte) {
	fmt.Println("==", title)
	for _, line := range strings.Split(strings.TrimSpace(string(stack)), "\n") {
		if strings.HasPrefix(line, "\t") {
			file := line[strings.LastIndex(line, "/")+1:]
			if i := strings.Index(file, " "); i >= 0 {
				file = file[:i]
			}
			if strings.HasPrefix(file, "stacks.go") {
				fmt.Println("   ", file)
			}
			continue
		}
		if i := strings.LastIndex(line, "("); i >= 0 && !strings.HasPrefix(line, "goroutine") {
			line = line[:i]
		}
		fmt.Println(line)
	}
}

type Table struct{ rows []int }

func (t Table) Row(i int) int { return t.rows[i] }

type Node struct{ next *Node }

//go:noinline
func depth(n *Node) int {
	return 1 + depth(n.next)
}

//go:noinline
func nested() []byte {
	return debug.Stack()
}

func main() {
	show("main", debug.Stack())
	show("nested", nested())
	func() {
		defer func() {
			recover()
			show("index panic", debug.Stack())
		}()
		t := Table{rows: []int{1, 2}}
		fmt.Println(t.Row(len(os.Args) + 5))
	}()
	func() {
		defer func() {
			show("nil dereference", debug.Stack())
			recover()
		}()
		depth(&Node{next: &Node{}})
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				show("panic value", debug.Stack())
			}
		}()
		panic(fmt.Sprintf("bad %d", 3))
	}()
	show("after recovery", debug.Stack())
}
