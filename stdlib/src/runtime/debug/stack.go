// Tracebacks of the calling goroutine, in gc's format (the JS stack mapped back to Go
// frames; during a panic, the deferred call's frames, then panic, then where the panic
// started).
package debug

import "os"

// Stack returns a formatted stack trace of the calling goroutine.
func Stack() []byte {
	return []byte(stackText(false))
}

// PrintStack prints the stack trace Stack returns to standard error.
func PrintStack() {
	os.Stderr.Write([]byte(stackText(true)))
}

// stackText is Stack's text; print adds PrintStack's own frame.
func stackText(print bool) string
