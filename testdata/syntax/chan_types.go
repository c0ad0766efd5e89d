package p

var a <-chan <-chan int
var b chan<- <-chan int
var c = <-chan chan<- int(nil)
type T <-chan<- int
var d = <-chan<- 1

