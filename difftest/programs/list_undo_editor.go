// A text editor's undo and redo history kept in container/list: commands applied to a
// buffer, undone and redone, with the redo tail discarded after a new edit and the history
// capped at a maximum length; also walks the list backwards and moves elements.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type edit struct {
	pos    int
	insert string
	remove string
}

type Editor struct {
	text    string
	history *list.List
	cursor  *list.Element
	max     int
}

func NewEditor(max int) *Editor { return &Editor{history: list.New(), max: max} }

func (e *Editor) apply(ed edit) {
	e.text = e.text[:ed.pos] + ed.insert + e.text[ed.pos+len(ed.remove):]
}

func (e *Editor) Do(ed edit) {
	if ed.remove == "" && ed.pos < 0 {
		return
	}
	for e.cursor != nil && e.cursor.Next() != nil {
		e.history.Remove(e.cursor.Next())
	}
	if e.cursor == nil {
		e.history.Init()
	}
	e.apply(ed)
	e.cursor = e.history.PushBack(ed)
	if e.history.Len() > e.max {
		e.history.Remove(e.history.Front())
	}
}

func (e *Editor) Insert(pos int, s string) { e.Do(edit{pos: pos, insert: s}) }
func (e *Editor) Delete(pos, n int)        { e.Do(edit{pos: pos, remove: e.text[pos : pos+n]}) }

func (e *Editor) Undo() bool {
	if e.cursor == nil {
		return false
	}
	ed := e.cursor.Value.(edit)
	e.apply(edit{pos: ed.pos, insert: ed.remove, remove: ed.insert})
	e.cursor = e.cursor.Prev()
	return true
}

func (e *Editor) Redo() bool {
	var next *list.Element
	if e.cursor == nil {
		next = e.history.Front()
	} else {
		next = e.cursor.Next()
	}
	if next == nil {
		return false
	}
	e.apply(next.Value.(edit))
	e.cursor = next
	return true
}

func main() {
	e := NewEditor(5)
	e.Insert(0, "Hello")
	e.Insert(5, " world")
	e.Insert(11, "!")
	e.Delete(0, 1)
	e.Insert(0, "J")
	fmt.Printf("%q history=%d\n", e.text, e.history.Len())
	for e.Undo() {
		fmt.Printf("undo -> %q\n", e.text)
	}
	e.Redo()
	e.Redo()
	fmt.Printf("redo x2 -> %q\n", e.text)
	e.Insert(len(e.text), "?")
	fmt.Printf("new edit -> %q history=%d redo=%t\n", e.text, e.history.Len(), e.Redo())
	for i := 0; i < 5; i++ {
		e.Insert(len(e.text), strings.Repeat(".", i+1))
	}
	fmt.Printf("%q history=%d\n", e.text, e.history.Len())
	var steps []string
	for el := e.history.Back(); el != nil; el = el.Prev() {
		ed := el.Value.(edit)
		steps = append(steps, fmt.Sprintf("%d+%q-%q", ed.pos, ed.insert, ed.remove))
	}
	fmt.Println(strings.Join(steps, " "))
	n := 0
	for e.Undo() {
		n++
	}
	fmt.Printf("undid %d -> %q\n", n, e.text)

	l := list.New()
	for _, s := range []string{"a", "b", "c", "d"} {
		l.PushBack(s)
	}
	l.MoveToFront(l.Back())
	l.MoveAfter(l.Front(), l.Back())
	l.InsertBefore("x", l.Front().Next())
	other := list.New()
	other.PushBack("y")
	other.PushBack("z")
	l.PushFrontList(other)
	var out []string
	for el := l.Front(); el != nil; el = el.Next() {
		out = append(out, el.Value.(string))
	}
	fmt.Println(out, l.Len())
}
