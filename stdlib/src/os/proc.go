// The process and its user: ids, host name, executable, home and configuration
// directories. Ids the host cannot tell are -1, as on systems without them.
package os

import "errors"

func Getuid() int
func Geteuid() int
func Getgid() int
func Getegid() int
func Getppid() int
func hostname() (name string, ok bool)

// Getpagesize is the memory page size of linux/amd64.
func Getpagesize() int { return 4096 }

// Getgroups lists no supplementary groups.
func Getgroups() ([]int, error) { return []int{}, nil }

// Hostname is the kernel's host name.
func Hostname() (name string, err error) {
	if name, ok := hostname(); ok {
		return name, nil
	}
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == 0) {
		b = b[:len(b)-1]
	}
	return string(b), nil
}

// Executable is the program's path: Args[0] made absolute.
func Executable() (string, error) {
	if len(Args) == 0 || Args[0] == "" {
		return "", errors.New("Executable not implemented for this host")
	}
	p := Args[0]
	if p[0] != '/' {
		wd, err := Getwd()
		if err != nil {
			return "", err
		}
		p = joinPath(wd, p)
	}
	return p, nil
}

// UserHomeDir is $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir is $XDG_CACHE_HOME, else $HOME/.cache.
func UserCacheDir() (string, error) {
	dir := Getenv("XDG_CACHE_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
		}
		dir += "/.cache"
	} else if dir[0] != '/' {
		return "", errors.New("path in $XDG_CACHE_HOME is relative")
	}
	return dir, nil
}

// UserConfigDir is $XDG_CONFIG_HOME, else $HOME/.config.
func UserConfigDir() (string, error) {
	dir := Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
		}
		dir += "/.config"
	} else if dir[0] != '/' {
		return "", errors.New("path in $XDG_CONFIG_HOME is relative")
	}
	return dir, nil
}
