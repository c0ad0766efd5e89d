// Go 1.23 timer channels are synchronous: cap and len of a Timer's or Ticker's C are always
// 0, even when the timer has fired and nobody has received yet, and a Ticker's Stop or
// Reset discards a tick that was not received.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	fmt.Println("timer len/cap:", len(t.C), cap(t.C))
	time.Sleep(10 * time.Millisecond)
	fmt.Println("fired, not received: len", len(t.C))
	<-t.C
	tk := time.NewTicker(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("ticker len/cap:", len(tk.C), cap(tk.C))
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("stale tick after Stop")
	default:
		fmt.Println("no tick after Stop")
	}
	tk.Reset(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	tk.Reset(time.Hour)
	select {
	case <-tk.C:
		fmt.Println("stale tick after Reset")
	default:
		fmt.Println("no tick after Reset")
	}
	fmt.Println("After len/cap:", len(time.After(time.Hour)), cap(time.After(time.Hour)))
}
