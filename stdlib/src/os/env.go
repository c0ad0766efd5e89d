// The process environment, kept by the natives as an ordered map of byte strings.
package os

// Getenv returns "" for unset variables; LookupEnv tells unset and empty apart.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool)

// Setenv fails with EINVAL-like errors for an empty key or one containing '=' or NUL.
func Setenv(key, value string) error {
	if !validEnvKey(key) {
		return NewSyscallError("setenv", errInvalidEnv)
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", errInvalidEnv)
		}
	}
	setenv(key, value)
	return nil
}

func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func Clearenv()

// Environ returns "key=value" strings in the environment's order.
func Environ() []string

func setenv(key, value string)

func unsetenv(key string)

func validEnvKey(key string) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	return true
}

// errInvalidEnv prints as the errno text Linux gives EINVAL.
var errInvalidEnv = syscallError("invalid argument")

type syscallError string

func (e syscallError) Error() string { return string(e) }

// SyscallError records the system call that failed.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// ExpandEnv replaces $var and ${var} by the environment's values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces $var and ${var} in s by mapping(var). A '$' not followed by a name is
// dropped, except "$$"-style special names (one character of *#$@!?-0-9), which are passed
// to mapping; a bad "${...}" syntax is dropped whole.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellName(s[j+1:])
			if name == "" && w > 0 {
				// Bad syntax: eat the characters.
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName parses the name after a '$' and how many bytes it used.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}
