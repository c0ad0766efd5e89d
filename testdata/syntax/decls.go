package p

import "fmt"
var x = 1
import "os"

x := 1

func (a, b T) m() {}
func () n() {}
const c int := 3
type t = 

